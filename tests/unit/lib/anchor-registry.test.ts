import { describe, expect, test } from 'vitest';
import { followRedirects, fragmentRedirects, hashId, type MovedPage, movedPages, movedTarget } from '../../../src/lib/anchor-registry.ts';

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

  test("a reader on a moved page goes to the id's own line, else the new page with the same fragment", () => {
    const [old, , folded] = movedPages({ pages: {}, redirects }) as [MovedPage, MovedPage, MovedPage];
    expect(movedTarget(old, '')).toBe('/articles/study/');
    expect(movedTarget(old, 'design')).toBe('/articles/study/#how-it-was-done');
    expect(movedTarget(old, 'limits')).toBe('/articles/study/#limits');
    expect(movedTarget(folded, 'limits')).toBe('/articles/study/#background');
  });
});

test('a hash names an id, decoded; a malformed one names nothing', () => {
  expect(hashId('#who-took-part')).toBe('who-took-part');
  expect(hashId('#caf%C3%A9')).toBe('café');
  expect(hashId('#%E0%A4%A')).toBe('');
  expect(hashId('')).toBe('');
});
