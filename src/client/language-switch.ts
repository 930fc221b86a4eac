/**
 * Keeps the reader's place when they switch language: the other language's page has the same ids,
 * so the link gets the current `#fragment` (the section being read, or the one a shared link
 * opened) and, on the search page, the query. Read when the link is followed, so it is always the
 * current place; nothing is stored.
 */
import { DATA, select } from '../lib/dom-names.ts';

/** The address of the same place in the other language: the link's page, with this page's query and fragment. */
export function samePlace(link: string, current: Pick<Location, 'search' | 'hash'>, keepQuery: boolean): string {
  const target = new URL(link, 'http://site.invalid');
  if (keepQuery) target.search = current.search;
  target.hash = current.hash;
  return `${target.pathname}${target.search}${target.hash}`;
}

export function initLanguageSwitch(): void {
  const keepQuery = document.querySelector(select(DATA.searchPage)) !== null;
  const follow = (event: Event) => {
    const link = event.target instanceof Element ? event.target.closest<HTMLAnchorElement>(select(DATA.languageSwitch)) : null;
    if (link) link.href = samePlace(link.getAttribute('href') ?? '', location, keepQuery);
  };
  // A click, a middle click (a new tab) or Enter all follow the link through these.
  document.addEventListener('click', follow);
  document.addEventListener('auxclick', follow);
}
