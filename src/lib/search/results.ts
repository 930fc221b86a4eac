/**
 * Turning Pagefind's raw results into what the search panel shows: merged across the glossary
 * expansions of a query, weighted by content type, with the searched words marked in every
 * excerpt and carried to the page a result opens. Pure, so it is tested without a browser.
 */
import type { SynonymGroup } from './synonyms.ts';
import { findRanges, mergeRanges, parseExcerpt, type Range } from './highlight.ts';
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

/** A result whose page data has been loaded. */
export interface LoadedResult {
  score: number;
  data: PagefindData;
}

/** Loaded results best first: each page's score weighted by its content type. */
export function rankLoaded<T extends LoadedResult>(loaded: readonly T[]): T[] {
  const weighted = (r: LoadedResult) => r.score * weight(contentType(r.data));
  return [...loaded].sort((a, b) => weighted(b) - weighted(a));
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

/** What the panel shows of one result: its page, and the sections with the most matches. */
export function toHit(data: PagefindData, terms: string[]): SearchHit {
  const sections = data.sub_results
    .filter((s) => s.url !== data.url && s.url.includes('#'))
    // The sections with the most matches, kept in page order.
    .map((s, order) => ({ s, order }))
    .sort((a, b) => b.s.locations.length - a.s.locations.length)
    .slice(0, SECTIONS)
    .sort((a, b) => a.order - b.order)
    .map(({ s }) => ({ title: s.title, href: withHighlight(s.url, terms), excerpt: markExcerpt(s.excerpt, terms) }));
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

/** Pagefind's marks plus ours: Pagefind misses hyphenated words and the glossary's other names. */
function markExcerpt(excerpt: string, terms: string[]): Excerpt {
  const { text, ranges } = parseExcerpt(excerpt);
  return { text, ranges: mergeRanges(ranges, findRanges(text, terms)) };
}
