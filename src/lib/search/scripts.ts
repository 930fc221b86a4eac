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
const katakanaOnly = /^[\p{scx=Katakana}]+$/u;
const hiraganaOnly = /^[\p{scx=Hiragana}]+$/u;

/** True when the text has a character of a script written without spaces. */
export const hasCjk = (text: string): boolean => cjkTest.test(text);

let segmenter: Intl.Segmenter | undefined;

/**
 * The words of a run of Japanese, as the browser's word splitter (Intl.Segmenter, which Pagefind
 * also uses on queries) finds them, with two corrections for marking: neighbouring katakana pieces
 * are joined again (the splitter cuts loanwords it does not know, ケタミン → ケタ | ミン, which are
 * not words), and kana-only pieces of one or two characters (particles such as の, は, から) are left
 * out. `ケタミンの効果` → `['ケタミン', '効果']`.
 */
export function japaneseWords(text: string): string[] {
  segmenter ??= new Intl.Segmenter('ja', { granularity: 'word' });
  const words: string[] = [];
  let katakana = false;
  for (const { segment, isWordLike } of segmenter.segment(text)) {
    if (!isWordLike) {
      katakana = false;
      continue;
    }
    const isKatakana = katakanaOnly.test(segment);
    if (isKatakana && katakana && words.length > 0) words[words.length - 1] += segment;
    else words.push(segment);
    katakana = isKatakana;
  }
  return words.filter((word) => !(hiraganaOnly.test(word) && word.length <= 2));
}

/**
 * Katakana as hiragana, everything else as it is: `ケタミン` → `けたみん`, `PETトレーサー` →
 * `PETとれーさー`. Japanese indexes sort katakana words among hiragana ones by sound.
 */
export function toHiragana(text: string): string {
  return text.replace(/[\u30A1-\u30F6]/g, (katakana) => String.fromCharCode(katakana.charCodeAt(0) - 0x60));
}
