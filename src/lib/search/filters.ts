/**
 * What a reader can narrow a search to, and how that becomes a Pagefind filter. Pure: the search
 * panel's markup (components/search) and the browser code (client/search) both use it.
 */
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
