import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { z } from 'astro/zod';
import { followRedirects, fragmentRedirects, hashId, movedPages, movedTarget } from '../../../src/lib/anchor-registry.ts';
import { loadAnchorRegistry } from '../../../src/config/anchor-registry-file.ts';
import { anchorRegistrySchema } from '../../../src/schemas/anchors.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'anchors-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const redirects = {
  '/articles/study/#who-took-part': '/articles/study/#participants',
  '/articles/old/': '/articles/study/',
  '/articles/old/#design': '/articles/study/#how-it-was-done',
  '/articles/older/': '/articles/old/',
  '/articles/folded/': '/articles/study/#background',
};

describe('following redirects', () => {
  test('an address without a redirect stays as it is', () => {
    expect(followRedirects('/glossary/#pet', redirects)).toBe('/glossary/#pet');
  });

  test('a fragment line wins over its page line; a page line carries other fragments along', () => {
    expect(followRedirects('/articles/old/#design', redirects)).toBe('/articles/study/#how-it-was-done');
    expect(followRedirects('/articles/old/#who-took-part', redirects)).toBe('/articles/study/#participants');
    expect(followRedirects('/articles/old/#limits', redirects)).toBe('/articles/study/#limits');
  });

  test('chains are followed to the end; a page folded into a section takes its fragments there', () => {
    expect(followRedirects('/articles/older/', redirects)).toBe('/articles/study/');
    expect(followRedirects('/articles/older/#design', redirects)).toBe('/articles/study/#how-it-was-done');
    expect(followRedirects('/articles/folded/#anything', redirects)).toBe('/articles/study/#background');
  });

  test('each page gets the map of its own old ids, resolved to the end', () => {
    const registry = { pages: {}, redirects };
    expect(fragmentRedirects(registry, '/articles/study/')).toEqual({ 'who-took-part': '/articles/study/#participants' });
    expect(movedPages(registry)).toEqual([
      { from: '/articles/old/', to: '/articles/study/', fragments: { design: '/articles/study/#how-it-was-done' } },
      { from: '/articles/older/', to: '/articles/study/', fragments: {} },
      { from: '/articles/folded/', to: '/articles/study/#background', fragments: {} },
    ]);
  });

  test('a reader on a moved page goes to the id\'s own line, else the new page with the same fragment', () => {
    const [old, , folded] = movedPages({ pages: {}, redirects });
    expect(movedTarget(old!, '')).toBe('/articles/study/');
    expect(movedTarget(old!, 'design')).toBe('/articles/study/#how-it-was-done');
    expect(movedTarget(old!, 'limits')).toBe('/articles/study/#limits');
    expect(movedTarget(folded!, 'limits')).toBe('/articles/study/#background');
  });
});

test('a hash names an id, decoded; a malformed one names nothing', () => {
  expect(hashId('#who-took-part')).toBe('who-took-part');
  expect(hashId('#caf%C3%A9')).toBe('café');
  expect(hashId('#%E0%A4%A')).toBe('');
  expect(hashId('')).toBe('');
});

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
    expect(committed, 'run "npm run anchors:update" to regenerate content/anchors.schema.json').toEqual(
      z.toJSONSchema(anchorRegistrySchema, { io: 'input' }),
    );
  });
});
