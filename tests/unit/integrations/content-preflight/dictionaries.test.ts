import { describe, expect, test } from 'vitest';
import { dictionaryFileProblems, lineOfKey } from '../../../../src/integrations/content-preflight/dictionaries.ts';
import { type TempFolder, tempFolder } from '../../../support/temp-folder.ts';

const SOURCE = `export const ja = {
  site: {
    name: 'サイト',
  },
  frame: {
    home: 'ホーム',
    'skip-link': '本文へ',
  },
};
`;

describe('the dictionaries in the content preflight', () => {
  test("the site's own dictionaries have every word", () => {
    expect(dictionaryFileProblems()).toEqual([]);
  });

  test('a word missing or of another shape fails at its file and line, with its key', () => {
    const folder: TempFolder = tempFolder('dictionaries-');
    try {
      folder.write({ 'ja.ts': SOURCE });
      const english = { site: { name: 'Site', tagline: 'An explainer' }, frame: { home: 'Home', 'skip-link': (n: number) => `Skip ${n}` } };
      const japanese = { site: { name: 'サイト' }, frame: { home: 'ホーム', 'skip-link': '本文へ' } };
      expect(dictionaryFileProblems({ en: english, ja: japanese }, folder.dir)).toEqual([
        {
          file: folder.path('ja.ts'),
          line: 2,
          field: 'site.tagline',
          message: 'is missing: add it, saying in this language what the English dictionary (en.ts) says.',
        },
        { file: folder.path('ja.ts'), line: 7, field: 'frame.skip-link', message: 'should be a function of 1 argument(s) as in en.ts, not a string.' },
      ]);
    } finally {
      folder.remove();
    }
  });

  test("a key's line is found section by section: the same name in an earlier section is not taken", () => {
    expect(lineOfKey(SOURCE, 'frame.home')).toBe(6);
    expect(lineOfKey(SOURCE, 'site.name')).toBe(3);
    expect(lineOfKey(SOURCE, 'frame.missing')).toBe(5);
    expect(lineOfKey(SOURCE, 'nowhere.name')).toBeUndefined();
  });

  test('a group written apart, for the page scripts, is looked into where it is declared', () => {
    const source = `export const searchWords = {
  button: '検索',
};

export const ja = {
  site: {
    name: 'サイト',
  },
  search: searchWords,
  title: SITE_TITLE,
};
`;
    expect(lineOfKey(source, 'search.button')).toBe(2);
    expect(lineOfKey(source, 'search.missing')).toBe(1);
    expect(lineOfKey(source, 'title')).toBe(10);
  });
});
