import { describe, expect, test } from 'vitest';
import { DICTIONARIES, dictionaryProblems, pageLanguage, strings } from '../../../../src/lib/i18n/index.ts';

/**
 * Every word of a dictionary as `[key, text, made]`: each function (`made`) called with a marked
 * value for each of its arguments, «1», «2»…
 */
function wordsOf(value: unknown, at = ''): Array<[string, string, boolean]> {
  if (typeof value === 'string') return [[at, value, false]];
  if (typeof value === 'function') {
    const args = Array.from({ length: value.length }, (_, i) => `«${i + 1}»`);
    return [[at, String((value as (...a: string[]) => unknown)(...args)), value.length > 0]];
  }
  if (Array.isArray(value)) return [[at, value.map((part) => (typeof part === 'string' ? part : (part as { text: string }).text)).join(''), false]];
  return Object.entries(value as object).flatMap(([key, inner]) => wordsOf(inner, at ? `${at}.${key}` : key));
}

describe('the interface dictionaries', () => {
  test('Japanese has every English word, each in the same shape, and no other', () => {
    expect(dictionaryProblems(DICTIONARIES.en, DICTIONARIES.ja)).toEqual([]);
  });

  test('a word missing, of another shape or unknown to English is named by its key, with what to do', () => {
    const english = { nav: { home: 'Home', count: (n: number) => `${n} pages` }, title: 'Site' };
    const other = { nav: { count: 'ページ', extra: 'x' }, title: ['サイト'] };
    expect(dictionaryProblems(english, other)).toEqual([
      { key: 'nav.home', message: 'is missing: add it, saying in this language what the English dictionary (en.ts) says.' },
      { key: 'nav.count', message: 'should be a function of 1 argument(s) as in en.ts, not a string.' },
      { key: 'nav.extra', message: 'is not a word of the English dictionary (en.ts): remove it, or add it there first.' },
      { key: 'title', message: 'should be a string as in en.ts, not rich text (a list of strings and links).' },
    ]);
  });

  for (const [locale, dictionary] of Object.entries(DICTIONARIES)) {
    test(`every ${locale} word reads as text, and a word made from a value shows that value`, () => {
      const words = wordsOf(dictionary);
      expect(words.length).toBeGreaterThan(100);
      expect(words.filter(([, text]) => /undefined|NaN|\[object /.test(text)).map(([key]) => key)).toEqual([]);
      // Each word made from values shows its first value (a number, a title, a query).
      const made = words.filter(([, , fromValues]) => fromValues);
      expect(made.length).toBeGreaterThan(10);
      expect(made.filter(([, text]) => !text.includes('«1»')).map(([key]) => key)).toEqual([]);
    });
  }

  test('Japanese words are not English words left in place', () => {
    const english = new Map(wordsOf(DICTIONARIES.en).map(([key, text]) => [key, text]));
    // Names and abbreviations that read the same in both languages.
    const same = wordsOf(DICTIONARIES.ja).filter(([key, text]) => english.get(key) === text && /[A-Za-z]{3}/.test(text) && !/^[A-Z0-9 .&:/()-]+$/.test(text));
    expect(same).toEqual([]);
  });
});

describe('a page speaks the language of its address', () => {
  test('English pages have no prefix; Japanese pages are under /ja/, and so are their links', () => {
    const english = pageLanguage(new URL('http://localhost:4321/articles/what-the-study-found/'));
    expect(english).toMatchObject({ locale: 'en', lang: 'en' });
    expect(english.t).toBe(strings('en'));
    expect(english.path('glossary', '#pet')).toBe('/glossary/#pet');
    expect(english.article('clinician-brief', 'safety-and-status')).toBe('/articles/clinician-brief/#safety-and-status');

    const japanese = pageLanguage(new URL('http://localhost:4321/ja/articles/what-the-study-found/'));
    expect(japanese).toMatchObject({ locale: 'ja', lang: 'ja' });
    expect(japanese.t).toBe(strings('ja'));
    expect(japanese.path('glossary', '#pet')).toBe('/ja/glossary/#pet');
    expect(japanese.article('clinician-brief', 'safety-and-status')).toBe('/ja/articles/clinician-brief/#safety-and-status');
  });
});
