/**
 * Searching the Pagefind index from the browser: loads the index and the glossary's names on first
 * use, runs the reader's query and its glossary expansions, and hands the raw results to
 * lib/search/results.ts. Nothing here touches the page; render.ts does.
 */
import { canonicalQuery, expandQuery, type SynonymGroup } from '../../lib/search/synonyms.ts';
import { highlightTerms } from '../../lib/search/highlight.ts';
import { pagefindFilters, type SearchFilters } from '../../lib/search/filters.ts';
import { SITE_FILES, siteFile, sitePath } from '../../lib/site.ts';
import { pageLocale } from '../page-locale.ts';
import { hintWeights } from '../../lib/search/index-hints.ts';
import {
  BATCH,
  LOADED,
  type LoadedResult,
  mergeResults,
  normaliseQuery,
  type PagefindResult,
  rankLoaded,
  type RankContext,
  type SearchHit,
  type SearchOutcome,
  showAsFound,
  toHit,
} from '../../lib/search/results.ts';

// The parts of Pagefind's browser API used here (pagefind.js ships no types).
interface Pagefind {
  options(options: { baseUrl?: string; excerptLength?: number; ranking?: { metaWeights?: Record<string, number> } }): Promise<void>;
  init(): Promise<void>;
  search(term: string, options?: { filters?: unknown }): Promise<{ results: PagefindResult[] } | null>;
}

let loading: Promise<{ pagefind: Pagefind; glossary: SynonymGroup[] }> | undefined;

/** Loads Pagefind and the glossary's names once; later calls share the same promise. */
export function loadSearch() {
  loading ??= (async () => {
    // The index is written by the build, so it can only be imported at run time, from the site itself.
    // Pagefind loads the index of the page's <html lang>; the glossary's names are the page's language's too.
    const locale = pageLocale();
    const [pagefind, glossary] = await Promise.all([
      import(/* @vite-ignore */ siteFile(SITE_FILES.pagefindModule)) as Promise<Pagefind>,
      fetch(siteFile(SITE_FILES.searchTerms, { locale })).then((r) => (r.ok ? (r.json() as Promise<SynonymGroup[]>) : [])),
    ]);
    // The hints the index was given (lib/search/index-hints.ts) weigh as they are meant to.
    await pagefind.options({ baseUrl: sitePath(), excerptLength: 24, ranking: { metaWeights: hintWeights(document.documentElement.lang) } });
    await pagefind.init();
    return { pagefind, glossary };
  })();
  loading.catch(() => {
    loading = undefined; // let the next attempt try again
  });
  return loading;
}

/** Runs a search. Throws when the index cannot be loaded (offline, or the site was built without it). */
export async function search(rawQuery: string, filters: SearchFilters): Promise<SearchOutcome> {
  const { query, cut } = normaliseQuery(rawQuery);
  const { pagefind, glossary } = await loadSearch();
  const { variants, forms } = expandQuery(query, glossary);
  const terms = highlightTerms(query, forms);
  const searches = await Promise.all(variants.map((v) => pagefind.search(v, { filters: pagefindFilters(filters) })));
  const canonical = canonicalQuery(query, glossary).toLowerCase();
  const canonicalSearch = searches[variants.findIndex((v) => v.toLowerCase() === canonical)];
  const merged = showAsFound(mergeResults(searches.map((s) => s?.results ?? [])), [searches[0]?.results, canonicalSearch?.results]);
  const context: RankContext = {
    names: [query, ...forms],
    canonicalScores: canonicalSearch ? new Map(canonicalSearch.results.map((r) => [r.id, r.score])) : undefined,
  };
  const next = batches(merged, terms, context);
  const hits = await next();
  return { query, cut, hits, total: merged.length, terms, glossary, more: merged.length > hits.length ? next : undefined };
}

/**
 * The results a batch at a time. Weighting by type needs each page's data, so each batch loads one
 * page more than it shows; a page loaded but not shown leads the next batch's candidates.
 */
function batches(merged: readonly PagefindResult[], terms: string[], context: RankContext): () => Promise<SearchHit[]> {
  let taken = 0;
  let spare: LoadedResult[] = [];
  return async () => {
    const fresh = merged.slice(taken, taken + LOADED - spare.length);
    taken += fresh.length;
    const loaded = rankLoaded([...spare, ...(await Promise.all(fresh.map(async (r) => ({ id: r.id, score: r.score, data: await r.data() }))))], context);
    const shown = taken >= merged.length ? loaded : loaded.slice(0, BATCH);
    spare = loaded.slice(shown.length);
    return shown.map((r) => toHit(r.data, terms));
  };
}
