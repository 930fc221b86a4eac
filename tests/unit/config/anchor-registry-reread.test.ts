import { afterAll, expect, test } from 'vitest';
import { loadAnchorRegistry } from '../../../src/config/anchor-registry-file.ts';
import { tempFolder } from '../../support/temp-folder.ts';

const folder = tempFolder('anchors-reread-');
afterAll(() => folder.remove());

// Every page reads the registry, which lists every page: reading it afresh each time made builds grow with the square of their pages.
test('a registry read before is not read again, and a changed file is', () => {
  const file = folder.path('anchors.json');
  folder.write({ 'anchors.json': JSON.stringify({ pages: { '/': [] } }) });
  const first = loadAnchorRegistry(file);
  expect(loadAnchorRegistry(file)).toBe(first);
  folder.write({ 'anchors.json': JSON.stringify({ pages: { '/': [], '/about/': [] } }) });
  expect(Object.keys(loadAnchorRegistry(file)?.pages ?? {})).toEqual(['/', '/about/']);
});
