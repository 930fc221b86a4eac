import type { GlossaryTerm } from '../schemas/glossary.ts';

/** What a term's popover needs, by glossary id: its name and its short definition. */
export type GlossaryDefinitions = Record<string, { term: string; definition: string }>;

/**
 * The definitions, kept out of the article HTML: written into every term link they made each article
 * about 1.5 KB (gzip) heavier, for popovers most readers never open.
 */
export function glossaryDefinitions(terms: readonly GlossaryTerm[]): GlossaryDefinitions {
  return Object.fromEntries(terms.map((t) => [t.id, { term: t.term, definition: t.definition }]));
}
