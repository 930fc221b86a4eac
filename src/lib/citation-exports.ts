import type { Reference } from '../schemas/reference.ts';
import { sourceKind, type SourceKind } from '../schemas/reference.ts';
import { formatReference } from './references.ts';
import { SITE_NAME } from './site.ts';

/**
 * Citation files for reference managers (BibTeX, RIS, CSL-JSON), written from our verified
 * records at build time. Only verified fields are written; a title this site supplied stays in
 * square brackets and incomplete author lists end in "others" (BibTeX) so no export looks more
 * complete than the record behind it.
 *
 * Written here rather than with citation-js's own writers (@citation-js/plugin-bibtex and -ris,
 * which the tests use to read these files back): measured on this bibliography on 2026-12-07,
 * citation-js's RIS writer breaks every line at 70 characters, splitting a word in 25 of the 42 titles
 * when a reference manager joins the lines again ("positron em ission"), writes LF line ends and
 * dates without leading zeros, and loses the publisher, journal or series of five web sources;
 * its BibTeX writer drops every non-ASCII character unless told otherwise (the Japanese press
 * release's title becomes " −AMPA−") and writes an incomplete author list as a person named
 * "{others}".
 */

/** The files a reader can download, by extension. */
export const EXPORT_FORMATS = {
  bib: { label: 'BibTeX', mediaType: 'application/x-bibtex; charset=utf-8' },
  ris: { label: 'RIS', mediaType: 'application/x-research-info-systems; charset=utf-8' },
  json: { label: 'CSL-JSON', mediaType: 'application/vnd.citationstyles.csl+json; charset=utf-8' },
} as const;
export type ExportFormat = keyof typeof EXPORT_FORMATS;

/** Writes one or more records in the given format. */
export function exportReferences(refs: readonly Reference[], format: ExportFormat): string {
  if (format === 'bib') return refs.map(toBibTeX).join('\n');
  if (format === 'ris') return refs.map(toRIS).join('');
  return `${JSON.stringify(refs.map(toCslJson), null, 2)}\n`;
}

/**
 * An article page of this site as a reference: the site is the author, the last-reviewed day the
 * date, the canonical address the URL.
 */
export function pageReference(page: { slug: string; title: string; reviewed: string; url: string; siteName?: string; language?: string }): Reference {
  const [year, month, day] = page.reviewed.split('-').map(Number) as [number, number, number];
  const siteName = page.siteName ?? SITE_NAME;
  return {
    id: page.slug,
    type: 'webpage',
    title: page.title,
    author: [{ literal: siteName }],
    issued: { 'date-parts': [[year, month, day]] },
    URL: page.url,
    ...(page.language && page.language !== 'en' ? { language: page.language } : {}),
    note: `Page of ${siteName}, last reviewed ${page.reviewed}.`,
    // This site retells others' work; exports treat the page as a web page (RIS ELEC).
    custom: { kind: 'secondary-report', read: 'full-text' },
  };
}

/** The whole reference as one line of text, with its DOI or web address, for copying. */
export function citationText(ref: Reference): string {
  const { text } = formatReference(ref);
  if (ref.DOI) return `${text} doi:${ref.DOI}`;
  if (ref.URL) return `${text} Available from: ${ref.URL}`;
  return text;
}

/** CSL-JSON without this site's bookkeeping (`custom`, verification `note`). */
export function toCslJson(ref: Reference): Record<string, unknown> {
  const { custom, note, ...csl } = ref;
  const remark = caveat(ref);
  return { ...csl, title: exportTitle(ref), ...(remark ? { note: remark } : {}) };
}

const BIBTEX_TYPES: Record<Reference['type'], string> = {
  'article-journal': 'article',
  webpage: 'misc',
  report: 'techreport',
  dataset: 'misc',
};
const MONTH_MACROS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

export function toBibTeX(ref: Reference): string {
  const fields: Array<[string, string]> = [];
  const add = (name: string, value: string | undefined, raw = false) => {
    if (value) fields.push([name, raw ? value : `{${escapeTeX(value)}}`]);
  };
  const names = (ref.author ?? []).map((a) => (a.literal ? `{${escapeTeX(a.literal)}}` : escapeTeX([a.family, a.given].filter(Boolean).join(', '))));
  if (names.length > 0 && ref.custom?.authorsIncomplete) names.push('others');
  if (names.length > 0) fields.push(['author', `{${names.join(' and ')}}`]);
  fields.push(['title', `{${protectCapitals(escapeTeX(exportTitle(ref)))}}`]);
  add(ref.type === 'article-journal' ? 'journal' : 'howpublished', ref['container-title']);
  add(ref.type === 'report' ? 'institution' : 'publisher', ref.publisher);
  const [year, month, day] = ref.issued?.['date-parts'][0] ?? [];
  add('year', year?.toString());
  if (month) fields.push(['month', MONTH_MACROS[month - 1] ?? String(month)]);
  if (year)
    add(
      'date',
      [year, month, day]
        .filter((p) => p !== undefined)
        .map((p) => String(p).padStart(2, '0'))
        .join('-'),
    );
  add('volume', ref.volume);
  add('number', ref.issue ?? ref.number);
  add('pages', ref.page?.replace('-', '--'));
  // DOI and URL are verbatim fields in BibLaTeX: written as they are.
  if (ref.DOI) fields.push(['doi', `{${ref.DOI}}`]);
  if (ref.PMID) fields.push(['eprint', `{${ref.PMID}}`], ['eprinttype', '{pubmed}']);
  if (ref.URL) fields.push(['url', `{${ref.URL}}`]);
  add('langid', ref.language);
  add('note', caveat(ref));
  const width = Math.max(...fields.map(([name]) => name.length));
  const body = fields.map(([name, value]) => `  ${name.padEnd(width)} = ${value}`).join(',\n');
  return `@${BIBTEX_TYPES[ref.type]}{${ref.id},\n${body}\n}\n`;
}

/** RIS has no type for a press release or a registry record: they are web pages (ELEC). */
const RIS_TYPES: Record<SourceKind, string> = {
  review: 'JOUR',
  'human-study': 'JOUR',
  'animal-study': 'JOUR',
  commentary: 'JOUR',
  methods: 'JOUR',
  'press-release': 'ELEC',
  news: 'NEWS',
  'trial-registration': 'ELEC',
  'investigator-page': 'ELEC',
  'regulator-notice': 'ELEC',
  'grant-report': 'RPRT',
  'secondary-report': 'ELEC',
};

export function toRIS(ref: Reference): string {
  const lines: string[] = [];
  const add = (tag: string, value: string | undefined) => {
    if (value) lines.push(`${tag}  - ${value.replace(/\s+/g, ' ')}`);
  };
  add('TY', ref.type === 'article-journal' ? 'JOUR' : RIS_TYPES[sourceKind(ref)]);
  add('ID', ref.id);
  for (const a of ref.author ?? []) add('AU', a.literal ?? [a.family, a.given].filter(Boolean).join(', '));
  add('TI', exportTitle(ref));
  add('T2', ref['container-title']);
  add('PB', ref.publisher);
  const [year, month, day] = ref.issued?.['date-parts'][0] ?? [];
  add('PY', year?.toString());
  if (year) add('DA', `${year}/${month ? String(month).padStart(2, '0') : ''}/${day ? String(day).padStart(2, '0') : ''}/`);
  add('VL', ref.volume);
  add('IS', ref.issue);
  const [start, end] = ref.page?.split('-') ?? [];
  add('SP', start);
  add('EP', end);
  add('M1', ref.number);
  add('DO', ref.DOI);
  add('AN', ref.PMID ? `PMID:${ref.PMID}` : undefined);
  add('UR', ref.URL);
  add('LA', ref.language);
  add('N1', caveat(ref));
  lines.push('ER  - ');
  // RIS lines end in CR LF, as the format's specification and most reference managers expect.
  return `${lines.join('\r\n')}\r\n`;
}

/** The verified title, or this site's description of the work in square brackets. */
function exportTitle(ref: Reference): string {
  return ref.title ?? `[${ref.custom?.suppliedTitle ?? ''}]`;
}

/** What an export must say about a record that is less than complete. */
function caveat(ref: Reference): string | undefined {
  const gaps = [
    ref.custom?.suppliedTitle ? 'title not verified (description in brackets supplied by the citing site)' : undefined,
    ref.custom?.authorsIncomplete ? 'author list incomplete' : undefined,
  ].filter(Boolean);
  return gaps.length > 0 ? `${gaps.join('; ')}.` : undefined;
}

/** Escapes the characters that are special in TeX; braces stay balanced because each is escaped. */
function escapeTeX(text: string): string {
  return text.replace(/[\\{}&%$#_~^]/g, (c) => {
    if (c === '\\') return '\\textbackslash{}';
    if (c === '~') return '\\textasciitilde{}';
    if (c === '^') return '\\textasciicircum{}';
    return `\\${c}`;
  });
}

/**
 * Braces every word that a BibTeX style lowercasing the title would change ("{AMPA}", "{mTOR}",
 * "{Japan}"; the title's first letter is kept by the styles themselves), so acronyms and names
 * stay as written.
 */
function protectCapitals(title: string): string {
  return title
    .split(' ')
    .map((word, i) => (/\p{Lu}/u.test(i === 0 ? word.slice(1) : word) ? `{${word}}` : word))
    .join(' ');
}
