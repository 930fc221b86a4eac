/**
 * Writing systems without spaces between words (Japanese kanji, hiragana and katakana), as search
 * needs to know them: where words may start and end, and how a query is cut into words. Pure, so
 * the build and the browser use the same rules.
 */

/**
 * A character of a script written without spaces: Han, hiragana, katakana, with what belongs to
 * them by Script_Extensions (the long-vowel mark ー, the iteration mark 々). A regular expression
 * source, for the `u` flag.
 */
export const CJK = '[\\p{scx=Han}\\p{scx=Hiragana}\\p{scx=Katakana}]';

/** A letter or digit of a script written with spaces (Latin, Greek, digits …): where a word boundary means something. */
export const SPACED_WORD_CHAR = `(?:(?!${CJK})[\\p{L}\\p{N}])`;
/** A letter of a script written with spaces. */
export const SPACED_LETTER = `(?:(?!${CJK})\\p{L})`;

const cjkTest = new RegExp(CJK, 'u');
const hiraganaOnly = /^[\p{scx=Hiragana}]+$/u;

/** True when the text has a character of a script written without spaces. */
export const hasCjk = (text: string): boolean => cjkTest.test(text);

let segmenter: Intl.Segmenter | undefined;

/**
 * The phrases of a run of Japanese: the parts between its particles (の, は, と, から …: kana-only
 * words of one or two characters, as the browser's word splitter, Intl.Segmenter, finds them).
 * `ケタミンの効果` → `['ケタミン', '効果']`; `シナプス可塑性とうつ病` → `['シナプス可塑性', 'うつ病']`;
 * `AMPA受容体` → `['AMPA受容体']`. The splitter's own words are not used: it cuts loanwords it does
 * not know into pieces that are not words (ケタミン → ケタ | ミン), and 受容 alone is not what a
 * reader of 受容体 looks for.
 */
export function japanesePhrases(text: string): string[] {
  segmenter ??= new Intl.Segmenter('ja', { granularity: 'word' });
  const phrases: string[] = [''];
  for (const { segment, isWordLike } of segmenter.segment(text)) {
    const particle = !isWordLike || (hiraganaOnly.test(segment) && segment.length <= 2);
    if (particle) phrases.push('');
    else phrases[phrases.length - 1] += segment;
  }
  return phrases.filter(Boolean);
}

/**
 * Katakana as hiragana, everything else as it is: `ケタミン` → `けたみん`, `PETトレーサー` →
 * `PETとれーさー`. Japanese indexes sort katakana words among hiragana ones by sound.
 */
export function toHiragana(text: string): string {
  return text.replace(/[\u30A1-\u30F6]/g, (katakana) => String.fromCharCode(katakana.charCodeAt(0) - 0x60));
}
