import { describe, expect, test } from 'vitest';
import { japaneseReader } from '../../../src/config/japanese-reading.ts';

describe('readings of Japanese for the 五十音 index', () => {
  test('the analyser reads words, katakana as hiragana; the glossary readings and corrections win where it errs', async () => {
    const read = await japaneseReader(new Map([['前頭前野', 'ぜんとうぜんや']]));
    expect(read('ケタミンの作用')).toBe('けたみんのさよう');
    expect(read('治療抵抗性うつ病')).toBe('ちりょうていこうせいうつびょう');
    // IPADIC alone reads these まえがしら…, き…, そとがわ…
    expect(read('前頭前野')).toBe('ぜんとうぜんや');
    expect(read('前頭前皮質')).toBe('ぜんとうぜんひしつ');
    expect(read('樹状突起棘')).toBe('じゅじょうとっききょく');
    expect(read('外側手綱核')).toBe('がいそくたづなかく');
    expect(read('STAR*D研究')).toBe('STAR*Dけんきゅう');
  });
});
