import { describe, expect, test } from 'vitest';
import { clipText, descriptionLimit, japanesePhrases } from '../../../../src/integrations/share-cards/clip-text.ts';

describe('clipping English', () => {
  const text =
    'The study involved 34 patients and shows an association. It does not prove that these receptor changes cause recovery, and it is not treatment advice.';

  test('text that fits is kept whole', () => {
    expect(clipText(text, 200, 'en')).toBe(text);
    expect(clipText(`  ${text}  `, text.length, 'en')).toBe(text);
  });

  test('a sentence that ends late enough is where the text ends, without "…"', () => {
    expect(clipText(text, 100, 'en')).toBe('The study involved 34 patients and shows an association.');
  });

  test('else it ends at the last whole word that fits, with "…", and no dangling comma', () => {
    expect(clipText(text, 30, 'en')).toBe('The study involved 34…');
    expect(clipText('Words, words, words, and more words', 14, 'en')).toBe('Words, words…');
    for (let max = 10; max < text.length; max += 7) {
      const clipped = clipText(text, max, 'en');
      expect(clipped.length, String(max)).toBeLessThanOrEqual(max);
      // What is left is the start of the text, cut between two words.
      const kept = clipped.replace(/…$/, '');
      expect(text.startsWith(kept), String(max)).toBe(true);
      expect(text[kept.length] === ' ' || text[kept.length] === ',' || kept === text, String(max)).toBe(true);
    }
  });

  test('one word longer than the limit is cut, as nothing else can be done', () => {
    expect(clipText('Supercalifragilisticexpialidocious', 10, 'en')).toBe('Supercali…');
  });

  test('the default limits: 200 characters, 100 in Japanese', () => {
    expect(descriptionLimit('en-GB')).toBe(200);
    expect(descriptionLimit('ja')).toBe(100);
    expect(descriptionLimit('ja-JP')).toBe(100);
  });
});

describe('clipping Japanese, which has no spaces', () => {
  const sentences = '研究に参加した患者は34人で、示されたのは関連です。受容体の変化が回復の原因だと証明するものではなく、治療についての助言でもありません。';

  test('it ends after a sentence (。) when one ends late enough', () => {
    expect(clipText(sentences, 40, 'ja')).toBe('研究に参加した患者は34人で、示されたのは関連です。');
  });

  test('else at a comma (、), with "…"', () => {
    expect(clipText(sentences, 24, 'ja')).toBe('研究に参加した患者は34人で…');
  });

  test('else between two BudouX phrases, never inside a word', () => {
    const text = '横浜市立大学の研究チームはPETトレーサーを用いて治療抵抗性うつ病の患者の生きた脳でAMPA受容体を画像化しました';
    const clipped = clipText(text, 30, 'ja');
    expect(clipped).toBe('横浜市立大学の研究チームはPETトレーサーを用いて治療…');
    const phrases = japanesePhrases(text);
    const kept = clipped.replace(/…$/, '');
    // The kept text is a whole number of phrases.
    const ends = phrases.map((_, i) => phrases.slice(0, i + 1).join(''));
    expect(ends).toContain(kept);
  });

  test('BudouX splits after particles, not inside words', () => {
    expect(japanesePhrases('この研究は関連を示すものです。')).toEqual(['この', '研究は', '関連を', '示すものです。']);
  });
});
