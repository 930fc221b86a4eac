/**
 * Abbreviations and other names for glossary terms, so "TRD" finds treatment-resistant depression
 * and "AMPA receptor" finds a page that only says "AMPAR".
 *
 * Why the query is expanded in the browser instead of writing expansions into the index: Pagefind
 * has no synonym support, and hidden expansion text on each page would turn up in excerpts, change
 * the word counts its ranking uses, and make every page depend on the glossary. Instead the build
 * publishes each term's forms as a small JSON file (`search-terms.json`, loaded with the index),
 * and a query that contains one form of a term is also searched with each other form; the results
 * are merged page by page (see client/search/query.ts). The expansion is symmetric, so a short form and
 * its long form give the same results. A query with no glossary form costs nothing extra.
 */
import type { GlossaryTerm } from '../../schemas/glossary.ts';
import { CJK, SPACED_WORD_CHAR } from './scripts.ts';

/** One glossary term and every name it goes by. */
export interface SynonymGroup {
  /** The glossary anchor (`/glossary/#id`). */
  id: string;
  /** The term as the glossary shows it. */
  term: string;
  /** The term, its abbreviations and its aliases, in that order, without duplicates. */
  forms: string[];
}

export interface Expansion {
  /** Queries to run: the reader's own first, then the same query with other names substituted. */
  variants: string[];
  /** Every name of every term found in the query, for marking matches. */
  forms: string[];
}

/** At most this many searches run for one query (the original included). */
export const MAX_VARIANTS = 6;

/** The published form of the glossary for search: what `search-terms.json` holds. */
export function synonymGroups(terms: ReadonlyArray<Pick<GlossaryTerm, 'id' | 'term' | 'abbreviations' | 'aliases'>>): SynonymGroup[] {
  return terms.map((t) => {
    const forms: string[] = [];
    for (const form of [t.term, ...t.abbreviations, ...t.aliases]) {
      if (!forms.some((f) => sameName(f, form))) forms.push(form);
    }
    return { id: t.id, term: t.term, forms };
  });
}

interface Token {
  /** Lowercased run of letters and digits. */
  word: string;
  start: number;
  end: number;
}

/**
 * Runs of letters and digits: the units Pagefind indexes too (it drops punctuation). Japanese has
 * no spaces, so each of its characters is a unit of its own: a name is then found anywhere in a
 * query as a run of characters (難治性うつ病 in 難治性うつ病の治療), as a Latin name is found as a run of words.
 */
const TOKEN = new RegExp(`${CJK}|${SPACED_WORD_CHAR}+`, 'gu');
const CJK_TOKEN = new RegExp(`^${CJK}$`, 'u');

function tokenize(text: string): Token[] {
  return [...text.normalize('NFKC').matchAll(TOKEN)].map((m) => ({
    word: m[0].toLowerCase(),
    start: m.index,
    end: m.index + m[0].length,
  }));
}

const words = (text: string) => tokenize(text).map((t) => t.word);
/** True when two names are the same words, whatever their case, spacing or hyphens: `AMPA-receptor` and `ampa receptor`. */
export const sameName = (a: string, b: string): boolean => words(a).join(' ') === words(b).join(' ');

/** The words as one string, with a space only between two words of a spaced script: `AMPA受容体`, `ampa receptor`. */
function compact(text: string): string {
  let out = '';
  let spaced = false;
  for (const word of words(text)) {
    const isCjk = CJK_TOKEN.test(word);
    if (out && spaced && !isCjk) out += ' ';
    out += word;
    spaced = !isCjk;
  }
  return out;
}

interface Match {
  group: SynonymGroup;
  /** First and one-past-last query token covered. */
  from: number;
  to: number;
}

/** Where `form` occurs in the query: as the same run of words, or as one word spelt without separators ("K2", "11ck2"). */
function findForm(query: Token[], form: string[], group: SynonymGroup): Match[] {
  const found: Match[] = [];
  const joined = form.join('');
  for (let i = 0; i < query.length; i++) {
    if (form.every((w, k) => query[i + k]?.word === w)) found.push({ group, from: i, to: i + form.length });
    else if (form.length > 1 && query[i]?.word === joined) found.push({ group, from: i, to: i + 1 });
  }
  return found;
}

/** The glossary names found in a query: the earliest first, then the longest, never overlapping. */
function readNames(query: string, groups: readonly SynonymGroup[]) {
  const tokens = tokenize(query);
  const candidates = groups
    .flatMap((group) => group.forms.flatMap((form) => findForm(tokens, words(form), group)))
    // Earliest first, then longest, so "[11C]K-2" wins over the "K-2" inside it.
    .sort((a, b) => a.from - b.from || b.to - b.from - (a.to - a.from));
  const picked: Match[] = [];
  for (const match of candidates) {
    if (picked.every((p) => match.from >= p.to || match.to <= p.from)) picked.push(match);
  }
  // The reader's words at a picked place, as one run.
  const said = (m: Match) =>
    tokens
      .slice(m.from, m.to)
      .map((t) => t.word)
      .join('');
  return { tokens, picked, said, normalized: query.normalize('NFKC') };
}

/**
 * The searches to run for `query`: the query itself, then the query with each glossary name it
 * contains replaced by the term's other names (fewest replacements first, `max` in all).
 *
 * `expandQuery('TRD ketamine', groups).variants` →
 * `['TRD ketamine', 'Treatment-resistant depression ketamine']`
 */
export function expandQuery(query: string, groups: readonly SynonymGroup[], max = MAX_VARIANTS): Expansion {
  const { tokens, picked, said, normalized } = readNames(query, groups);
  if (picked.length === 0) return { variants: [query], forms: [] };

  // Each picked place can keep the reader's words (null) or take one of the other names.
  const choices = picked.map((m) => [null, ...m.group.forms.filter((f) => words(f).join('') !== said(m))]);
  const combos = cartesian(choices).sort((a, b) => replacements(a) - replacements(b));
  const variants: string[] = [];
  for (const combo of combos) {
    const text = replacements(combo) === 0 ? query : substitute(normalized, tokens, picked, combo);
    if (!variants.some((v) => v.toLowerCase() === text.toLowerCase())) variants.push(text);
    if (variants.length >= max) break;
  }
  const forms = [...new Set(picked.flatMap((m) => m.group.forms))];
  return { variants, forms };
}

/**
 * The query with every glossary name in it written as the glossary heads its term: `TRD ketamine`
 * → `Treatment-resistant depression ketamine`. Whatever name a reader typed, the glossary page
 * ranks by this one (results.ts), so every name of a term ranks it alike.
 */
export function canonicalQuery(query: string, groups: readonly SynonymGroup[]): string {
  const { tokens, picked, said, normalized } = readNames(query, groups);
  const headed = picked.map((m) => (said(m) === words(m.group.term).join('') ? null : m.group.term));
  return replacements(headed) === 0 ? query : substitute(normalized, tokens, picked, headed);
}

/** `text` with each picked place replaced by the chosen name (null keeps the reader's words). */
function substitute(text: string, tokens: Token[], picked: Match[], combo: Array<string | null>): string {
  // From the end, so earlier offsets stay valid.
  for (let i = picked.length - 1; i >= 0; i--) {
    const form = combo[i];
    const m = picked[i];
    if (form == null || !m) continue;
    let start = tokens[m.from]?.start ?? 0;
    let end = tokens[m.to - 1]?.end ?? text.length;
    // Take brackets and quotes with the name, so "[11C]K-2" becomes "K-2", not "[K-2".
    while (start > 0 && OPENING.test(text.charAt(start - 1))) start--;
    while (end < text.length && CLOSING.test(text.charAt(end))) end++;
    text = text.slice(0, start) + form + text.slice(end);
  }
  return text;
}

const OPENING = /[[({"'“‘]/;
const CLOSING = /[\])}"'”’]/;
const replacements = (combo: Array<string | null>) => combo.filter((c) => c != null).length;

function cartesian<T>(lists: T[][]): T[][] {
  return lists.reduce<T[][]>((acc, list) => acc.flatMap((prefix) => list.map((item) => [...prefix, item])), [[]]);
}

/**
 * Glossary terms to offer when a search finds nothing: the terms whose names look most like the
 * query (shared letter triples), or else the first terms in the glossary's own order (A–Z in
 * English, by reading in Japanese: search-terms.json keeps the order of getGlossary).
 */
export function suggestTerms(query: string, groups: readonly SynonymGroup[], count = 5): SynonymGroup[] {
  const q = trigrams(compact(query));
  const scored = groups.map((group) => ({ group, score: Math.max(0, ...group.forms.map((f) => dice(q, trigrams(compact(f))))) }));
  const similar = scored.filter((s) => s.score > 0.15).sort((a, b) => b.score - a.score);
  const rest = scored.filter((s) => !similar.includes(s));
  return [...similar, ...rest].slice(0, count).map((s) => s.group);
}

function trigrams(text: string): Set<string> {
  const padded = `  ${text} `;
  const grams = new Set<string>();
  for (let i = 0; i + 3 <= padded.length; i++) grams.add(padded.slice(i, i + 3));
  return grams;
}

function dice(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const gram of a) if (b.has(gram)) shared++;
  return (2 * shared) / (a.size + b.size);
}
