/**
 * Enhancements that can wait until the page has loaded (client/start-page.ts loads this module then): none
 * of them changes the layout of what is already on screen.
 * Each one looks for its own markup and does nothing on a page without it; without JavaScript the
 * page reads the same, with plain links instead.
 */
import { initCitationPreviews } from './citations/citation-preview.ts';
import { initContents } from './contents/current-section.ts';
import { initCopyButtons } from './citations/copy-citation.ts';
import { enhanceGlossaryTerms } from './glossary/glossary-popover.ts';
import { openDetailsWhenPrinting } from './print.ts';
import { initSearchDialog } from './search/dialog.ts';

/** `openSearch`: the reader asked for the search dialog before this module had loaded. */
export function enhancePage(openSearch = false): void {
  initSearchDialog(openSearch);
  initContents();
  enhanceGlossaryTerms();
  initCitationPreviews();
  initCopyButtons();
  openDetailsWhenPrinting();
}
