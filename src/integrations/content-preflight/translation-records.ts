import { createHash } from 'node:crypto';
import path from 'node:path';
import { TRANSLATED_PAGES } from '../../config/content-paths.ts';
import { schemaProblems } from '../../config/content-files.ts';
import type { Problem } from '../../lib/problems.ts';
import type { TranslationLocale } from '../../lib/site.ts';
import { changeSchema } from '../../schemas/article.ts';
import { translationRecordSchema, type TranslationRecord } from '../../schemas/translation.ts';
import type { MdxFile } from './mdx-files.ts';

/**
 * How a translated page stands with its English page:
 * - `current`: the English file is the one the translation records (same hash);
 * - `english-changed`: the English file has changed since, with no new correction or update in its
 *   history: readers of the translation see a notice, with a link to the English page;
 * - `behind`: the English page has a `corrected` or `updated` history entry dated after the
 *   translation's `source`: the build fails until the translation takes it in.
 */
export type TranslationState = 'current' | 'english-changed' | 'behind';

/** A history entry of the English page that a translation has not taken in. */
export interface MissedChange {
  date: string;
  kind: 'corrected' | 'updated';
  summary: string;
  /** Its line in the English file. */
  line: number;
}

/** One translated MDX page and where it stands (what `npm run translations` prints). */
export interface TranslationStatus {
  locale: TranslationLocale;
  /** The folder of MDX pages it is in (`articles`) and its name there (`what-the-study-found`). */
  folder: string;
  id: string;
  english: string;
  translation: string;
  /** The English file's hash now: what `translation.sourceHash` says once the translation is up to date. */
  hash: string;
  /** The translation's record, when it has a valid one. */
  record: TranslationRecord | undefined;
  /** Undefined when the translation has no valid record (the preflight reports why). */
  state: TranslationState | undefined;
  /** For `behind`: the English entries not taken in, newest first. */
  missed: MissedChange[];
  /** The translation's page, base-less and without its language prefix (`/articles/x/`), when its folder has pages. */
  page: string | undefined;
}

/** The first 12 hex digits of the SHA-256 of a file's text with LF line ends (so a checkout with CRLF gives the same hash). */
export const sourceHash = (text: string): string => createHash('sha256').update(text.replaceAll('\r\n', '\n')).digest('hex').slice(0, 12);

/** Where one translated page stands with its English page, from both files as read. */
export function translationStatus(locale: TranslationLocale, folder: string, english: MdxFile, translation: MdxFile): TranslationStatus {
  const id = path.basename(translation.file, '.mdx');
  const parsed = translationRecordSchema.safeParse((translation.frontmatter?.value as { translation?: unknown } | undefined)?.translation);
  const record = parsed.success ? parsed.data : undefined;
  const hash = sourceHash(english.text);
  const missed = record ? changesAfter(english, record.source) : [];
  const state: TranslationState | undefined = !record ? undefined : missed.length > 0 ? 'behind' : hash === record.sourceHash ? 'current' : 'english-changed';
  const page = TRANSLATED_PAGES[folder]?.(id);
  return {
    locale,
    folder,
    id,
    english: english.file,
    translation: translation.file,
    hash,
    record,
    state,
    missed,
    page: page ? `/${page.map((segment) => `${segment}/`).join('')}` : undefined,
  };
}

/** The English page's corrections and updates dated after `source`, newest first. */
function changesAfter(english: MdxFile, source: string): MissedChange[] {
  const history = (english.frontmatter?.value as { history?: unknown } | undefined)?.history;
  if (!Array.isArray(history)) return [];
  return history.flatMap((entry: unknown, i) => {
    const change = changeSchema.safeParse(entry);
    if (!change.success || change.data.kind === 'published' || change.data.date <= source) return [];
    const line = english.frontmatter?.lineOf(['history', i]) ?? 1;
    return [{ date: change.data.date, kind: change.data.kind, summary: change.data.summary, line }];
  });
}

/**
 * What stops a translated page from being published: no valid record of the English version it
 * translates, or a correction or update of the English page it has not taken in. Each problem is
 * at the record's line and names both files; one taken-in entry's fix is the whole fix.
 */
export function translationRecordProblems(status: TranslationStatus, translation: MdxFile): Problem[] {
  const frontmatter = translation.frontmatter;
  const value = (frontmatter?.value as { translation?: unknown } | undefined)?.translation;
  if (!frontmatter || value === undefined) {
    return [
      {
        file: status.translation,
        line: frontmatter ? frontmatter.lineOf([]) : 1,
        field: 'translation',
        message: `is required: which version of the English page (${status.english}) this translates, as translation: { source: YYYY-MM-DD (the English history taken in, up to that day), sourceHash: ${status.hash} } (npm run translations prints it).`,
      },
    ];
  }
  if (!status.record) return schemaProblems(status.translation, frontmatter, translationRecordSchema, { value, prefix: ['translation'], label: 'translation' });
  const line = frontmatter.lineOf(['translation', 'source']);
  const newest = status.missed[0]?.date ?? status.record.source;
  return status.missed.map((change) => ({
    file: status.translation,
    line,
    field: 'translation.source',
    message:
      `the English page has ${change.kind === 'corrected' ? 'a correction' : 'an update'} of ${change.date} (${status.english}:${change.line}: "${clip(change.summary)}") ` +
      `that this translation, made from the English of ${status.record?.source}, has not taken in. A change to what the site says must reach every language before it is published: ` +
      `translate it here, add it to this page's history, then set translation.source to ${newest} and translation.sourceHash to ${status.hash} (npm run translations prints both).`,
  }));
}

const clip = (text: string, length = 90) => (text.length > length ? `${text.slice(0, length - 1).trimEnd()}…` : text);
