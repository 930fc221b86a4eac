import type { Element } from 'hast';
import { REFERENCE_PREFIX } from '../../lib/citation-data.ts';
import { DATA, hastProperty } from '../../lib/dom-names.ts';
import { DEFAULT_LOCALE, LOCALE_CODES, pageOfFile, splitLocale, type Locale } from '../../lib/site.ts';
import { elements, type HtmlPage } from './built-site.ts';
import type { PostBuildStep } from './step.ts';

const HEADING = /^h[1-6]$/;

/** One built page's public ids: what a shared link, a search result or the language switch may land on. */
interface PageIds {
  file: string;
  locale: Locale;
  /** The page's path without its language prefix: `/articles/x/`. */
  path: string;
  ids: Set<string>;
}

/**
 * Every page has the same public ids in every language, so a link to `#likely-parent-trial`, a
 * share and the language switch land the same way in all of them: the ids marked `data-anchor`
 * (sections, claims, takeaways, terms: the ones the anchor registry keeps), the reference entries'
 * (`#ref-<key>`, which citations link to), and the ids of headings in the reading part of a page
 * (`data-pagefind-body`), where search results land.
 * Other headings are each language's own: the search page's index groups (A–Z, 五十音) and the
 * changes page's days (each language has its own history).
 *
 * The content preflight compares the sources; this compares what was built, which catches what
 * the sources do not show: reference ids, which come from each page's citations. A page built in
 * one language only is a problem too, once any translation is built.
 */
export const sameIds: PostBuildStep = {
  name: 'same ids in every language',
  async run({ site }) {
    const pages = (await site.htmlPages()).flatMap(publicIds);
    const translations = LOCALE_CODES.filter((locale) => locale !== DEFAULT_LOCALE && pages.some((page) => page.locale === locale));
    if (translations.length === 0) return 'one language only: nothing to compare';
    const byPath = new Map<string, Map<Locale, PageIds>>();
    for (const page of pages) byPath.set(page.path, (byPath.get(page.path) ?? new Map()).set(page.locale, page));
    const problems = [...byPath.values()].flatMap((versions) => translations.flatMap((locale) => differences(versions, locale)));
    if (problems.length > 0) {
      throw new Error(
        `${problems.length} difference${problems.length === 1 ? '' : 's'} between the languages: a link, a share or the language switch would land differently in each.\n${problems.map((line) => `  ${line}`).join('\n')}`,
      );
    }
    const compared = [...byPath.values()].filter((versions) => versions.size > 1).length;
    return `${compared} page${compared === 1 ? ' has' : 's have'} the same ids in ${[DEFAULT_LOCALE, ...translations].join(' and ')}`;
  },
};

/** What differs between a page's English version and its translation in `locale`, one line each, naming both files. */
function differences(versions: ReadonlyMap<Locale, PageIds>, locale: Locale): string[] {
  const english = versions.get(DEFAULT_LOCALE);
  const translation = versions.get(locale);
  if (!english && translation) return [`${translation.file} has no English page (the same page without the /${locale}/ prefix).`];
  if (!english) return [];
  if (!translation) return [`${english.file} has no ${locale} page: every page is published in every language.`];
  return [
    ...[...english.ids].filter((id) => !translation.ids.has(id)).map((id) => `${translation.file} has no id "${id}", which ${english.file} has${hint(id)}.`),
    ...[...translation.ids]
      .filter((id) => !english.ids.has(id))
      .map((id) => `${translation.file} has the id "${id}", which ${english.file} has not${hint(id)}.`),
  ];
}

/** What makes an id, where the sources do not show it. */
function hint(id: string): string {
  const reference = /^ref-(.+)$/.exec(id)?.[1];
  return reference ? ` (a reference: both pages must cite [@${reference}])` : '';
}

/** A built page's public ids; none for a page that must not be linked (noindex: the not-found pages, redirects). */
function publicIds(page: HtmlPage): PageIds[] {
  const all = elements(page.tree);
  if (all.some((el) => el.tagName === 'meta' && el.properties['name'] === 'robots' && String(el.properties['content']).includes('noindex'))) return [];
  const anchor = hastProperty(DATA.anchor);
  const reading = all.filter((el) => el.properties[hastProperty(DATA.pagefindBody)] !== undefined).flatMap((el) => [...elements(rootOf(el))]);
  const ids = [
    ...all.filter((el) => el.properties[anchor] !== undefined || String(el.properties['id'] ?? '').startsWith(REFERENCE_PREFIX)),
    ...reading.filter((el) => HEADING.test(el.tagName)),
  ].flatMap((el) => (typeof el.properties['id'] === 'string' && el.properties['id'] ? [el.properties['id']] : []));
  const { locale, path } = splitLocale(pageOfFile(page.file), LOCALE_CODES);
  return [{ file: page.file, locale, path, ids: new Set(ids) }];
}

/** An element as the root of its own subtree, to list what is inside it. */
const rootOf = (element: Element) => ({ type: 'root' as const, children: [element] });
