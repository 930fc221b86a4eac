import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { loadAnchorRegistry } from '../../../src/config/anchor-registry-file.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'anchors-reread-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// Every page reads the registry, which lists every page: reading it afresh each time made builds grow with the square of their pages.
test('a registry read before is not read again, and a changed file is', () => {
  const file = path.join(dir, 'anchors.json');
  writeFileSync(file, JSON.stringify({ pages: { '/': [] } }));
  const first = loadAnchorRegistry(file);
  expect(loadAnchorRegistry(file)).toBe(first);
  writeFileSync(file, JSON.stringify({ pages: { '/': [], '/about/': [] } }));
  expect(Object.keys(loadAnchorRegistry(file)?.pages ?? {})).toEqual(['/', '/about/']);
});
