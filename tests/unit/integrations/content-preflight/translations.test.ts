/**
 * The translation checks of the content preflight, on the base fixture site and its Japanese
 * edition (tests/fixtures/sites/base, base-ja), each test changing one thing. Whole builds of the
 * same cases are in tests/unit/builds (build-errors.test.ts: translation-*; translations.test.ts).
 */
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { contentPaths } from '../../../../src/config/content-paths.ts';
import { checkContent } from '../../../../src/integrations/content-preflight/check-content.ts';
import { englishChanged } from '../../../../src/integrations/content-preflight/translation-status-module.ts';
import { sourceHash } from '../../../../src/integrations/content-preflight/translation-records.ts';
import { translationStatuses } from '../../../../src/integrations/content-preflight/translations.ts';
import { formatProblems } from '../../../../src/lib/problems.ts';
import { type TempFolder, tempFolder } from '../../../support/temp-folder.ts';

let folder: TempFolder;
beforeEach(() => {
  folder = tempFolder('translations-');
  for (const layer of ['base', 'base-ja']) cpSync(path.join('tests/fixtures/sites', layer), folder.dir, { recursive: true });
});
afterEach(() => folder.remove());

const paths = () => contentPaths(folder.dir);
/** Problems as `file:line  field: message`, with the temporary folder left out. */
const report = async () =>
  formatProblems(await checkContent(paths()))
    .replaceAll(`${folder.dir}/`, '')
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
/** Rewrites a file of the fixture site. */
const edit = (file: string, change: (text: string) => string) => writeFileSync(folder.path(file), change(readFileSync(folder.path(file), 'utf8')));
const ENGLISH = 'articles/sample.mdx';
const JAPANESE = 'ja/articles/sample.mdx';

describe('a translation in step with the English', () => {
  test('the fixture site and its Japanese edition have no problems, and the translation is current', async () => {
    expect(await report()).toEqual([]);
    const [status] = await translationStatuses(paths());
    expect(status).toMatchObject({ locale: 'ja', folder: 'articles', id: 'sample', state: 'current', page: '/articles/sample/', missed: [] });
    expect(status?.hash).toBe(status?.record?.sourceHash);
    expect(englishChanged(await translationStatuses(paths()))).toEqual({});
  });

  test('the hash is of the text with LF line ends: the first 12 hex digits of its SHA-256', () => {
    expect(sourceHash('a\nb\n')).toMatch(/^[0-9a-f]{12}$/);
    expect(sourceHash('a\r\nb\r\n')).toBe(sourceHash('a\nb\n'));
    expect(sourceHash('a\nb\n')).not.toBe(sourceHash('a\nc\n'));
  });

  test('an English change that is no correction or update: the build goes on, and the page is listed for its notice', async () => {
    edit(ENGLISH, (text) => text.replace('A sentence with a citation', 'A reworded sentence with a citation'));
    expect(await report()).toEqual([]);
    const statuses = await translationStatuses(paths());
    expect(statuses.map((status) => [status.folder, status.id, status.state])).toEqual([
      ['articles', 'sample', 'english-changed'],
      ['pages', 'about', 'current'],
      ['pages', 'home', 'current'],
    ]);
    expect(englishChanged(statuses)).toEqual({ '/ja/articles/sample/': { source: '2026-11-26' } });
  });

  test('an English correction or update after the translation was made fails, naming both files and the entry', async () => {
    edit(ENGLISH, (text) =>
      text.replace(
        'history:\n',
        'history:\n  - date: 2026-11-28\n    kind: updated\n    summary: Added a sentence about what the sample study measured.\n  - date: 2026-11-27\n    kind: published\n    summary: Not a change of what the page says, so not a problem.\n',
      ),
    );
    const [status] = await translationStatuses(paths());
    expect(status?.state).toBe('behind');
    expect(status?.missed).toEqual([{ date: '2026-11-28', kind: 'updated', summary: 'Added a sentence about what the sample study measured.', line: 9 }]);
    const problems = (await report()).filter((line) => line.includes('translation.source'));
    expect(problems).toEqual([
      `ja/articles/sample.mdx:17  translation.source: the English page has an update of 2026-11-28 (articles/sample.mdx:9: "Added a sentence about what the sample study measured.") that this translation, made from the English of 2026-11-26, has not taken in. A change to what the site says must reach every language before it is published: translate it here, add it to this page's history, then set translation.source to 2026-11-28 and translation.sourceHash to ${status?.hash} (npm run translations prints both).`,
    ]);
    // Taken in: the record moved on, the build goes on.
    edit(JAPANESE, (text) => text.replace('source: 2026-11-26', 'source: 2026-11-28').replace(/sourceHash: \w+/, `sourceHash: ${status?.hash}`));
    expect((await translationStatuses(paths()))[0]?.state).toBe('current');
  });

  test('a translation without a valid record is refused, with what to write', async () => {
    edit(JAPANESE, (text) => text.replace(/translation:\n {2}source: 2026-11-26\n {2}sourceHash: \w+\n/, ''));
    const hash = sourceHash(readFileSync(folder.path(ENGLISH), 'utf8'));
    expect(await report()).toEqual([
      `ja/articles/sample.mdx:2  translation: is required: which version of the English page (articles/sample.mdx) this translates, as translation: { source: YYYY-MM-DD (the English history taken in, up to that day), sourceHash: ${hash} } (npm run translations prints it).`,
    ]);
    edit(JAPANESE, (text) => text.replace('topics:', 'translation:\n  source: 2026-11-26\n  sourceHash: ABC\ntopics:'));
    expect(await report()).toEqual([
      "ja/articles/sample.mdx:6  translation.sourceHash: translation.sourceHash must be 12 lowercase hex digits; npm run translations prints the English file's",
    ]);
  });
});

describe('the same ids in both languages', () => {
  test('a claim on one side only, each at its line; code blocks are not read for ids', async () => {
    edit(ENGLISH, (text) =>
      text.replace('A sentence with a citation [@alpha2000].', '<Claim id="sample-claim">A sentence with a citation [@alpha2000].</Claim>'),
    );
    edit(JAPANESE, (text) => `${text}\n\`\`\`md\n<Claim id="only-in-code">\n## Not a heading \\{#not-a-section}\n\`\`\`\n`);
    expect(await report()).toEqual([
      `ja/articles/sample.mdx:21  claim "sample-claim" of the English page (articles/sample.mdx:23) is missing here. A translation has every id of its English page, so that links to it land the same way in both languages: write <Claim id="sample-claim">.`,
    ]);
  });

  test('a glossary term, figure or study-card fact keeps the English data: reference keys, list lengths, parts', async () => {
    edit('ja/glossary/terms.yaml', (text) => text.replace('  definition:', '  sources: [beta2001]\n  definition:'));
    edit('ja/figures/figures.yaml', (text) =>
      text.replace('    - icon: binding', '    - icon: scanner').replace('sources: [alpha2000]', 'sources: [alpha2000, beta2001]'),
    );
    edit('ja/references/primary-study.yaml', (text) => text.replace('      field: journal\n', '      value: 見本の雑誌\n'));
    expect(await report()).toEqual([
      'ja/glossary/terms.yaml:5  synapse.sources: is set here, but not in English (glossary/terms.yaml:1); a translation changes only the words.',
      'ja/figures/figures.yaml:10  pet-scan.steps[1].icon: is "scanner" here but "binding" in English (figures/figures.yaml:10); a translation changes only the words.',
      'ja/figures/figures.yaml:16  pet-scan.sources: has 2 items here and 1 in English (figures/figures.yaml:16); a translation changes only the words.',
      'ja/references/primary-study.yaml:7  alpha2000.facts[0].field: is missing here, but set in English (references/primary-study.yaml:9); a translation changes only the words.',
    ]);
  });

  test("a translation's reference notes are for references that exist", async () => {
    folder.write({ 'ja/references/notes.yaml': '- id: alpha2001\n  readerNote: テスト用の、読者への短い注意書きです。\n' });
    expect(await report()).toEqual([
      'ja/references/notes.yaml:1  alpha2001.id: "alpha2001" is not the id of any reference in references.json. Did you mean "alpha2000"? A note translates the words of an existing reference.',
    ]);
  });
});

describe('every folder of MDX pages, in every language', () => {
  test('another folder of pages is checked like the articles: a page without its translation, a translation without its record, an unknown address', async () => {
    const page = '---\ntitle: A page\n---\n\n## About \\{#about-us}\n';
    folder.write({ 'notes/about.mdx': page, 'notes/contact.mdx': page, 'ja/notes/about.mdx': '---\ntitle: ページ\n---\n\n## 私たちについて \\{#about-us}\n' });
    const hash = sourceHash(page);
    expect(await report()).toEqual([
      `ja/notes  holds translated pages, but src/config/content-paths.ts (TRANSLATED_PAGES) does not say which page each file of "notes" becomes, so they could not tell readers when the English page changes. Add a line for "notes".`,
      `ja/notes/contact.mdx  is missing: the English page notes/contact.mdx has no translation into 日本語 (ja). Every page is published in every language: translate it into this file, with the English page's ids.`,
      `ja/notes/about.mdx:2  translation: is required: which version of the English page (notes/about.mdx) this translates, as translation: { source: YYYY-MM-DD (the English history taken in, up to that day), sourceHash: ${hash} } (npm run translations prints it).`,
    ]);
  });

  test('a content folder without a translation folder is an English-only site: nothing to compare', async () => {
    folder.remove();
    folder = tempFolder('translations-');
    cpSync('tests/fixtures/sites/base', folder.dir, { recursive: true });
    expect(await report()).toEqual([]);
    expect(await translationStatuses(paths())).toEqual([]);
  });
});
