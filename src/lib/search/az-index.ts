/**
 * The topic index on the search page: every glossary term (and its other names), article topic and
 * article section, linking to the place that explains it. It is plain HTML, so it works without
 * JavaScript. In English it runs A–Z; in Japanese it runs by the rows of the kana table (あ行, か行 …
 * わ行, each entry by its reading), then the entries that start with a Latin letter, A–Z.
 */
import { hasCjk, toHiragana } from './scripts.ts';

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
  /** "A" … "Z"; the first kana of a row of the kana table ("あ", "か" …); or "#" for everything else. */
  letter: string;
  /** What the group is: a Latin letter, a row of the kana table, or the rest. */
  kind: 'letter' | 'kana' | 'other';
  /** Anchor of the group's heading: `az-a`, `kana-ka`, `az-other`. */
  id: string;
  entries: AzEntry[];
}

export interface AzOptions {
  /**
   * The reading of Japanese text in hiragana (`ケタミンの作用` → `けたみんのさよう`): given, the index is
   * a Japanese one, filing each entry that starts with kana or kanji under its reading's row.
   */
  readingOf?: (text: string) => string;
}

/**
 * The text an entry is filed under: without leading punctuation, a bracketed prefix or an article,
 * as a reader looks it up ("[11C]K-2" → "K-2", "The study in one paragraph" → "study in one paragraph",
 * "「受容体密度」とは何か" → "受容体密度」とは何か").
 */
export function sortText(term: string): string {
  return term.replace(/^(?:\[[^\]]*\]|[^\p{L}\p{N}]|(?:the|an?)\s+)+/iu, '') || term;
}

/** The rows of the kana table, by their first kana, with every kana each holds (voiced and small ones go with their row). */
const KANA_ROWS: ReadonlyArray<readonly [id: string, row: string, kana: string]> = [
  ['a', 'あ', 'あいうえおぁぃぅぇぉ'],
  ['ka', 'か', 'かきくけこゕゖ'],
  ['sa', 'さ', 'さしすせそ'],
  ['ta', 'た', 'たちつてとっ'],
  ['na', 'な', 'なにぬねの'],
  ['ha', 'は', 'はひふへほ'],
  ['ma', 'ま', 'まみむめも'],
  ['ya', 'や', 'やゆよゃゅょ'],
  ['ra', 'ら', 'らりるれろ'],
  ['wa', 'わ', 'わゐゑをんゎ'],
];

/** The kana row of a reading's first sound: `が` is in か行, `ぱ` in は行. */
function kanaRow(reading: string): (typeof KANA_ROWS)[number] | undefined {
  // Canonical decomposition takes the voicing marks off (が → か + ゙).
  const first = toHiragana(reading).normalize('NFD').charAt(0);
  return KANA_ROWS.find(([, , kana]) => kana.includes(first));
}

interface Filed {
  entry: AzEntry;
  group: Omit<AzGroup, 'entries'>;
  /** What the entry sorts by within its group. */
  key: string;
}

const OTHER = { letter: '#', kind: 'other', id: 'az-other' } as const;

/** Where an entry goes: its letter A–Z after removing accents, its kana row (Japanese), or "#". */
function file(entry: AzEntry, options: AzOptions): Filed {
  const text = sortText(entry.term);
  const first = text.normalize('NFD').charAt(0).toUpperCase();
  if (/^[A-Z]$/.test(first)) return { entry, group: { letter: first, kind: 'letter', id: `az-${first.toLowerCase()}` }, key: text };
  if (options.readingOf && hasCjk(first)) {
    const reading = toHiragana(options.readingOf(text));
    const row = kanaRow(reading);
    if (row) return { entry, group: { letter: row[1], kind: 'kana', id: `kana-${row[0]}` }, key: reading };
  }
  return { entry, group: OTHER, key: text };
}

/** The groups' order: the kana rows, A–Z, then the rest. */
function groupOrder(group: Omit<AzGroup, 'entries'>): string {
  if (group.kind === 'kana') return `0${KANA_ROWS.findIndex(([id]) => group.id === `kana-${id}`)}`;
  return group.kind === 'letter' ? `1${group.letter}` : '2';
}

/**
 * Entries merged by term (ignoring case; links joined, each href once) and grouped: A–Z with "#"
 * last, or in a Japanese index the kana rows first; within a group, sorted as a reader would look
 * for them (a Japanese entry by its reading, ケタミン as けたみん).
 */
export function buildAzIndex(entries: readonly AzEntry[], options: AzOptions = {}): AzGroup[] {
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
  const groups = new Map<string, { group: Omit<AzGroup, 'entries'>; filed: Filed[] }>();
  for (const entry of byTerm.values()) {
    const filed = file(entry, options);
    const found = groups.get(filed.group.id) ?? { group: filed.group, filed: [] };
    found.filed.push(filed);
    groups.set(filed.group.id, found);
  }
  const latin = new Intl.Collator('en', { sensitivity: 'base', numeric: true });
  const kana = new Intl.Collator('ja', { numeric: true });
  const compare = (a: Filed, b: Filed) =>
    (a.group.kind === 'kana' ? kana.compare(a.key, b.key) : latin.compare(a.key, b.key)) || latin.compare(a.entry.term, b.entry.term);
  return [...groups.values()]
    .sort((a, b) => groupOrder(a.group).localeCompare(groupOrder(b.group)))
    .map(({ group, filed }) => ({ ...group, entries: filed.sort(compare).map((f) => f.entry) }));
}

function dedupe(links: readonly AzLink[]): AzLink[] {
  const seen = new Set<string>();
  return links.filter((link) => !seen.has(link.href) && Boolean(seen.add(link.href)));
}
