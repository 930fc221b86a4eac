/**
 * The header's search control, on every page: opens the search dialog on click, "/" or Ctrl/Cmd+K
 * (not while the reader is typing in a field), keeps keyboard focus inside it, and returns focus
 * where it was on close (Escape, the close button or a click outside). On the /search/ page the
 * control goes to that page's own search box instead.
 *
 * Kept small because every page loads it: the search panel, the index and the landing highlighter
 * are imported only when needed.
 */
import { HIGHLIGHT_PARAM, searchPageParams } from '../../lib/search/url.ts';
import { loadStylesheet } from '../stylesheet.ts';
import dialogStyles from './search-dialog.css?url';
import { isSearchShortcut } from './shortcut.ts';

type Panel = Awaited<ReturnType<typeof import('./panel.ts').initSearchPanel>>;

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

  const control = document.querySelector<HTMLButtonElement>('[data-search-open]');
  const headerInput = document.querySelector<HTMLInputElement>('[data-search-header-input]');
  const dialog = document.querySelector<HTMLDialogElement>('[data-search-dialog]');
  const pageInput = document.querySelector<HTMLInputElement>('[data-search-page] input[name="q"]');
  if (!control) return;
  control.setAttribute('aria-haspopup', pageInput ? 'false' : 'dialog');

  let panel: Promise<Panel> | undefined;
  let opener: HTMLElement | null = null;
  /** True while closing to show a result on this page: focus goes to the result, not back to the opener. */
  let landing = false;
  const panelRoot = dialog?.querySelector<HTMLElement>('[data-search-panel]');
  const pageLink = dialog?.querySelector<HTMLAnchorElement>('[data-search-page-link]');

  const loadPanel = () =>
    (panel ??= import('./panel.ts').then(async ({ initSearchPanel, loadPanelStyles }) => {
      if (!panelRoot || !dialog) throw new Error('search dialog: panel missing');
      await loadPanelStyles();
      // Until its styles are in, the panel is there (typing can start) but not shown.
      panelRoot.dataset['ready'] = '';
      return initSearchPanel(panelRoot, {
        syncUrl: false,
        enterOpensFirstResult: true,
        onChange: (query, filters) => {
          const params = searchPageParams(query, filters).toString();
          if (pageLink) pageLink.search = params ? `?${params}` : '';
        },
        onSamePage: () => {
          landing = true;
          dialog.close();
        },
      });
    }));

  // The dialog's styles come with this module (after the page has loaded), well before most readers search.
  const styled = dialog ? loadStylesheet(dialogStyles) : Promise.resolve();

  function open() {
    if (pageInput) {
      pageInput.focus();
      pageInput.select();
      return;
    }
    if (dialog) void styled.then(() => show(dialog));
  }

  function show(dialog: HTMLDialogElement) {
    if (!dialog.open) {
      opener = document.activeElement instanceof HTMLElement && document.activeElement !== document.body ? document.activeElement : control;
      dialog.showModal(); // focuses the search box (autofocus), so typing can start before the panel loads
    }
    dialog.querySelector<HTMLInputElement>('input[name="q"]')?.select();
    loadPanel()
      .then((p) => {
        p.prepare();
        // Words typed into the header box (shown where the browser cannot tell whether scripts run) carry over.
        if (headerInput?.value) {
          p.search(headerInput.value);
          headerInput.value = '';
        }
      })
      .catch((error: unknown) => {
        panel = undefined; // try again on the next open
        console.error(error);
      });
  }

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

  if (!dialog) return;
  // Loading starts when the pointer or focus reaches the control, so the index is often ready on open.
  for (const type of ['pointerenter', 'focus'] as const)
    control.addEventListener(
      type,
      () =>
        void loadPanel().then(
          (p) => p.prepare(),
          () => undefined,
        ),
      { once: true },
    );
  dialog.querySelector('[data-search-close]')?.addEventListener('click', () => dialog.close());
  // A click on the backdrop closes it. The dialog element is also the target of clicks on its own
  // padding, so the click's position decides.
  dialog.addEventListener('click', (event) => {
    const box = dialog.getBoundingClientRect();
    const outside = event.clientX < box.left || event.clientX > box.right || event.clientY < box.top || event.clientY > box.bottom;
    if (event.target === dialog && outside) dialog.close();
  });
  dialog.addEventListener('close', () => {
    if (!landing) (opener?.isConnected ? opener : control).focus();
    landing = false;
  });
  dialog.addEventListener('keydown', (event) => {
    // In a search box Escape would first only clear the text; here it always closes, as readers expect of a dialog.
    if (event.key === 'Escape') {
      event.preventDefault();
      dialog.close();
      return;
    }
    // The rest of the page is inert while the dialog is open; this keeps Tab from leaving it for the browser's own controls.
    if (event.key !== 'Tab') return;
    const items = tabbables(dialog);
    const first = items[0];
    const last = items.at(-1);
    if (!first || !last) return;
    if (event.shiftKey && (document.activeElement === first || !dialog.contains(document.activeElement))) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first.focus();
    }
  });
}
