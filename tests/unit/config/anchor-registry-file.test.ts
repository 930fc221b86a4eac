import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { z } from 'astro/zod';
import { loadAnchorRegistry } from '../../../src/config/anchor-registry-file.ts';
import { anchorRegistrySchema } from '../../../src/schemas/anchors.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'anchors-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('reading content/anchors.json', () => {
  test('a missing file reads as no registry', () => {
    expect(loadAnchorRegistry(path.join(dir, 'none.json'))).toBeUndefined();
  });

  test('a malformed address is refused with the file, the place and the expected shape', () => {
    const file = path.join(dir, 'bad.json');
    writeFileSync(file, JSON.stringify({ pages: {}, redirects: { '/articles/x#old': '/articles/x/#new' } }, null, 2));
    expect(() => loadAnchorRegistry(file)).toThrow(
      `${file}:4  redirects./articles/x#old: a redirect's old address must look like "/articles/page-name/" or "/articles/page-name/#section-id"`,
    );
  });

  test('broken JSON is refused with what to do', () => {
    const file = path.join(dir, 'broken.json');
    writeFileSync(file, '{ "pages": {');
    expect(() => loadAnchorRegistry(file)).toThrow(`${file}:1  is not valid JSON`);
  });

  test('the committed registry is valid and its JSON Schema is up to date', () => {
    expect(loadAnchorRegistry('content/anchors.json')?.pages['/']).toEqual([]);
    const committed = JSON.parse(readFileSync('content/anchors.schema.json', 'utf8')) as unknown;
    expect(committed, 'run "npm run anchors:update" to regenerate content/anchors.schema.json').toEqual(z.toJSONSchema(anchorRegistrySchema, { io: 'input' }));
  });
});
