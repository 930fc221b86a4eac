/**
 * Searching the Pagefind index from the browser: loads the index and the glossary's names on first
 * use, runs the reader's query and its glossary expansions, merges them page by page and returns
 * plain data for search-render.ts. Nothing here touches the page.
 */
import { expandQuery, type SynonymGroup } from './search-synonyms.ts';
import { findRanges, highlightTerms, mergeRanges, parseExcerpt, type Range } from './search-highlight.ts';
import { withHighlight } from './search-url.ts';

/** The content types the index knows (`data-pagefind-filter="type:…"`). */
export const CONTENT_TYPES = ['article', 'glossary', 'references', 'about'] as const;
export type ContentType = (typeof CONTENT_TYPES)[number];
/** The audiences a reader can narrow to; articles "for everyone" match both. */
export const AUDIENCE_FILTERS = ['patients', 'clinicians'] as const;
export type AudienceFilter = (typeof AUDIENCE_FILTERS)[number];

export interface SearchFilters {
  type?: ContentType | undefined;
  audience?: AudienceFilter | undefined;
}

/** Queries are cut to this many characters: enough for any real search, cheap for the index. */
export const MAX_QUERY_LENGTH = 100;
/** Pages shown per search. */
const SHOWN = 10;
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
  hits: SearchHit[];
  /** Pages that matched, including those not shown. */
  total: number;
  /** The words marked in excerpts and carried to the landing page. */
  terms: string[];
  /** Glossary terms to suggest when nothing matched. */
  glossary: readonly SynonymGroup[];
}

// The parts of Pagefind's browser API used here (pagefind.js ships no types).
interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
  locations: number[];
}
interface PagefindData {
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
interface Pagefind {
  options(options: { baseUrl?: string; excerptLength?: number }): Promise<void>;
  init(): Promise<void>;
  search(term: string, options?: { filters?: unknown }): Promise<{ results: PagefindResult[] } | null>;
}

let loading: Promise<{ pagefind: Pagefind; glossary: SynonymGroup[] }> | undefined;

/** Loads Pagefind and the glossary's names once; later calls share the same promise. */
export function loadSearch(base: string) {
  const root = base.replace(/\/?$/, '/');
  loading ??= (async () => {
    // The index is written by the build, so it can only be imported at run time, from the site itself.
    const [pagefind, glossary] = await Promise.all([
      import(/* @vite-ignore */ `${root}pagefind/pagefind.js`) as Promise<Pagefind>,
      fetch(`${root}search-terms.json`).then((r) => (r.ok ? (r.json() as Promise<SynonymGroup[]>) : [])),
    ]);
    await pagefind.options({ baseUrl: root, excerptLength: 24 });
    await pagefind.init();
    return { pagefind, glossary };
  })();
  loading.catch(() => {
    loading = undefined; // let the next attempt try again
  });
  return loading;
}

/**
 * Pagefind filters for the reader's choices. Articles for "everyone" count for either audience, and
 * pages without an audience (glossary, references) stay in: they are written for every reader.
 */
export function pagefindFilters({ type, audience }: SearchFilters): Record<string, unknown> {
  const filters: Record<string, unknown> = {};
  if (type) filters['type'] = type;
  if (audience) filters['any'] = [{ audience: { any: [audience, 'everyone'] } }, { type: { none: ['article'] } }];
  return filters;
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

/** Runs a search. Throws when the index cannot be loaded (offline, or the site was built without it). */
export async function search(rawQuery: string, filters: SearchFilters, base: string): Promise<SearchOutcome> {
  const trimmed = rawQuery.replace(/\s+/g, ' ').trim();
  const query = [...trimmed].slice(0, MAX_QUERY_LENGTH).join('');
  const { pagefind, glossary } = await loadSearch(base);
  const { variants, forms } = expandQuery(query, glossary);
  const terms = highlightTerms(query, forms);
  const searches = await Promise.all(variants.map((v) => pagefind.search(v, { filters: pagefindFilters(filters) })));
  const merged = mergeResults(searches.map((s) => s?.results ?? []));

  // Weighting by type needs each page's data, so it reorders only the best-scored pages.
  const loaded = await Promise.all(merged.slice(0, SHOWN + 2).map(async (r) => ({ score: r.score, data: await r.data() })));
  const hits = loaded
    .map(({ score, data }) => ({ hit: toHit(data, terms), score }))
    .sort((a, b) => b.score * weight(b.hit.type) - a.score * weight(a.hit.type))
    .slice(0, SHOWN)
    .map((x) => x.hit);
  return { query, cut: query.length < trimmed.length, hits, total: merged.length, terms, glossary };
}

const weight = (type: ContentType | undefined) => (type ? TYPE_WEIGHT[type] : 1);
const isContentType = (value: string | undefined): value is ContentType => CONTENT_TYPES.some((t) => t === value);

function toHit(data: PagefindData, terms: string[]): SearchHit {
  const type = data.filters['type']?.[0];
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
    type: isContentType(type) ? type : undefined,
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
