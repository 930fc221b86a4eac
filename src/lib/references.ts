import type { Reference } from '../schemas/reference.ts';
import { ARTICLE_KINDS, sourceKind, type SourceKind } from '../schemas/reference.ts';
import { referenceAnchor } from './citation-data.ts';
import { strings } from './i18n/index.ts';
import { DEFAULT_LOCALE, sitePath, type Locale, type PathOptions } from './site.ts';
import { checked } from './checked.ts';

/** Kinds readers take a reference to be without a label: journal articles and other studies. */
const UNNAMED_KINDS: ReadonlySet<SourceKind> = new Set(ARTICLE_KINDS);

/**
 * What a reference is, as readers see it before its entry ("Press release", 「プレスリリース」): its
 * kind's name in the dictionary's label table; undefined for journal articles and other studies.
 */
export function kindLabel(ref: Reference, locale: Locale = DEFAULT_LOCALE): string | undefined {
  const kind = sourceKind(ref);
  if (UNNAMED_KINDS.has(kind)) return undefined;
  const words = strings(locale);
  return kind === 'secondary-report' ? words.citations.secondaryReport : words.labels.kinds[kind];
}

/** A reference broken into the parts a reference entry displays, Vancouver-like. */
export interface FormattedReference {
  /** "Berman RM, Cappiello A, et al." or undefined when no author was verified. */
  authors: string | undefined;
  /** The verified title, or the supplied description when the title is not verified. */
  title: string;
  /** True when `title` is a description this site supplied, shown in square brackets. */
  titleSupplied: boolean;
  /** Journal, publisher or site. */
  container: string | undefined;
  /** "2000 Feb 15;47(4):351–354" and the like. */
  details: string | undefined;
  /** "Press release", "Trial registration", …; undefined for journal articles. */
  kindLabel: string | undefined;
  /** The whole entry as one line of plain text (for copying and previews). */
  text: string;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** Vancouver lists six authors, then "et al.". */
const MAX_AUTHORS = 6;

/** "Robert M." → "RM", "C. A., Jr." → "CA Jr", "Ming-Rong" → "MR". */
export function initials(given: string): string {
  const suffix = /,?\s*(Jr|Sr|II|III|IV)\.?$/.exec(given);
  const names = (suffix ? given.slice(0, suffix.index) : given).split(/[\s.-]+/).filter(Boolean);
  const letters = names.map((n) => n[0]?.toUpperCase() ?? '').join('');
  return suffix ? `${letters} ${suffix[1]}` : letters;
}

export function formatAuthors(ref: Reference): string | undefined {
  const authors = ref.author ?? [];
  if (authors.length === 0) return undefined;
  const names = authors.slice(0, MAX_AUTHORS).map((a) => a.literal ?? [a.family, a.given ? initials(a.given) : ''].filter(Boolean).join(' '));
  const etAl = authors.length > MAX_AUTHORS || ref.custom?.authorsIncomplete;
  return `${names.join(', ')}${etAl ? ', et al.' : '.'}`;
}

/** "2000 Feb 15", "2019 Apr", "2006", or undefined when the date was not verified. */
export function formatDate(ref: Reference): string | undefined {
  const parts = ref.issued?.['date-parts'][0];
  if (!parts) return undefined;
  const [year, month, day] = parts;
  return [year, month ? MONTHS[month - 1] : undefined, day].filter((p) => p !== undefined).join(' ');
}

/** The year alone, for short labels such as "Berman et al., 2000". */
export const referenceYear = (ref: Reference): number | undefined => ref.issued?.['date-parts'][0][0];

/** A reference's parts; `kindLabel` in the reader's language, the rest as the record writes it (references keep their language). */
export function formatReference(ref: Reference, locale: Locale = DEFAULT_LOCALE): FormattedReference {
  const titleSupplied = !ref.title;
  const title = ref.title ?? ref.custom?.suppliedTitle ?? '';
  const container = ref['container-title'] ?? ref.publisher;
  const date = formatDate(ref);
  const pages = ref.page?.replace('-', '–');

  let details: string | undefined;
  if (ref.type === 'article-journal') {
    const volume = ref.volume ? `${ref.volume}${ref.issue ? `(${ref.issue})` : ''}` : undefined;
    const location = [volume, pages].filter(Boolean).join(':');
    details = [date, location].filter(Boolean).join(';') || undefined;
  } else {
    details = [ref.number, date].filter(Boolean).join('. ') || undefined;
  }

  const authors = formatAuthors(ref);
  const shownTitle = titleSupplied ? `[${title}]` : title;
  const text = [authors, endSentence(shownTitle), container && endSentence(container), details && endSentence(details)].filter(Boolean).join(' ');
  return { authors, title, titleSupplied, container, details, kindLabel: kindLabel(ref, locale), text };
}

/** A short label for previews and lists: "Berman et al., 2000", "Yokohama City University, 2026". */
export function shortLabel(ref: Reference): string {
  const first = ref.author?.[0];
  const who = first
    ? `${first.family ?? first.literal}${(ref.author?.length ?? 0) > 1 || ref.custom?.authorsIncomplete ? ' et al.' : ''}`
    : (ref.publisher ?? ref['container-title'] ?? 'Unknown author');
  const year = referenceYear(ref);
  return year ? `${who}, ${year}` : who;
}

export interface ReferenceLink {
  /** What the link is: "DOI", "PubMed", "Web page". */
  label: string;
  /** Visible text: the DOI, the PMID, or the host name. */
  text: string;
  href: string;
}

/** How a record that reports another one is named: "Press release: Yokohama City University …", "Trial registration jRCTs031210124". */
export function sourceLabel(ref: Reference, locale: Locale = DEFAULT_LOCALE): string {
  const words = strings(locale).citations;
  const kind = kindLabel(ref, locale) ?? words.article;
  if (ref.number) return words.numberedSource(kind, ref.number);
  return words.sourceBy(kind, ref.publisher ?? ref['container-title'] ?? shortLabel(ref));
}

/** Links to the record itself: DOI, PubMed and web page, in that order, only where verified. */
export function referenceLinks(ref: Reference, locale: Locale = DEFAULT_LOCALE): ReferenceLink[] {
  const links: ReferenceLink[] = [];
  if (ref.DOI) links.push({ label: 'DOI', text: ref.DOI, href: `https://doi.org/${ref.DOI}` });
  if (ref.PMID) links.push({ label: 'PubMed', text: `PMID ${ref.PMID}`, href: `https://pubmed.ncbi.nlm.nih.gov/${ref.PMID}/` });
  if (ref.URL) links.push({ label: strings(locale).citations.webPage, text: new URL(ref.URL).hostname.replace(/^www\./, ''), href: ref.URL });
  return links;
}

/**
 * The records that report a reference (`custom.sources`), each as a link to its own address: how a
 * reader reaches a work that has no DOI, PMID or URL of its own. The content preflight checked that
 * every key names a record with an address.
 */
export function reportingSources(ref: Reference, references: ReadonlyMap<string, Reference>, locale: Locale = DEFAULT_LOCALE): ReferenceLink[] {
  return (ref.custom?.sources ?? []).map((key) => {
    const source = checked(references.get(key), `Reference "${key}" (in custom.sources of ${ref.id})`);
    const link = checked(referenceLinks(source)[0], `A DOI, PMID or URL of reference "${key}"`);
    return { label: kindLabel(source, locale) ?? strings(locale).citations.article, text: sourceLabel(source, locale), href: link.href };
  });
}

/**
 * Where a reader finds a reference: its entry in this page's reference list when the page cites
 * it, otherwise its entry on the references page in the page's language (the same `#ref-<key>` id on all).
 */
export function referenceHref(key: string, citedHere: boolean, options: PathOptions = {}): string {
  const fragment = `#${referenceAnchor(key)}`;
  return citedHere ? fragment : sitePath('references', fragment, options);
}

/** A reference as a short link: "Berman et al., 2000", to its entry on the references page. */
export interface SourceLink {
  key: string;
  label: string;
  year: number | undefined;
  href: string;
}

export interface SourceLinkOptions {
  /** How each reference is named; by default its short label ("Berman et al., 2000"). */
  label?: (ref: Reference) => string;
  /** The language of the page the links are on: they lead to its references page. */
  locale?: Locale | undefined;
}

/**
 * Resolves reference keys written in a data file (a figure, a glossary term, a history entry) to
 * short links to the references page. The content preflight checked that each key names a record;
 * `citedBy` names the place for the error a missing one would still raise.
 */
export function sourceLinks(
  keys: readonly string[],
  references: ReadonlyMap<string, Reference>,
  citedBy: string,
  { label = shortLabel, locale }: SourceLinkOptions = {},
): SourceLink[] {
  return keys.map((key) => {
    const reference = checked(references.get(key), `Reference "${key}" (cited by ${citedBy})`);
    return { key, label: label(reference), year: referenceYear(reference), href: referenceHref(key, false, { locale }) };
  });
}

/** A reference named with its kind when it is not a journal article: "Trial registration jRCTs031210124", "Miyazaki et al., 2020". */
export const labelWithKind = (ref: Reference, locale: Locale = DEFAULT_LOCALE): string => (kindLabel(ref, locale) ? sourceLabel(ref, locale) : shortLabel(ref));

function endSentence(text: string): string {
  return /[.?!]$/.test(text) ? text : `${text}.`;
}
