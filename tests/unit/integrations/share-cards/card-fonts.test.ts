import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { coveringSubsets, createFontSource, parseUnicodeRange, subsetCatalog } from '../../../../src/integrations/share-cards/card-fonts.ts';

const catalog = subsetCatalog({
  '[1]': 'U+4e00-4e10',
  latin: 'U+0000-00FF,U+2000-206F',
  '[119]': 'U+20,U+3041-3093,U+30a1-30f4',
  '[118]': 'U+41-5a,U+61-7a,U+5b57',
});

describe('choosing font files for a card', () => {
  test('unicode-range lists are read as code point ranges', () => {
    expect(parseUnicodeRange('U+0000-00FF,U+0131, U+2000-206F')).toEqual([
      [0, 255],
      [305, 305],
      [0x2000, 0x206f],
    ]);
  });

  test('English needs only the Latin file, which comes first', () => {
    expect(catalog[0]?.key).toBe('latin');
    expect(coveringSubsets('Before treatment — “density”…', catalog)).toEqual({ keys: ['latin'], missing: [] });
  });

  test('Japanese takes the few files that cover its characters; an uncovered character is reported', () => {
    expect(coveringSubsets('ケタミンとAMPA 一', catalog)).toEqual({ keys: ['[119]', 'latin', '[1]'], missing: [] });
    expect(coveringSubsets('한', catalog)).toEqual({ keys: [], missing: ['한'] });
  });

  test('whitespace and invisible joiners need no glyph', () => {
    expect(coveringSubsets(' \n\u2060\u200b', catalog)).toEqual({ keys: [], missing: [] });
  });
});

describe('the installed Noto Sans JP package', () => {
  const fonts = createFontSource();
  const dir = path.dirname(createRequire(import.meta.url).resolve('@fontsource/noto-sans-jp/package.json'));

  test('an English card reads the Latin files only, one per weight', () => {
    const chosen = fonts.fontsFor({ 400: 'What the ketamine AMPA-receptor PET study found', 700: 'The likely parent trial' });
    expect(chosen.files).toEqual(['noto-sans-jp-latin-400-normal.woff', 'noto-sans-jp-latin-700-normal.woff']);
    expect(chosen.families).toEqual({ 400: 'card-latin-400', 700: 'card-latin-700' });
    expect(chosen.missing).toEqual([]);
  });

  test('a Japanese card reads numbered subset files that exist, WOFF (satori cannot read WOFF2)', () => {
    const chosen = fonts.fontsFor({ 400: 'ケタミンとAMPA受容体のPET研究でわかったこと', 700: '研究チームが報告していること' });
    expect(chosen.missing).toEqual([]);
    expect(chosen.files.length).toBeGreaterThan(2);
    expect(chosen.files.length).toBeLessThan(30);
    for (const file of chosen.files) {
      expect(file).toMatch(/^noto-sans-jp-(\d+|latin)-(400|700)-normal\.woff$/);
      expect(existsSync(path.join(dir, 'files', file)), file).toBe(true);
    }
    expect(chosen.fonts.every((f) => f.data.length > 1000)).toBe(true);
  });

  test('the version names the package, for the cache key', () => {
    expect(fonts.version).toMatch(/^@fontsource\/noto-sans-jp@\d+\.\d+\.\d+$/);
  });
});
