/**
 * Turning Pagefind's raw results into what the search panel shows: merged across the glossary
 * expansions of a query, weighted by content type, with the searched words marked in every
 * excerpt and carried to the page a result opens. Pure, so it is tested without a browser.
 */
import { sameName, type SynonymGroup } from './synonyms.ts';
import { findRanges, mergeRanges, parseExcerpt, type Range } from './highlight.ts';
import { HINT_FIELDS } from './index-hints.ts';
import { hasCjk } from './scripts.ts';
import { withHighlight } from './url.ts';
import { CONTENT_TYPES, type ContentType } from './filters.ts';

/** Queries are cut to this many characters: enough for any real search, cheap for the index. */
export const MAX_QUERY_LENGTH = 100;
/**
 * Results shown at a time: five at once, five more each time the reader asks, as Pagefind's own
 * interface does. Each result shown costs its page's text (a fragment of 4 to 8 KB), so a first
 * search loads only what it shows.
 */
export const BATCH = 5;
/** Results loaded for each batch: one more than shown, so weighting by type can promote it. */
export const LOADED = BATCH + 1;
/** Sections shown per page, those with the most matches. */
const SECTIONS = 3;

/**
 * Pagefind ranks the references page (long, and dense with titles) above the article that explains
 * a term. Readers come for explanations, so scores are weighted by content type before sorting.
 */
const TYPE_WEIGHT: Record<ContentType, number> = { article: 1, glossary: 0.8, about: 0.5, references: 0.5 };

export interface Excerpt {
  text: string;
  ranges: Range[];
}
export interface SearchSection {
  title: string;
  href: string;
  excerpt: Excerpt;
}
export interface SearchHit {
  href: string;
  title: string;
  description: string | undefined;
  type: ContentType | undefined;
  audience: string | undefined;
  excerpt: Excerpt;
  sections: SearchSection[];
}
export interface SearchOutcome {
  /** The query as searched (trimmed, cut to MAX_QUERY_LENGTH). */
  query: string;
  /** True when the reader's query was longer and was cut. */
  cut: boolean;
  /** The first results, best first. */
  hits: SearchHit[];
  /** Pages that matched, including those not shown. */
  total: number;
  /** The next results, when there are more: each call gives the next batch (empty when none are left). */
  more: (() => Promise<SearchHit[]>) | undefined;
  /** The words marked in excerpts and carried to the landing page. */
  terms: string[];
  /** Glossary terms to suggest when nothing matched. */
  glossary: readonly SynonymGroup[];
}

// The parts of Pagefind's results used here (pagefind.js ships no types).
interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
  locations: number[];
}
export interface PagefindData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
  sub_results: PagefindSubResult[];
}
export interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindData>;
}
/** Results of several searches as one list: each page once, with its best score and the result that gave it. */
export function mergeResults(lists: ReadonlyArray<readonly PagefindResult[]>): PagefindResult[] {
  const best = new Map<string, PagefindResult>();
  for (const result of lists.flat()) {
    const seen = best.get(result.id);
    if (!seen || result.score > seen.score) best.set(result.id, result);
  }
  return [...best.values()].sort((a, b) => b.score - a.score);
}

/**
 * The merged results, each showing its page as one of the `preferred` searches found it, the first
 * that found it (the reader's own words, then the glossary's name for them), else as the search
 * that scored it best. A page's sections and excerpt are those of the search it shows: an article
 * found best as "TRD" still shows the sections about treatment-resistant depression the reader
 * typed, not only those that abbreviate it.
 */
export function showAsFound(merged: readonly PagefindResult[], preferred: ReadonlyArray<readonly PagefindResult[] | undefined>): PagefindResult[] {
  const found = new Map<string, PagefindResult>();
  for (const list of preferred) for (const r of list ?? []) if (!found.has(r.id)) found.set(r.id, r);
  return merged.map((r) => {
    const shown = found.get(r.id);
    return shown ? { id: r.id, score: r.score, data: () => shown.data() } : r;
  });
}

/** A result whose page data has been loaded. */
export interface LoadedResult {
  id?: string;
  score: number;
  data: PagefindData;
}

/** What ranking loaded results needs to know of the search beyond their scores. */
export interface RankContext {
  /** The query and the glossary names it was expanded with (`forms`). */
  names: readonly string[];
  /** Each page's score in the search with every name written as the glossary heads it (synonyms.ts `canonicalQuery`). */
  canonicalScores?: ReadonlyMap<string, number> | undefined;
}

/**
 * An article whose main topic (the first of its `topics`, which its author chose) is what was
 * searched is the page about it, and comes before pages that only mention it often: its score
 * counts this many times.
 */
const TOPIC_BOOST = 2;

/**
 * Loaded results best first: each page's score weighted by its content type, and by whether the
 * page is about what was searched. The glossary page holds every name of every term, so a rare
 * other name (found there and nowhere else, so weighted high) would put it first whichever name
 * was typed: it ranks by its score for the names the glossary heads its terms with, the same for
 * every name of a term.
 */
export function rankLoaded<T extends LoadedResult>(loaded: readonly T[], context: RankContext = { names: [] }): T[] {
  const weighted = (r: LoadedResult) => {
    const type = contentType(r.data);
    const canonical = type === 'glossary' && r.id !== undefined ? context.canonicalScores?.get(r.id) : undefined;
    return (canonical ?? r.score) * weight(type) * (isAbout(r.data, context.names) ? TOPIC_BOOST : 1);
  };
  return [...loaded].sort((a, b) => weighted(b) - weighted(a));
}

/** True when the page's main topic (lib/search/index-hints.ts) is one of the names searched. */
function isAbout(data: PagefindData, names: readonly string[]): boolean {
  const topic = data.meta[HINT_FIELDS.topic];
  return topic !== undefined && names.some((name) => sameName(name, topic));
}

/** The query as searched: spaces collapsed, cut to MAX_QUERY_LENGTH characters. */
export function normaliseQuery(raw: string): { query: string; cut: boolean } {
  const trimmed = raw.replace(/\s+/g, ' ').trim();
  const query = [...trimmed].slice(0, MAX_QUERY_LENGTH).join('');
  return { query, cut: query.length < trimmed.length };
}

const weight = (type: ContentType | undefined) => (type ? TYPE_WEIGHT[type] : 1);
const isContentType = (value: string | undefined): value is ContentType => CONTENT_TYPES.some((t) => t === value);
const contentType = (data: PagefindData): ContentType | undefined => {
  const type = data.filters['type']?.[0];
  return isContentType(type) ? type : undefined;
};

/**
 * What the panel shows of one result: its page, and the sections with the most matches. A section
 * whose excerpt has no searched word to mark is left out while others have one: in Japanese it
 * matched only on a piece of a query word (性 of 治療抵抗性 in 可能性).
 */
export function toHit(data: PagefindData, terms: string[]): SearchHit {
  const candidates = data.sub_results
    .filter((s) => s.url !== data.url && s.url.includes('#'))
    .map((s, order) => ({ s, order, excerpt: markExcerpt(s.excerpt, terms) }));
  const marked = candidates.filter((c) => c.excerpt.ranges.length > 0);
  const sections = (marked.length > 0 ? marked : candidates)
    // The sections with the most matches, kept in page order.
    .sort((a, b) => b.s.locations.length - a.s.locations.length)
    .slice(0, SECTIONS)
    .sort((a, b) => a.order - b.order)
    .map(({ s, excerpt }) => ({ title: s.title, href: withHighlight(s.url, terms), excerpt }));
  return {
    href: withHighlight(data.url, terms),
    title: data.meta['title'] ?? data.url,
    description: data.meta['description'],
    type: contentType(data),
    audience: data.filters['audience']?.[0],
    excerpt: markExcerpt(data.excerpt, terms),
    sections,
  };
}

/**
 * Pagefind's marks plus ours: Pagefind misses hyphenated words and the glossary's other names. In
 * Japanese, Pagefind marks each index word a query piece matched, and the browser cuts a query into
 * pieces that are not words (ケタミン → ケタ ミン, and ン alone matches any word starting with ン), so
 * its marks on Japanese text are dropped and ours, which find the searched words whole, are kept.
 */
function markExcerpt(excerpt: string, terms: string[]): Excerpt {
  const { text, ranges } = parseExcerpt(excerpt);
  const pagefind = ranges.filter(([start, end]) => !hasCjk(text.slice(start, end)));
  return { text, ranges: mergeRanges(pagefind, findRanges(text, terms)) };
}
