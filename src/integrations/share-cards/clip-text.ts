/**
 * Shortens text for a link preview without cutting a word in two. English (and any language
 * written with spaces) ends at a sentence when one ends late enough, else at a word, with "…".
 * Japanese has no spaces: it ends at 。 when one is late enough, else at 、, else between two
 * phrases as BudouX finds them (「AMPA受容体を | 画像化しました」), never inside a word.
 */
import { loadDefaultJapaneseParser } from 'budoux';

/** Character limits for a preview's description; Japanese characters are about twice as wide. */
export const DESCRIPTION_LIMIT = { spaced: 200, japanese: 100 } as const;

/** A cut at or after this share of the limit keeps enough text to be worth ending there cleanly. */
const LATE_ENOUGH = 0.5;
const ELLIPSIS = '…';

/** Whether text in this language is written without spaces between words (Japanese). */
export const isJapanese = (lang: string) => /^ja\b/i.test(lang);

/** The default description limit for a language. */
export const descriptionLimit = (lang: string) => (isJapanese(lang) ? DESCRIPTION_LIMIT.japanese : DESCRIPTION_LIMIT.spaced);

/**
 * `text` in at most `max` characters (counting the "…" it may add), ending at a sentence, a word
 * or (Japanese) a phrase. Text that fits is returned as it is.
 *
 * @example clipText('The study involved 34 patients and shows an association.', 30, 'en') // 'The study involved 34 patients…'
 */
export function clipText(text: string, max: number, lang: string): string {
  const chars = Array.from(text.trim());
  if (chars.length <= max) return chars.join('');
  return isJapanese(lang) ? clipJapanese(chars, max) : clipSpaced(chars, max);
}

/** Cut at the last sentence end (kept, no "…") late enough in the span, else at the last space. */
function clipSpaced(chars: string[], max: number): string {
  const span = chars.slice(0, max).join('');
  const sentenceEnds = [...span.matchAll(/[.!?][”’"')\]]?(?=\s)/g)].map((m) => m.index + m[0].length);
  const sentence = sentenceEnds.filter((end) => end >= max * LATE_ENOUGH).at(-1);
  if (sentence !== undefined) return span.slice(0, sentence);
  const room = chars.slice(0, max - 1).join('');
  // The room ends a word if a space follows it; else the last word in it is cut short, so drop it.
  const wordEnds = /\s/.test(chars[max - 1] ?? ' ');
  const space = room.search(/\s\S*$/);
  const cut = wordEnds || space <= 0 ? room : room.slice(0, space);
  return withEllipsis(cut);
}

/** Cut after the last 。！？ late enough, else at the last 、, else between BudouX phrases. */
function clipJapanese(chars: string[], max: number): string {
  const span = chars.slice(0, max).join('');
  const sentence = lastIndexOfAny(span, '。！？');
  if (sentence + 1 >= max * LATE_ENOUGH) return span.slice(0, sentence + 1);
  const room = chars.slice(0, max - 1).join('');
  const comma = lastIndexOfAny(room, '、，');
  if (comma + 1 >= max * LATE_ENOUGH) return withEllipsis(room.slice(0, comma));
  const phrases = japanesePhrases(chars.slice(0, max + 20).join(''));
  let cut = '';
  for (const phrase of phrases) {
    if (Array.from(cut + phrase).length > max - 1) break;
    cut += phrase;
  }
  return withEllipsis(cut || room);
}

/** BudouX's Japanese model: a constant table, read once (importing budoux costs about 0.4 s). */
const JAPANESE = loadDefaultJapaneseParser();

/** The phrases BudouX's Japanese model finds in `text`. */
export const japanesePhrases = (text: string): string[] => JAPANESE.parse(text);

function lastIndexOfAny(text: string, marks: string): number {
  return Math.max(...Array.from(marks, (m) => text.lastIndexOf(m)));
}

/** The cut text, without a dangling comma, dash or space, and "…". */
function withEllipsis(text: string): string {
  return `${text.replace(/[\s,;:、，–—-]+$/u, '')}${ELLIPSIS}`;
}
