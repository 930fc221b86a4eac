/**
 * Search in addresses: the /search/ page's shareable `?q=&type=&audience=`, and the searched words
 * a result link carries to the page it opens (`?highlight=`, read and then removed there). Kept
 * apart from the matcher because every page loads this much (client/search/dialog.ts).
 */
import type { SearchFilters } from './filters.ts';

/** The query parameter a result link carries the words to mark in. */
export const HIGHLIGHT_PARAM = 'highlight';

/**
 * The /search/ page's parameters, which are also the names of the search forms' fields (the
 * header's box, the panels, the 404 page), so a form sent without JavaScript lands on the same
 * search a script would show.
 */
export const SEARCH_PARAMS = { query: 'q', type: 'type', audience: 'audience' } as const;

/** A search form's text box. */
export const QUERY_INPUT = `input[name="${SEARCH_PARAMS.query}"]`;

/** A crafted link cannot ask for more marking than a real search makes (see highlightTerms). */
const MAX_WORDS = 16;
const MAX_WORD_LENGTH = 100;

/** A result link that carries the words to mark: `/a/#s` → `/a/?highlight=TRD#s`. */
export function withHighlight(href: string, terms: readonly string[]): string {
  const hashAt = href.includes('#') ? href.indexOf('#') : href.length;
  const path = href.slice(0, hashAt);
  const hash = href.slice(hashAt);
  const searchAt = path.includes('?') ? path.indexOf('?') : path.length;
  const pathname = path.slice(0, searchAt);
  const search = path.slice(searchAt + 1);
  const params = new URLSearchParams(search);
  params.delete(HIGHLIGHT_PARAM);
  for (const term of terms) params.append(HIGHLIGHT_PARAM, term);
  const query = params.toString();
  return `${pathname}${query ? `?${query}` : ''}${hash}`;
}

/** The words a landing URL asks to mark. */
export function readHighlight(search: string): string[] {
  return new URLSearchParams(search)
    .getAll(HIGHLIGHT_PARAM)
    .map((t) => t.slice(0, MAX_WORD_LENGTH))
    .filter(Boolean)
    .slice(0, MAX_WORDS);
}

/** The same URL without the highlight words: what stays in the address bar to share. */
export function withoutHighlight(href: string): string {
  return withHighlight(href, []);
}

/** The /search/ page's parameters for a query and filters; empty ones are left out. */
export function searchPageParams(query: string, filters: SearchFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (query.trim()) params.set(SEARCH_PARAMS.query, query.trim());
  if (filters.type) params.set(SEARCH_PARAMS.type, filters.type);
  if (filters.audience) params.set(SEARCH_PARAMS.audience, filters.audience);
  return params;
}
