import { describe, expect, test } from 'vitest';
import {
  MAX_QUERY_LENGTH,
  mergeResults,
  normaliseQuery,
  type PagefindData,
  type PagefindResult,
  rankLoaded,
  toHit,
} from '../../../../src/lib/search/results.ts';
import { pagefindFilters } from '../../../../src/lib/search/filters.ts';

const result = (id: string, score: number): PagefindResult => ({ id, score, data: () => Promise.reject(new Error('not loaded in this test')) });

describe('merging the searches of one expanded query', () => {
  test('each page once, with its best score, best first', () => {
    const short = [result('glossary', 2.8)];
    const long = [result('references', 1.6), result('article', 1.5), result('glossary', 1.1)];
    expect(mergeResults([short, long]).map((r) => [r.id, r.score])).toEqual([
      ['glossary', 2.8],
      ['references', 1.6],
      ['article', 1.5],
    ]);
  });

  test('the order of the searches does not change the outcome', () => {
    const a = [result('x', 1), result('y', 3)];
    const b = [result('y', 2), result('z', 2.5)];
    expect(mergeResults([a, b])).toEqual(mergeResults([b, a]));
  });
});

describe('filters', () => {
  test('a content type is passed as it is', () => {
    expect(pagefindFilters({ type: 'glossary' })).toEqual({ type: 'glossary' });
    expect(pagefindFilters({})).toEqual({});
  });

  test('an audience keeps articles for everyone and pages that are not articles', () => {
    expect(pagefindFilters({ audience: 'clinicians', type: 'article' })).toEqual({
      type: 'article',
      any: [{ audience: { any: ['clinicians', 'everyone'] } }, { type: { none: ['article'] } }],
    });
  });
});

describe('what a result shows', () => {
  const data = (over: Partial<PagefindData> = {}): PagefindData => ({
    url: '/articles/x/',
    excerpt: 'The <mark>AMPA</mark> receptor and treatment-resistant depression',
    meta: { title: 'An article', description: 'One sentence.' },
    filters: { type: ['article'], audience: ['patients'] },
    sub_results: [],
    ...over,
  });
  const section = (id: string, matches: number) => ({
    title: `Section ${id}`,
    url: `/articles/x/#${id}`,
    excerpt: `about ${id}`,
    locations: Array.from({ length: matches }, (_, i) => i),
  });

  test('its page, with Pagefind’s marks and ours, and the words carried in the link', () => {
    const hit = toHit(data(), ['treatment-resistant']);
    expect(hit).toMatchObject({
      href: '/articles/x/?highlight=treatment-resistant',
      title: 'An article',
      description: 'One sentence.',
      type: 'article',
      audience: 'patients',
    });
    const { text, ranges } = hit.excerpt;
    expect(ranges.map(([start, end]) => text.slice(start, end))).toEqual(['AMPA', 'treatment-resistant']);
  });

  test('the three sections with the most matches, in page order; the page itself is not a section', () => {
    const subs = [section('a', 1), section('b', 5), { ...section('page', 9), url: '/articles/x/' }, section('c', 3), section('d', 4)];
    expect(toHit(data({ sub_results: subs }), []).sections.map((s) => s.title)).toEqual(['Section b', 'Section c', 'Section d']);
  });

  test('a page without a known type or title falls back to its address', () => {
    const hit = toHit(data({ meta: {}, filters: { type: ['somewhere'] } }), []);
    expect(hit.title).toBe('/articles/x/');
    expect(hit.type).toBeUndefined();
  });

  test('scores are weighted by type: an article outranks a references page that scored a little higher', () => {
    const article = { score: 1, data: data() };
    const references = { score: 1.5, data: data({ filters: { type: ['references'] } }) };
    const untyped = { score: 0.9, data: data({ filters: {} }) };
    expect(rankLoaded([references, untyped, article])).toEqual([article, untyped, references]);
  });

  test('queries are trimmed, spaces collapsed, and cut at the limit, saying so', () => {
    expect(normaliseQuery('  AMPA   receptor ')).toEqual({ query: 'AMPA receptor', cut: false });
    const long = normaliseQuery('x'.repeat(MAX_QUERY_LENGTH + 5));
    expect(long).toEqual({ query: 'x'.repeat(MAX_QUERY_LENGTH), cut: true });
  });
});
