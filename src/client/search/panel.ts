/**
 * Makes a search panel (SearchPanel.astro: a form with filters, a status line and a results list)
 * search as the reader types. Used by the header's search dialog and by the /search/ page.
 */
import { DATA, select } from '../../lib/dom-names.ts';
import { AUDIENCE_FILTERS, CONTENT_TYPES, type SearchFilters } from '../../lib/search/filters.ts';
import { QUERY_INPUT, SEARCH_PARAMS, searchPageParams } from '../../lib/search/url.ts';
import { loadStylesheet } from '../stylesheet.ts';
import { landOn } from './mark-words.ts';
import { loadSearch, search } from './query.ts';
import { renderMessage, renderOutcome, type ResultsView } from './render.ts';
import styles from './search-panel.css?url';
import { searchWords } from './words.ts';

/** The panel's styles; the /search/ page links them itself, the dialog loads them before it opens. */
export const loadPanelStyles = () => loadStylesheet(styles);

export interface PanelOptions {
  /** Keep `?q=`, `?type=` and `?audience=` in the address bar, so the page can be shared (the /search/ page). */
  syncUrl: boolean;
  /** Enter opens the first result (the dialog); otherwise Enter only searches (the page). */
  enterOpensFirstResult: boolean;
  /** Called whenever the query or a filter changes. */
  onChange?: (query: string, filters: SearchFilters) => void;
  /** Called before a result on the current page is shown (the dialog closes itself). */
  onSamePage?: () => void;
}

/**
 * Wait this long after the last keystroke before searching, so a burst of typing is one search (and
 * one set of index chunks), not one per key; short enough that results follow the typing.
 */
const TYPING_PAUSE_MS = 60;

/** A panel's parts, and the search it is showing. */
interface Panel {
  form: HTMLFormElement;
  input: HTMLInputElement;
  list: HTMLElement;
  view: ResultsView;
  options: PanelOptions;
  /** Counts searches, so only the latest one's results are shown. */
  latest: number;
  timer: ReturnType<typeof setTimeout> | undefined;
  /** The query whose results are on screen, and the search that puts them there. */
  shown: string;
  pending: Promise<void>;
}

const pick = <T extends string>(allowed: readonly T[], value: string | null | undefined): T | undefined => allowed.find((a) => a === value);

export function initSearchPanel(root: HTMLElement, options: PanelOptions) {
  const list = part<HTMLElement>(root, select(DATA.searchResults));
  const panel: Panel = {
    form: part<HTMLFormElement>(root, select(DATA.searchForm)),
    input: part<HTMLInputElement>(root, QUERY_INPUT),
    list,
    view: { status: part(root, select(DATA.searchStatus)), list },
    options,
    latest: 0,
    timer: undefined,
    shown: '',
    pending: Promise.resolve(),
  };
  watchForm(panel, root);
  watchResults(panel);
  if (options.syncUrl) readAddress(panel);
  // The reader may have typed before this script loaded.
  if (panel.input.value) void run(panel);

  return {
    /** Starts loading the index, so the first search is quick. */
    prepare: () => void loadSearch().catch(() => undefined),
    /** Shows the results for `query`, as if typed. */
    search: (query: string) => {
      panel.input.value = query;
      void run(panel);
    },
  };
}

function filtersOf(form: HTMLFormElement): SearchFilters {
  const data = new FormData(form);
  const value = (name: string) => data.get(name)?.toString();
  return { type: pick(CONTENT_TYPES, value(SEARCH_PARAMS.type)), audience: pick(AUDIENCE_FILTERS, value(SEARCH_PARAMS.audience)) };
}

/** Searches for what the box holds now, with the chosen filters, and shows the results unless a newer search has started. */
function run(panel: Panel): Promise<void> {
  clearTimeout(panel.timer);
  panel.timer = undefined;
  const query = panel.input.value;
  const filters = filtersOf(panel.form);
  const id = ++panel.latest;
  if (panel.options.syncUrl) syncAddress(query, filters);
  panel.options.onChange?.(query, filters);
  panel.shown = query;
  panel.pending = (async () => {
    if (query.trim() === '') return renderMessage(panel.view, '');
    try {
      const outcome = await search(query, filters);
      if (id === panel.latest) renderOutcome(panel.view, outcome);
    } catch (error) {
      if (id !== panel.latest) return;
      renderMessage(panel.view, searchWords().couldNotLoad);
      console.error(error);
    }
  })();
  return panel.pending;
}

/** Typing searches after a pause, a filter at once; Enter searches (and in the dialog opens the first result); arrows move. */
function watchForm(panel: Panel, root: HTMLElement): void {
  const { form, input, list } = panel;
  input.addEventListener('input', () => {
    clearTimeout(panel.timer);
    panel.timer = setTimeout(() => void run(panel), TYPING_PAUSE_MS);
  });
  form.addEventListener('change', (event) => {
    if (event.target !== input) void run(panel);
  });
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    await (input.value !== panel.shown || panel.timer ? run(panel) : panel.pending);
    if (panel.options.enterOpensFirstResult) list.querySelector<HTMLAnchorElement>('a')?.click();
  });
  root.addEventListener('keydown', (event) => moveWithArrows(event, input, list));
}

/** A suggested term searches for it; a result on the page already shown lands there without reloading. */
function watchResults(panel: Panel): void {
  panel.list.addEventListener('click', (event) => {
    const target = event.target instanceof Element ? event.target : null;
    const suggestion = target?.closest<HTMLElement>(select(DATA.searchSuggestion));
    if (suggestion) {
      panel.input.value = suggestion.getAttribute(DATA.searchSuggestion) ?? '';
      panel.input.focus();
      void run(panel);
      return;
    }
    const anchor = target?.closest('a');
    if (anchor && sameDocument(anchor) && !(event instanceof MouseEvent && (event.ctrlKey || event.metaKey || event.shiftKey))) {
      event.preventDefault();
      panel.options.onSamePage?.();
      landOn(anchor.href);
    }
  });
}

/**
 * The query and filters of the address. What the reader typed before this script loaded (or the
 * page's own early script put there from ?q=) stays: only an empty box takes the address's query.
 */
function readAddress(panel: Panel): void {
  const params = new URLSearchParams(location.search);
  if (!panel.input.value) panel.input.value = params.get(SEARCH_PARAMS.query) ?? '';
  for (const name of [SEARCH_PARAMS.type, SEARCH_PARAMS.audience]) {
    const value = params.get(name);
    const radio = panel.form.querySelector<HTMLInputElement>(`input[name="${name}"][value="${CSS.escape(value ?? '')}"]`);
    if (radio) radio.checked = true;
  }
}

function part<T extends Element>(root: HTMLElement, selector: string): T {
  const found = root.querySelector<T>(selector);
  if (!found) throw new Error(`search panel: no ${selector} inside it (see SearchPanel.astro)`);
  return found;
}

/** True when the link goes to the page already shown (only the query and fragment differ). */
function sameDocument(anchor: HTMLAnchorElement): boolean {
  const url = new URL(anchor.href);
  return url.origin === location.origin && url.pathname === location.pathname;
}

/** Arrow keys move between the search box and the result links. */
function moveWithArrows(event: KeyboardEvent, input: HTMLInputElement, list: HTMLElement) {
  if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
  const links = [...list.querySelectorAll<HTMLElement>('a, button')];
  const at = links.indexOf(document.activeElement as HTMLElement);
  if (document.activeElement !== input && at === -1) return;
  const next = event.key === 'ArrowDown' ? (at === -1 ? 0 : at + 1) : at - 1;
  const target = next < 0 ? input : links[next];
  if (!target) return;
  event.preventDefault();
  target.focus();
}

function syncAddress(query: string, filters: SearchFilters) {
  const url = new URL(location.href);
  url.search = searchPageParams(query, filters).toString();
  history.replaceState(history.state, '', url);
}
