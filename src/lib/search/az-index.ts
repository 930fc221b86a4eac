/**
 * The A–Z index on the search page: every glossary term (and its other names), article topic and
 * article section, linking to the place that explains it. It is plain HTML, so it works without
 * JavaScript.
 */

export interface AzLink {
  href: string;
  /** Where the link goes, for the reader: "Glossary", an article title. */
  label: string;
}

export interface AzEntry {
  /** The word or phrase listed. */
  term: string;
  links: AzLink[];
  /** For another name of a glossary term: the term it stands for ("AMPAR", see "AMPA receptor"). */
  see?: string;
}

export interface AzGroup {
  /** "A" … "Z", or "#" for entries that start with a digit or another script. */
  letter: string;
  /** Anchor of the group's heading: `az-a`, `az-other`. */
  id: string;
  entries: AzEntry[];
}

/**
 * The text an entry is filed under: without leading punctuation, a bracketed prefix or an article,
 * as a reader looks it up ("[11C]K-2" → "K-2", "The study in one paragraph" → "study in one paragraph").
 */
export function sortText(term: string): string {
  return term.replace(/^(?:\[[^\]]*\]|[^\p{L}\p{N}]|(?:the|an?)\s+)+/iu, '') || term;
}

/** The letter a term is filed under, A–Z after removing accents, else "#". */
function letterOf(term: string): string {
  const first = sortText(term).normalize('NFD').charAt(0).toUpperCase();
  return /^[A-Z]$/.test(first) ? first : '#';
}

/**
 * Entries merged by term (ignoring case; links joined, each href once) and grouped by letter,
 * A–Z with "#" last; within a letter, sorted as a reader would look for them.
 */
export function buildAzIndex(entries: readonly AzEntry[]): AzGroup[] {
  const byTerm = new Map<string, AzEntry>();
  for (const entry of entries) {
    const key = `${entry.term.toLowerCase()}\u0000${entry.see?.toLowerCase() ?? ''}`;
    const existing = byTerm.get(key);
    if (!existing) {
      byTerm.set(key, { ...entry, links: dedupe(entry.links) });
    } else {
      existing.links = dedupe([...existing.links, ...entry.links]);
      // "Treatment-resistant depression" (glossary) reads better than a topic's "treatment-resistant depression".
      if (/^\p{Lu}/u.test(entry.term) && !/^\p{Lu}/u.test(existing.term)) existing.term = entry.term;
    }
  }
  const groups = new Map<string, AzEntry[]>();
  for (const entry of byTerm.values()) {
    const letter = letterOf(entry.term);
    groups.set(letter, [...(groups.get(letter) ?? []), entry]);
  }
  const compare = (a: AzEntry, b: AzEntry) => sortText(a.term).localeCompare(sortText(b.term), 'en', { sensitivity: 'base', numeric: true });
  return [...groups.entries()]
    .sort(([a], [b]) => (a === '#' ? 1 : b === '#' ? -1 : a.localeCompare(b)))
    .map(([letter, list]) => ({ letter, id: letter === '#' ? 'az-other' : `az-${letter.toLowerCase()}`, entries: list.sort(compare) }));
}

function dedupe(links: readonly AzLink[]): AzLink[] {
  const seen = new Set<string>();
  return links.filter((link) => !seen.has(link.href) && Boolean(seen.add(link.href)));
}
