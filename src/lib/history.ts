/**
 * Articles' change histories (the `history` frontmatter) as readers see them: the dates near the
 * title, the page history at the end of each article, the site-wide /changes/ page and its feed.
 * Pure: the pages pass the articles in.
 */
import type { Change, ChangeKind, SourceNote } from '../schemas/article.ts';
import type { Reference } from '../schemas/reference.ts';
import { labelWithKind, sourceLinks, type SourceLink } from './references.ts';
import { ID } from './dom-names.ts';
import { strings } from './i18n/index.ts';
import { DEFAULT_LOCALE, type Locale } from './site.ts';

/** What a kind of change is called on the page and in the feed: "Correction", 「訂正」. */
export const changeLabel = (kind: ChangeKind, locale: Locale = DEFAULT_LOCALE): string => strings(locale).history.kinds[kind];

/** What a correction was checked against, as readers see it: the references, linked, and what they say. */
export interface ChangeBasis {
  links: SourceLink[];
  note: SourceNote | undefined;
}

/** A change's basis (its `checkedAgainst` and `sourceNote`), or undefined when it names none; its links lead to the references page in `locale`. */
export function changeBasis(change: Change, references: ReadonlyMap<string, Reference>, locale: Locale = DEFAULT_LOCALE): ChangeBasis | undefined {
  if (!change.checkedAgainst) return undefined;
  const label = (ref: Reference) => labelWithKind(ref, locale);
  return { links: sourceLinks(change.checkedAgainst, references, `a history entry of ${change.date}`, { label, locale }), note: change.sourceNote };
}

/**
 * A change as HTML for the feed (`content:encoded`): the summary, then "Checked against:" with full
 * links to the references page and what the sources say. `absolute` turns a site path into a full URL.
 */
export function changeHtml(change: Change, basis: ChangeBasis | undefined, absolute: (path: string) => string, locale: Locale = DEFAULT_LOCALE): string {
  const summary = `<p>${escapeHtml(change.summary)}</p>`;
  if (!basis) return summary;
  const words = strings(locale).history;
  const links = basis.links.map((link) => `<a href="${escapeHtml(absolute(link.href))}">${escapeHtml(link.label)}</a>`).join('; ');
  const note = basis.note === undefined ? '' : `${escapeHtml(words.beforeNote)}${noteHtml(basis.note, locale)}`;
  return `${summary}<p>${escapeHtml(words.checkedAgainst)}${links}${escapeHtml(words.listEnd)}${note}</p>`;
}

/** A source note as HTML: our words, or a quote marked with its language and followed by what it means. */
function noteHtml(note: SourceNote, locale: Locale): string {
  if (typeof note === 'string') return escapeHtml(note);
  const words = strings(locale).history;
  return `<q lang="${escapeHtml(note.lang)}">${escapeHtml(note.quote)}</q>${escapeHtml(words.meaningOpen)}${escapeHtml(note.meaning)}${escapeHtml(words.meaningClose)}`;
}

/** Text made safe for HTML text and double-quoted attributes (the feed's item HTML; its XML escaping is the feed writer's). */
const escapeHtml = (text: string): string => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');

/** The id of an article's page history, at the end of the article. */
export const PAGE_HISTORY_ID = ID.pageHistory;

/** The day an article was first published: its oldest history entry. */
export const publishedOn = (history: readonly Change[]): string => history.at(-1)?.date ?? '';

/** The day of its latest change: its newest history entry. */
export const updatedOn = (history: readonly Change[]): string => history[0]?.date ?? '';

/** One change anywhere on the site, with what the /changes/ page and the feed need to show and link it. */
export interface SiteChange extends Change {
  /**
   * Stable id of the change: `<slug>-<date>-<n>`, where n counts that article's changes of that day
   * from the oldest, so adding a newer entry never renumbers an older one.
   */
  id: string;
  /** The article's slug and title. */
  slug: string;
  title: string;
}

/** An article as this module needs it. */
export interface ArticleHistory {
  slug: string;
  title: string;
  history: readonly Change[];
}

/** Every change of every article, newest first; on the same day, in the order the articles are given. */
export function siteChanges(articles: readonly ArticleHistory[]): SiteChange[] {
  const changes = articles.flatMap(({ slug, title, history }) =>
    history.map((change, i) => {
      const sameDayOlder = history.slice(i + 1).filter((other) => other.date === change.date).length;
      return { ...change, id: `${slug}-${change.date}-${sameDayOlder + 1}`, slug, title };
    }),
  );
  // A stable sort keeps each article's own order (newest first) within a day.
  return changes.sort((a, b) => (a.date === b.date ? 0 : a.date < b.date ? 1 : -1));
}
