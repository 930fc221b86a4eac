/**
 * The contract between the citation plugins and the pages: the ids a citation and a reference entry
 * carry, and the data rehypeCitationLinks leaves in an article's frontmatter for its layout (the
 * reference list, its back-links, the study card, the JSON-LD). Pure and dependency-free, so the
 * browser's citation previews use the same ids.
 */

/** What the article layout needs to build its reference list with back-links. */
export interface CitationData {
  /** Cited keys in order of first citation: index + 1 is the reference number. */
  order: string[];
  /** For each key, the ids of the places that cite it, in reading order. */
  places: Record<string, string[]>;
}

/** The prefix of a reference entry's id, on an article and on the references page alike. */
export const REFERENCE_PREFIX = 'ref-';

/** The id of a reference entry: `ref-<key>`. */
export const referenceAnchor = (key: string) => `${REFERENCE_PREFIX}${key}`;

/** The id of the n-th (1-based) place on a page that cites `key`. */
export const citingAnchor = (key: string, n: number) => `cite-${key}-${n}`;

/** The citation data of a rendered article (`remarkPluginFrontmatter`); an article that cites nothing has none. */
export function readCitations(frontmatter: Record<string, unknown>): CitationData {
  const data = frontmatter['citations'];
  return isCitationData(data) ? data : { order: [], places: {} };
}

function isCitationData(value: unknown): value is CitationData {
  if (!value || typeof value !== 'object') return false;
  const { order, places } = value as Partial<CitationData>;
  return Array.isArray(order) && order.every((key) => typeof key === 'string') && typeof places === 'object' && places !== null;
}
