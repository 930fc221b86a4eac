import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, test } from 'vitest';
import { z } from 'astro/zod';
import { loadAnchorRegistry } from '../../../src/config/anchor-registry-file.ts';
import { anchorRegistrySchema } from '../../../src/schemas/anchors.ts';
import { tempFolder } from '../../support/temp-folder.ts';

const folder = tempFolder('anchors-');
afterAll(() => folder.remove());

describe('reading content/anchors.json', () => {
  test('a missing file reads as no registry', () => {
    expect(loadAnchorRegistry(folder.path('none.json'))).toBeUndefined();
  });

  test('a malformed address is refused with the file, the place and the expected shape', () => {
    const file = folder.path('bad.json');
    folder.write({ 'bad.json': JSON.stringify({ pages: {}, redirects: { '/articles/x#old': '/articles/x/#new' } }, null, 2) });
    expect(() => loadAnchorRegistry(file)).toThrow(
      `${file}:4  redirects./articles/x#old: a redirect's old address must look like "/articles/page-name/" or "/articles/page-name/#section-id"`,
    );
  });

  test('broken JSON is refused with what to do', () => {
    const file = folder.path('broken.json');
    folder.write({ 'broken.json': '{ "pages": {' });
    expect(() => loadAnchorRegistry(file)).toThrow(`${file}:1  is not valid JSON`);
  });

  test('the committed registry is valid and its JSON Schema is up to date', () => {
    expect(loadAnchorRegistry('content/anchors.json')?.pages['/']).toEqual([]);
    const committed = JSON.parse(readFileSync('content/anchors.schema.json', 'utf8')) as unknown;
    expect(committed, 'run "npm run anchors:update" to regenerate content/anchors.schema.json').toEqual(z.toJSONSchema(anchorRegistrySchema, { io: 'input' }));
  });
});
