/**
 * The one script every page loads. What must act before the reader sees the page runs here: the
 * copy-link buttons and the theme switch (added later, they would move the text), then the landing
 * offset under the header and old fragments (anchors/fragment-landing.ts). Everything else (the search dialog, the
 * current section in the contents, glossary and citation previews, copy buttons, print) is one more
 * module, fetched once the page has loaded, so it costs the first view nothing. Until then the
 * header's search button brings the dialog as soon as that module is in.
 */
import { DATA, select } from '../lib/dom-names.ts';
import { initCopyLinks } from './anchors/copy-links.ts';
import { initLanding } from './anchors/fragment-landing.ts';
import { followMovedPage } from './anchors/moved-page.ts';
import { isSearchShortcut } from './search/shortcut.ts';
import { initThemeToggle } from './theme.ts';
import { initLanguageSwitch } from './language-switch.ts';

export function startPage(): void {
  if (followMovedPage()) return;
  // Copy-link buttons sit in headings and takeaways: added later, they would move the text a reader
  // has just landed on.
  initCopyLinks();
  initLanding();
  initThemeToggle();
  initLanguageSwitch();
  // A shared /search/?q= link searches at once; its module loads now, not after the page.
  if (document.querySelector(select(DATA.searchPage))) void import('./search/search-page.ts').then((m) => m.initSearchPage());

  // A reader who asks for search before the enhancements have loaded gets the dialog as soon as they have.
  const control = document.querySelector(select(DATA.searchOpen));
  let asked = false;
  let loading: Promise<void> | undefined;
  // The early listeners stay until the dialog's own are in place, so no click falls between the two.
  const start = () =>
    (loading ??= import('./enhance.ts').then((m) => {
      control?.removeEventListener('click', ask);
      removeEventListener('keydown', askByKey);
      m.enhancePage(asked);
    }));
  const ask = (event: Event) => {
    event.preventDefault();
    asked = true;
    void start();
  };
  const askByKey = (event: KeyboardEvent) => isSearchShortcut(event) && ask(event);
  control?.addEventListener('click', ask);
  addEventListener('keydown', askByKey);
  afterLoad(() => void start());
}

/** Runs `work` once the page has loaded (at once if it already has), when the browser is idle. */
function afterLoad(work: () => void): void {
  const idle = () => ('requestIdleCallback' in window ? requestIdleCallback(() => work(), { timeout: 1000 }) : setTimeout(work, 0));
  if (document.readyState === 'complete') idle();
  else addEventListener('load', idle, { once: true });
}
