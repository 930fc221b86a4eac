/**
 * The /search/ page: its panel searches as the reader types and keeps the query in the address, so
 * the page can be shared; the A–Z index below is hidden while a search is shown.
 */
import { initSearchPanel } from './panel.ts';
import { DATA, select } from '../../lib/dom-names.ts';

export function initSearchPage(): void {
  const root = document.querySelector<HTMLElement>(`${select(DATA.searchPage)} ${select(DATA.searchPanel)}`);
  const browse = document.querySelector<HTMLElement>(select(DATA.searchBrowse));
  if (root) {
    const panel = initSearchPanel(root, {
      syncUrl: true,
      enterOpensFirstResult: false,
      // The A–Z index is for browsing; while a search is shown it would only push results down.
      onChange: (query) => browse?.toggleAttribute('hidden', query.trim() !== ''),
    });
    // A reader on this page came to search: the index starts loading now, not at the first key.
    panel.prepare();
  }
}
