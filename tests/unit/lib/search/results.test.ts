import { describe, expect, test } from 'vitest';
import { mergeResults, type PagefindResult } from '../../../../src/lib/search/results.ts';
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
