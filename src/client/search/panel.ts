/**
 * Makes a search panel (SearchPanel.astro: a form with filters, a status line and a results list)
 * search as the reader types. Used by the header's search dialog and by the /search/ page.
 */
import { loadSearch, search } from './query.ts';
import { AUDIENCE_FILTERS, CONTENT_TYPES, type SearchFilters } from '../../lib/search/filters.ts';
import { landOn } from './mark-words.ts';
import styles from './search-panel.css?url';
import { loadStylesheet } from '../stylesheet.ts';

/** The panel's styles; the /search/ page links them itself, the dialog loads them before it opens. */
export const loadPanelStyles = () => loadStylesheet(styles);
import { renderMessage, renderOutcome, type ResultsView } from './render.ts';
import { searchPageParams } from '../../lib/search/url.ts';

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

const pick = <T extends string>(allowed: readonly T[], value: string | null | undefined): T | undefined => allowed.find((a) => a === value);

export function initSearchPanel(root: HTMLElement, options: PanelOptions) {
  const form = part<HTMLFormElement>(root, '[data-search-form]');
  const input = part<HTMLInputElement>(root, 'input[name="q"]');
  const list = part<HTMLElement>(root, '[data-search-results]');
  const view: ResultsView = { status: part(root, '[data-search-status]'), list };
  let latest = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  /** The query whose results are on screen, and the search that puts them there. */
  let shown = '';
  let pending: Promise<void> = Promise.resolve();

  const filters = (): SearchFilters => {
    const data = new FormData(form);
    return { type: pick(CONTENT_TYPES, data.get('type')?.toString()), audience: pick(AUDIENCE_FILTERS, data.get('audience')?.toString()) };
  };

  function run(): Promise<void> {
    clearTimeout(timer);
    timer = undefined;
    const query = input.value;
    const current = filters();
    const id = ++latest;
    if (options.syncUrl) syncAddress(query, current);
    options.onChange?.(query, current);
    shown = query;
    pending = (async () => {
      if (query.trim() === '') return renderMessage(view, '');
      try {
        const outcome = await search(query, current);
        if (id === latest) renderOutcome(view, outcome);
      } catch (error) {
        if (id !== latest) return;
        renderMessage(view, 'Search could not load. Check your connection and try again; the search page also lists every topic A–Z.');
        console.error(error);
      }
    })();
    return pending;
  }

  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(run, TYPING_PAUSE_MS);
  });
  form.addEventListener('change', (event) => {
    if (event.target !== input) void run();
  });
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    await (input.value !== shown || timer ? run() : pending);
    if (options.enterOpensFirstResult) list.querySelector<HTMLAnchorElement>('a')?.click();
  });

  root.addEventListener('keydown', (event) => moveWithArrows(event, input, list));
  list.addEventListener('click', (event) => {
    const target = event.target instanceof Element ? event.target : null;
    const suggestion = target?.closest<HTMLElement>('[data-search-suggestion]');
    if (suggestion) {
      input.value = suggestion.dataset['searchSuggestion'] ?? '';
      input.focus();
      void run();
      return;
    }
    const anchor = target?.closest('a');
    if (anchor && sameDocument(anchor) && !(event instanceof MouseEvent && (event.ctrlKey || event.metaKey || event.shiftKey))) {
      event.preventDefault();
      options.onSamePage?.();
      landOn(anchor.href);
    }
  });

  if (options.syncUrl) {
    const params = new URLSearchParams(location.search);
    // What the reader typed before this script loaded (or the page's own early script put there from
    // ?q=) stays: only an empty box takes the address's query.
    if (!input.value) input.value = params.get('q') ?? '';
    for (const name of ['type', 'audience']) {
      const value = params.get(name);
      const radio = form.querySelector<HTMLInputElement>(`input[name="${name}"][value="${CSS.escape(value ?? '')}"]`);
      if (radio) radio.checked = true;
    }
  }
  // The reader may have typed before this script loaded.
  if (input.value) void run();

  return {
    /** Starts loading the index, so the first search is quick. */
    prepare: () => void loadSearch().catch(() => undefined),
    /** Shows the results for `query`, as if typed. */
    search: (query: string) => {
      input.value = query;
      void run();
    },
  };
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
