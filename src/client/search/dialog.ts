/**
 * The header's search control, on every page: opens the search dialog on click, "/" or Ctrl/Cmd+K
 * (not while the reader is typing in a field), keeps keyboard focus inside it, and returns focus
 * where it was on close (Escape, the close button or a click outside). On the /search/ page the
 * control goes to that page's own search box instead.
 *
 * Kept small because every page loads it: the search panel, the index and the landing highlighter
 * are imported only when needed.
 */
import { DATA, select } from '../../lib/dom-names.ts';
import { HIGHLIGHT_PARAM, QUERY_INPUT, searchPageParams } from '../../lib/search/url.ts';
import { loadStylesheet } from '../stylesheet.ts';
import dialogStyles from './search-dialog.css?url';
import { isSearchShortcut } from './shortcut.ts';

type Panel = Awaited<ReturnType<typeof import('./panel.ts').initSearchPanel>>;

/** The header's dialog and what it needs while open. */
interface SearchDialog {
  element: HTMLDialogElement;
  control: HTMLButtonElement;
  panelRoot: HTMLElement | null;
  pageLink: HTMLAnchorElement | null;
  /** The header's own box, shown where the browser cannot tell whether scripts run. */
  headerInput: HTMLInputElement | null;
  panel: Promise<Panel> | undefined;
  /** The dialog's styles, loaded with this module, well before most readers search. */
  styled: Promise<void>;
  /** Where focus was when the dialog opened; it goes back there on close. */
  opener: HTMLElement | null;
  /** True while closing to show a result on this page: focus goes to the result, not back to the opener. */
  landing: boolean;
}

/** What can take focus with Tab: of a radio group, only the checked (or first) radio. */
function tabbables(container: HTMLElement): HTMLElement[] {
  const candidates = container.querySelectorAll<HTMLElement>(
    'a[href], button:not([disabled]), input:not([disabled]), select, textarea, [tabindex]:not([tabindex="-1"])',
  );
  return [...candidates].filter((el) => {
    if (!el.checkVisibility()) return false;
    if (!(el instanceof HTMLInputElement) || el.type !== 'radio') return true;
    const group = [...container.querySelectorAll<HTMLInputElement>(`input[type="radio"][name="${CSS.escape(el.name)}"]`)];
    return el.checked || (!group.some((r) => r.checked) && group[0] === el);
  });
}

/**
 * Makes the header's search control open the dialog. `openNow`: the reader already asked for it
 * (a click or a shortcut the page script answered before this module loaded).
 */
export function initSearchDialog(openNow = false): void {
  if (new URLSearchParams(location.search).has(HIGHLIGHT_PARAM)) {
    void import('./mark-words.ts').then((m) => m.highlightOnLanding());
  }
  const control = document.querySelector<HTMLButtonElement>(select(DATA.searchOpen));
  if (!control) return;
  // On the /search/ page the control goes to that page's own search box.
  const pageInput = document.querySelector<HTMLInputElement>(`${select(DATA.searchPage)} ${QUERY_INPUT}`);
  control.setAttribute('aria-haspopup', pageInput ? 'false' : 'dialog');
  const element = document.querySelector<HTMLDialogElement>(select(DATA.searchDialog));
  const dialog = element ? searchDialog(element, control) : undefined;
  const open = () => {
    if (pageInput) {
      pageInput.focus();
      pageInput.select();
    } else if (dialog) void dialog.styled.then(() => show(dialog));
  };
  control.addEventListener('click', (event) => {
    event.preventDefault();
    open();
  });
  document.addEventListener('keydown', (event) => {
    if (!isSearchShortcut(event)) return;
    event.preventDefault();
    open();
  });
  if (openNow) open();
}

/** The dialog, wired: loading starts when the pointer or focus reaches the control, so the index is often ready on open. */
function searchDialog(element: HTMLDialogElement, control: HTMLButtonElement): SearchDialog {
  const dialog: SearchDialog = {
    element,
    control,
    panelRoot: element.querySelector<HTMLElement>(select(DATA.searchPanel)),
    pageLink: element.querySelector<HTMLAnchorElement>(select(DATA.searchPageLink)),
    headerInput: document.querySelector<HTMLInputElement>(select(DATA.searchHeaderInput)),
    panel: undefined,
    styled: loadStylesheet(dialogStyles),
    opener: null,
    landing: false,
  };
  for (const type of ['pointerenter', 'focus'] as const) {
    control.addEventListener(
      type,
      () =>
        void loadPanel(dialog).then(
          (p) => p.prepare(),
          () => undefined,
        ),
      { once: true },
    );
  }
  watchDialog(dialog);
  return dialog;
}

/** The search panel inside the dialog, loaded once (its module and styles). */
function loadPanel(dialog: SearchDialog): Promise<Panel> {
  dialog.panel ??= import('./panel.ts').then(async ({ initSearchPanel, loadPanelStyles }) => {
    const root = dialog.panelRoot;
    if (!root) throw new Error('search dialog: panel missing');
    await loadPanelStyles();
    // Until its styles are in, the panel is there (typing can start) but not shown.
    root.setAttribute(DATA.searchReady, '');
    return initSearchPanel(root, {
      syncUrl: false,
      enterOpensFirstResult: true,
      onChange: (query, filters) => {
        const params = searchPageParams(query, filters).toString();
        if (dialog.pageLink) dialog.pageLink.search = params ? `?${params}` : '';
      },
      onSamePage: () => {
        dialog.landing = true;
        dialog.element.close();
      },
    });
  });
  return dialog.panel;
}

function show(dialog: SearchDialog): void {
  const { element, control, headerInput } = dialog;
  if (!element.open) {
    const active = document.activeElement;
    dialog.opener = active instanceof HTMLElement && active !== document.body ? active : control;
    element.showModal(); // focuses the search box (autofocus), so typing can start before the panel loads
  }
  element.querySelector<HTMLInputElement>(QUERY_INPUT)?.select();
  loadPanel(dialog)
    .then((panel) => {
      panel.prepare();
      // Words typed into the header box carry over.
      if (headerInput?.value) {
        panel.search(headerInput.value);
        headerInput.value = '';
      }
    })
    .catch((error: unknown) => {
      dialog.panel = undefined; // try again on the next open
      console.error(error);
    });
}

/** Escape, the close button or a click on the backdrop close it; focus goes back where it was; Tab stays inside. */
function watchDialog(dialog: SearchDialog): void {
  const { element, control } = dialog;
  element.querySelector(select(DATA.searchClose))?.addEventListener('click', () => element.close());
  // The dialog element is also the target of clicks on its own padding, so the click's position decides.
  element.addEventListener('click', (event) => {
    const box = element.getBoundingClientRect();
    const outside = event.clientX < box.left || event.clientX > box.right || event.clientY < box.top || event.clientY > box.bottom;
    if (event.target === element && outside) element.close();
  });
  element.addEventListener('close', () => {
    if (!dialog.landing) (dialog.opener?.isConnected ? dialog.opener : control).focus();
    dialog.landing = false;
  });
  element.addEventListener('keydown', (event) => {
    // In a search box Escape would first only clear the text; here it always closes, as readers expect of a dialog.
    if (event.key === 'Escape') {
      event.preventDefault();
      element.close();
    } else if (event.key === 'Tab') keepTabInside(element, event);
  });
}

/** The rest of the page is inert while the dialog is open; this keeps Tab from leaving it for the browser's own controls. */
function keepTabInside(element: HTMLDialogElement, event: KeyboardEvent): void {
  const items = tabbables(element);
  const first = items[0];
  const last = items.at(-1);
  if (!first || !last) return;
  if (event.shiftKey && (document.activeElement === first || !element.contains(document.activeElement))) {
    event.preventDefault();
    last.focus();
  } else if (!event.shiftKey && document.activeElement === last) {
    event.preventDefault();
    first.focus();
  }
}
