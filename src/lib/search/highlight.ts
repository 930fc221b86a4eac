/**
 * What to mark for a search and where it occurs in a text. Pure functions: the DOM work is in
 * client/search/mark-words.ts and client/search/render.ts, the result links in url.ts.
 *
 * Our own matcher rather than pagefind-highlight.js: Pagefind's highlighter turns the query
 * "treatment-resistant" into "treatmentresistant" and then never finds it in the text. Here a
 * word's letters and digits are matched with up to two separator characters between them, so
 * "treatment-resistant", "[11C]K-2" and "K-2" are marked as written.
 *
 * Japanese has no spaces, so a word there has no edges to find: a Japanese term is marked wherever
 * its characters occur (治療抵抗性うつ病 inside 治療抵抗性うつ病の人), while the edge of a Latin word is
 * still required next to Latin letters (PET in PET検査, not in PETAL). See scripts.ts.
 */
import { hasCjk, japanesePhrases, SPACED_LETTER, SPACED_WORD_CHAR } from './scripts.ts';

/** The zero-width space Pagefind puts between the words of a segmented language in its stored text. */
const WORD_BOUNDARY = '\u200B';

/** A half-open range `[start, end)` of a string. */
export type Range = readonly [number, number];

/** Put between the text of two blocks, so a match never runs from one paragraph into the next. */
export const BLOCK_BREAK = '\uE000';

/** Short words that would mark half a page; searched for, but not marked. */
const STOPWORDS = new Set(
  'a an and are as at be but by for from has have how in into is it its of on or than that the their this to was were what when where which who why will with'.split(
    ' ',
  ),
);

/** At most this many words are marked (longest first); a query of 100 words marks the first ones. */
const MAX_TERMS = 16;

/**
 * What to mark for a query and the glossary names it was expanded with: each word of the query
 * as written (a hyphenated word stays one), without stopwords, one-letter words or duplicates;
 * each glossary name whole, so "AMPA receptor" marks "AMPA-type glutamate receptor" but not every
 * "glutamate". A Japanese run is marked whole and also phrase by phrase (ケタミンの効果 marks ケタミン
 * and 効果 where the whole run is not found), and a single Japanese character is a word when it is
 * what the reader typed (脳). Longest first, so a longer term wins where two overlap.
 */
export function highlightTerms(query: string, forms: readonly string[] = []): string[] {
  const seen = new Set<string>();
  const terms: string[] = [];
  const add = (raw: string, isWord: boolean, fewest = 2) => {
    const term = raw.replace(/^[^\p{L}\p{N}[(]+|[^\p{L}\p{N}]+$/gu, '');
    const key = term.toLowerCase();
    const letters = term.match(/[\p{L}\p{N}]/gu)?.length ?? 0;
    if (letters < fewest || (isWord && STOPWORDS.has(key)) || seen.has(key)) return;
    seen.add(key);
    terms.push(term);
  };
  for (const word of query.split(/\s+/)) {
    if (!hasCjk(word)) add(word, true);
    else {
      add(word, true, 1);
      for (const phrase of japanesePhrases(word)) add(phrase, true);
    }
  }
  for (const form of forms) add(form.trim(), false);
  return terms.sort((a, b) => b.length - a.length).slice(0, MAX_TERMS);
}

/** Separators allowed between the letter runs of one word: hyphens, brackets, a space; never a block break. */
const SEPARATOR = `[^\\p{L}\\p{N}${BLOCK_BREAK}]{0,2}`;

/**
 * Drops a plural or verb ending, so "receptors" also marks "receptor" and "imaging" marks "image"
 * (Pagefind stems English words the same way when it searches).
 */
function stem(word: string): string {
  const stemmed = word.replace(/(?:ing|ed|es|s)$/i, '');
  return stemmed.length >= 4 ? stemmed : word;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');

const SPACED_AT_START = new RegExp(`^${SPACED_WORD_CHAR}`, 'u');
const SPACED_LETTER_AT_END = new RegExp(`${SPACED_LETTER}$`, 'u');
const SPACED_AT_END = new RegExp(`${SPACED_WORD_CHAR}$`, 'u');

/**
 * The pattern for one term: its letter runs in order, from a word start, the last one open-ended
 * when it is a word. Word edges are required only where the term has a Latin (spaced) letter or
 * digit, and only against such letters: Japanese characters around it are not a word going on.
 */
function termSource(term: string): string | undefined {
  const parts = term.match(/[\p{L}\p{N}]+/gu);
  if (!parts) return undefined;
  const last = parts.length - 1;
  const first = parts[0] ?? '';
  const open = SPACED_LETTER_AT_END.test(parts[last] ?? '') && (parts[last]?.length ?? 0) >= 3;
  if (open) parts[last] = stem(parts[last] ?? '');
  const opening = /^[[(]/.test(term) ? '[[(]?' : '';
  const start = SPACED_AT_START.test(first) ? `(?<!${SPACED_WORD_CHAR})` : '';
  const end = SPACED_AT_END.test(parts[last] ?? '') ? `(?!${SPACED_WORD_CHAR})` : '';
  return `${start}${opening}${parts.map(escapeRegExp).join(SEPARATOR)}${open ? `${SPACED_LETTER}*` : ''}${end}`;
}

/** One regular expression for all the terms, or undefined when there is nothing to mark. */
export function termPattern(terms: readonly string[]): RegExp | undefined {
  const sources = terms.map(termSource).filter((s): s is string => s !== undefined);
  return sources.length > 0 ? new RegExp(sources.join('|'), 'giu') : undefined;
}

/** Where the terms occur in `text`, in order, not overlapping. */
export function findRanges(text: string, terms: readonly string[]): Range[] {
  const pattern = termPattern(terms);
  if (!pattern) return [];
  return [...text.matchAll(pattern)].filter((m) => m[0].length > 0).map((m) => [m.index, m.index + m[0].length] as const);
}

/** Several range lists as one: sorted, with overlapping or touching ranges joined. */
export function mergeRanges(...lists: ReadonlyArray<readonly Range[]>): Range[] {
  const sorted = lists.flat().sort((a, b) => a[0] - b[0]);
  const merged: Array<[number, number]> = [];
  for (const [start, end] of sorted) {
    const previous = merged.at(-1);
    if (previous && start <= previous[1]) previous[1] = Math.max(previous[1], end);
    else merged.push([start, end]);
  }
  return merged;
}

/**
 * Pagefind's excerpt as plain text plus the ranges it marked. Pagefind escapes only `<` and `>` in
 * page text and adds `<mark>` tags, so exactly that is undone; the text is then only ever put into
 * the page as text, never parsed as HTML. In a segmented language (Japanese) Pagefind keeps a
 * zero-width space after every word of the text it stores; those are dropped, so a term is found
 * across the index's word boundaries (治療\u200B抵抗\u200B性\u200Bうつ病).
 */
export function parseExcerpt(excerpt: string): { text: string; ranges: Range[] } {
  let text = '';
  let open: number | undefined;
  const ranges: Range[] = [];
  for (const part of excerpt.split(/(<\/?mark>)/)) {
    if (part === '<mark>') open = text.length;
    else if (part === '</mark>') {
      if (open !== undefined && text.length > open) ranges.push([open, text.length]);
      open = undefined;
    } else text += part.replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll(WORD_BOUNDARY, '');
  }
  return { text, ranges };
}

/** `text` cut at the range edges: the pieces to render as text nodes and `<mark>` elements. */
export function splitByRanges(text: string, ranges: readonly Range[]): Array<{ text: string; marked: boolean }> {
  const pieces: Array<{ text: string; marked: boolean }> = [];
  let at = 0;
  for (const [start, end] of ranges) {
    if (start > at) pieces.push({ text: text.slice(at, start), marked: false });
    if (end > start) pieces.push({ text: text.slice(Math.max(start, at), end), marked: true });
    at = Math.max(at, end);
  }
  if (at < text.length) pieces.push({ text: text.slice(at), marked: false });
  return pieces;
}
