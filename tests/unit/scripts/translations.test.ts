/**
 * `npm run translations` on the base fixture site and its Japanese edition: what a translator reads
 * to bring a record up to date, and its exit status.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { sourceHash } from '../../../src/integrations/content-preflight/translation-records.ts';
import { type TempFolder, tempFolder } from '../../support/temp-folder.ts';

let folder: TempFolder;
beforeEach(() => {
  folder = tempFolder('translations-script-');
  for (const layer of ['base', 'base-ja']) cpSync(path.join('tests/fixtures/sites', layer), folder.dir, { recursive: true });
});
afterEach(() => folder.remove());

const translations = () => {
  const { status, stdout } = spawnSync(process.execPath, ['scripts/translations.ts'], {
    env: { ...process.env, SITE_CONTENT_DIR: folder.dir },
    encoding: 'utf8',
  });
  return { status, lines: stdout.replaceAll(`${folder.dir}/`, '').split('\n') };
};
const english = () => folder.path('articles/sample.mdx');

test('a current translation, then one whose English page has changed: the status and the hash to record', () => {
  expect(translations()).toMatchObject({ status: 0, lines: expect.arrayContaining(['current  ja/articles/sample.mdx']) });

  writeFileSync(english(), readFileSync(english(), 'utf8').replace('A sentence', 'A reworded sentence'));
  const hash = sourceHash(readFileSync(english(), 'utf8'));
  const { status, lines } = translations();
  expect(status).toBe(0);
  expect(lines.slice(0, 4)).toEqual([
    '3 translated pages: 2 current, 1 with a changed English page, 0 behind a correction or update.',
    '',
    'English changed  ja/articles/sample.mdx',
    `                 English articles/sample.mdx: sourceHash ${hash} (recorded b83a6bcaebd2, source 2026-11-26)`,
  ]);
});

test('a translation behind an English correction: listed with the entry, and exit status 1', () => {
  writeFileSync(
    english(),
    readFileSync(english(), 'utf8').replace(
      'history:\n',
      'history:\n  - date: 2026-12-01\n    kind: corrected\n    summary: Corrected the first section, which named the wrong study.\n    checkedAgainst: [alpha2000]\n',
    ),
  );
  const { status, lines } = translations();
  expect(status).toBe(1);
  expect(lines).toContain('behind a correction  ja/articles/sample.mdx');
  expect(lines).toContain(
    '                     not taken in: corrected 2026-12-01 (articles/sample.mdx:9) Corrected the first section, which named the wrong study.',
  );
});
