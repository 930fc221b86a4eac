/**
 * Turns each citation (`a.citation-ref[data-ref]`, a plain link to `#ref-<key>`) into a preview of its
 * reference, copied from the page's own reference list:
 * - mouse: hovering opens it; clicking still jumps to the entry;
 * - keyboard (Enter), touch (tap) and screen readers: activating opens it and moves focus in;
 * - Escape, a click or tap outside, or the close button shut it, and focus goes back to the citation.
 * The native Popover API gives the top layer, light dismiss and Escape; where it is missing the
 * script does nothing and citations stay plain links.
 */
import { referenceAnchor } from '../../lib/citation-data.ts';
import { CLASS, DATA, ID, select } from '../../lib/dom-names.ts';
import styles from './citation-preview.css?url';
import { loadStylesheet } from '../stylesheet.ts';
import { citationWords } from './words.ts';

const HOVER_OPEN_MS = 250;
const HOVER_CLOSE_MS = 300;
/** Below this width the preview is a sheet along the bottom of the screen. */
const SHEET_QUERY = '(max-width: 40rem)';

/** The one preview on the page, and what it is showing. */
interface Preview {
  element: HTMLElement;
  heading: HTMLElement;
  body: HTMLElement;
  goto: HTMLAnchorElement;
  sheet: MediaQueryList;
  /** The citation it was opened from. */
  trigger: HTMLAnchorElement | undefined;
  /** Focus returns to the citation only if the preview took it (keyboard, tap). */
  returnFocus: boolean;
  timer: number | undefined;
  /** The kind of pointer that pressed a citation last: a mouse click follows the link. */
  lastPointer: string;
}

/** Enhances the page's citations, when it has any and the browser has the Popover API. */
export function initCitationPreviews(): void {
  const template = document.getElementById(ID.citationPreviewTemplate);
  const citations = document.querySelectorAll<HTMLAnchorElement>(`a.${CLASS.citedNumber}${select(DATA.citedKey)}`);
  if (!(template instanceof HTMLTemplateElement) || citations.length === 0 || !('popover' in HTMLElement.prototype)) return;
  const preview = previewOf(template.content.firstElementChild?.cloneNode(true));
  if (!preview) return;
  void loadStylesheet(styles);
  document.body.append(preview.element);
  watchPreview(preview);
  for (const link of citations) watchCitation(preview, link);
}

/** The preview's parts, from its template; undefined when the template is not the one CitationPreview.astro writes. */
function previewOf(element: Node | undefined): Preview | undefined {
  if (!(element instanceof HTMLElement)) return undefined;
  const heading = element.querySelector<HTMLElement>(select(DATA.previewHeading));
  const body = element.querySelector<HTMLElement>(select(DATA.previewBody));
  const goto = element.querySelector<HTMLAnchorElement>(select(DATA.previewGoto));
  if (!heading || !body || !goto) return undefined;
  const sheet = window.matchMedia(SHEET_QUERY);
  return { element, heading, body, goto, sheet, trigger: undefined, returnFocus: false, timer: undefined, lastPointer: '' };
}

const isOpen = (preview: Preview) => preview.element.matches(':popover-open');

function later(preview: Preview, ms: number, action: () => void): void {
  window.clearTimeout(preview.timer);
  preview.timer = window.setTimeout(action, ms);
}

/** Shows the reference `link` cites; `takeFocus` moves focus into the preview (keyboard, tap). */
function open(preview: Preview, link: HTMLAnchorElement, takeFocus: boolean): void {
  window.clearTimeout(preview.timer);
  if (!(isOpen(preview) && preview.trigger === link)) {
    if (isOpen(preview)) preview.element.hidePopover();
    if (!fill(preview, link)) return;
    preview.trigger = link;
    preview.returnFocus = false;
    // `source` makes the citation the popover's invoker: Tab from the preview's last link goes on
    // to what follows the citation, not to the end of the page where the preview sits.
    preview.element.showPopover({ source: link });
    place(preview, link);
    link.setAttribute('aria-expanded', 'true');
  }
  if (takeFocus) {
    preview.returnFocus = true;
    preview.element.focus();
  }
}

/** Copies the cited entry from the page's reference list into the preview; false when the page has no such entry. */
function fill(preview: Preview, link: HTMLAnchorElement): boolean {
  const key = link.getAttribute(DATA.citedKey) ?? '';
  const entry = document.getElementById(referenceAnchor(key))?.querySelector(select(DATA.referenceEntry));
  if (!entry) return false;
  const number = link.textContent?.trim() ?? '';
  const words = citationWords();
  preview.heading.textContent = words.reference(number);
  preview.body.replaceChildren(entry.cloneNode(true));
  preview.goto.href = `#${referenceAnchor(key)}`;
  preview.goto.textContent = words.goToReference(number);
  return true;
}

/** Under the citation (or above it when there is no room), inside the viewport; a bottom sheet on phones. */
function place(preview: Preview, link: HTMLAnchorElement): void {
  const { element } = preview;
  element.toggleAttribute(DATA.previewSheet, preview.sheet.matches);
  if (preview.sheet.matches) {
    element.style.removeProperty('top');
    element.style.removeProperty('left');
    return;
  }
  const at = link.getBoundingClientRect();
  const { offsetWidth: width, offsetHeight: height } = element;
  const gap = 6;
  const below = at.bottom + gap + height <= window.innerHeight || at.top - gap - height < 0;
  const top = below ? at.bottom + gap : at.top - gap - height;
  const left = Math.min(Math.max(at.left - width / 2, gap), document.documentElement.clientWidth - width - gap);
  element.style.top = `${top + window.scrollY}px`;
  element.style.left = `${left + window.scrollX}px`;
}

/**
 * True when focus went to another control of the reader's choosing (by Tab or by clicking it),
 * rather than dropping to the page (a click on text lands on <body> or on <main tabindex="-1">).
 */
const movedOn = (preview: Preview, to: Element | null) =>
  to instanceof HTMLElement && to !== preview.trigger && !preview.element.contains(to) && to.tabIndex >= 0;

/** Closing gives focus back to the citation when the preview had taken it; Tab out, the close button and "Go to" close it. */
function watchPreview(preview: Preview): void {
  const { element } = preview;
  element.addEventListener('toggle', (event) => {
    if ((event as ToggleEvent).newState !== 'closed' || !preview.trigger) return;
    preview.trigger.setAttribute('aria-expanded', 'false');
    if (preview.returnFocus && !movedOn(preview, document.activeElement)) preview.trigger.focus();
  });
  // Tabbing out of the preview closes it; focus stays where the reader sent it.
  element.addEventListener('focusout', (event) => {
    if (movedOn(preview, event.relatedTarget as Element | null)) {
      preview.returnFocus = false;
      element.hidePopover();
    }
  });
  element.querySelector(select(DATA.previewClose))?.addEventListener('click', () => element.hidePopover());
  preview.goto.addEventListener('click', () => {
    preview.returnFocus = false;
    element.hidePopover();
  });
  element.addEventListener('pointerenter', () => window.clearTimeout(preview.timer));
  element.addEventListener('pointerleave', (event) => {
    if (event.pointerType === 'mouse' && !preview.returnFocus) later(preview, HOVER_CLOSE_MS, () => element.hidePopover());
  });
}

/** A mouse hovering the citation opens the preview; a tap or Enter opens it and moves focus in. */
function watchCitation(preview: Preview, link: HTMLAnchorElement): void {
  link.setAttribute('aria-haspopup', 'dialog');
  link.setAttribute('aria-expanded', 'false');
  link.setAttribute('aria-controls', preview.element.id);
  link.addEventListener('pointerdown', (event) => (preview.lastPointer = event.pointerType));
  link.addEventListener('pointerenter', (event) => {
    if (event.pointerType === 'mouse') later(preview, HOVER_OPEN_MS, () => open(preview, link, false));
  });
  link.addEventListener('pointerleave', (event) => {
    if (event.pointerType === 'mouse' && !preview.returnFocus)
      later(preview, HOVER_CLOSE_MS, () => isOpen(preview) && preview.trigger === link && preview.element.hidePopover());
  });
  link.addEventListener('click', (event) => {
    const pointer = preview.lastPointer;
    preview.lastPointer = '';
    // A mouse click (and any click meant for a new tab) jumps to the entry as a link does; the
    // preview was already there on hover.
    if (pointer === 'mouse' || event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) {
      if (isOpen(preview)) preview.element.hidePopover();
      return;
    }
    event.preventDefault();
    open(preview, link, true);
  });
}
