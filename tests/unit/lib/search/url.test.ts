import { describe, expect, test } from 'vitest';
import { readHighlight, searchPageParams, withHighlight, withoutHighlight } from '../../../../src/lib/search/url.ts';

describe('carrying the words in a link', () => {
  test('the words go into the query string, before the fragment', () => {
    expect(withHighlight('/articles/x/#who-took-part', ['treatment-resistant', 'TRD'])).toBe(
      '/articles/x/?highlight=treatment-resistant&highlight=TRD#who-took-part',
    );
    expect(readHighlight('?highlight=treatment-resistant&highlight=TRD')).toEqual(['treatment-resistant', 'TRD']);
  });

  test('markup and odd characters survive the round trip as text', () => {
    const href = withHighlight('/a/', ['<img src=x onerror=alert(1)>', '[11C]K-2&b']);
    expect(readHighlight(new URL(href, 'http://x').search)).toEqual(['<img src=x onerror=alert(1)>', '[11C]K-2&b']);
  });

  test('removing the words leaves a clean link and keeps other parameters', () => {
    expect(withoutHighlight('/articles/x/?highlight=a&highlight=b#s')).toBe('/articles/x/#s');
    expect(withoutHighlight('/a/?x=1&highlight=a')).toBe('/a/?x=1');
  });

  test('a crafted link cannot ask for more words than a search marks', () => {
    const href = withHighlight(
      '/a/',
      Array.from({ length: 40 }, (_, i) => `word${i}`.padEnd(300, 'x')),
    );
    const words = readHighlight(new URL(href, 'http://x').search);
    expect(words).toHaveLength(16);
    expect(words.every((w) => w.length === 100)).toBe(true);
  });
});

describe('the search page address', () => {
  test('holds the query and the chosen filters, nothing empty', () => {
    expect(searchPageParams(' AMPA receptor ', { type: 'article', audience: 'clinicians' }).toString()).toBe(
      'q=AMPA+receptor&type=article&audience=clinicians',
    );
    expect(searchPageParams('  ', {}).toString()).toBe('');
  });
});
