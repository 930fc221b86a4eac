/**
 * The table of contents: its entries, and which section is the current one while the reader
 * scrolls. Pure functions, so they can be tested without a browser.
 */

/** A section in the contents, with its sub-sections. */
export interface TocEntry {
  id: string;
  text: string;
  children: TocEntry[];
}

/** h2 sections with their h3 sub-sections; other levels are left out. An h3 before any h2 stands alone. */
export function tocEntries(headings: ReadonlyArray<{ depth: number; slug: string; text: string }>): TocEntry[] {
  const entries: TocEntry[] = [];
  for (const { depth, slug, text } of headings) {
    const entry: TocEntry = { id: slug, text, children: [] };
    if (depth === 2) entries.push(entry);
    else if (depth === 3) (entries.at(-1)?.children ?? entries).push(entry);
  }
  return entries;
}

/**
 * The scroll position (scrollY) from which each section counts as current. A section normally
 * becomes current when its heading crosses the reading line; `natural[i]` is that position. The
 * last sections of a page may never reach the line because the page ends first (always so on a
 * tall screen): those share out the remaining scroll evenly, in order, the last one at the very
 * bottom, so every section can be current at some point.
 *
 * @param natural scrollY at which each heading crosses the reading line, in page order
 * @param maxScroll the largest scrollY the page allows
 */
export function activationPoints(natural: readonly number[], maxScroll: number): number[] {
  const firstUnreachable = natural.findIndex((point) => point > maxScroll);
  if (firstUnreachable === -1) return [...natural];
  const reachable = natural.slice(0, firstUnreachable);
  const start = Math.min(Math.max(reachable.at(-1) ?? 0, 0), maxScroll);
  const count = natural.length - firstUnreachable;
  const spread = Array.from({ length: count }, (_, i) => start + ((maxScroll - start) * (i + 1)) / count);
  return [...reachable, ...spread];
}

/** The index of the current section at `scrollY`, or -1 above the first one. */
export function currentSection(points: readonly number[], scrollY: number): number {
  // Half a pixel of slack: browsers round scroll positions, and the bottom must count as reached.
  return points.findLastIndex((point) => point <= scrollY + 0.5);
}
