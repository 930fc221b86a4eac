/**
 * Turns each citation (`a.citation-ref`, a plain link to `#ref-<key>`) into a preview of its
 * reference, copied from the page's own reference list:
 * - mouse: hovering opens it; clicking still jumps to the entry;
 * - keyboard (Enter), touch (tap) and screen readers: activating opens it and moves focus in;
 * - Escape, a click or tap outside, or the close button shut it, and focus goes back to the citation.
 * The native Popover API gives the top layer, light dismiss and Escape; where it is missing the
 * script does nothing and citations stay plain links.
 */
import { referenceAnchor } from '../../lib/citation-data.ts';
import styles from './citation-preview.css?url';
import { loadStylesheet } from '../stylesheet.ts';

const HOVER_OPEN_MS = 250;
const HOVER_CLOSE_MS = 300;
/** Below this width the preview is a sheet along the bottom of the screen. */
const SHEET_QUERY = '(max-width: 40rem)';

/** Enhances the page's citations, when it has any and the browser has the Popover API. */
export function initCitationPreviews(): void {
  const template = document.querySelector<HTMLTemplateElement>('#citation-preview-template');
  const citations = document.querySelectorAll<HTMLAnchorElement>('a.citation-ref[data-ref]');
  if (template && citations.length > 0 && 'popover' in HTMLElement.prototype) {
    void loadStylesheet(styles);
    enhance(template.content.firstElementChild?.cloneNode(true) as HTMLElement, citations);
  }
}

function enhance(preview: HTMLElement, citations: NodeListOf<HTMLAnchorElement>): void {
  const sheet = window.matchMedia(SHEET_QUERY);
  document.body.append(preview);
  const heading = preview.querySelector<HTMLElement>('[data-heading]');
  const body = preview.querySelector<HTMLElement>('[data-body]');
  const goto = preview.querySelector<HTMLAnchorElement>('[data-goto]');
  let trigger: HTMLAnchorElement | undefined;
  /** Focus returns to the citation only if the preview took it (keyboard, tap). */
  let returnFocus = false;
  let timer: number | undefined;
  let lastPointer = '';

  const isOpen = () => preview.matches(':popover-open');
  const later = (ms: number, action: () => void) => {
    window.clearTimeout(timer);
    timer = window.setTimeout(action, ms);
  };

  function open(link: HTMLAnchorElement, takeFocus: boolean): void {
    window.clearTimeout(timer);
    if (!(isOpen() && trigger === link)) {
      if (isOpen()) preview.hidePopover();
      const key = link.dataset['ref'] ?? '';
      const entry = document.getElementById(referenceAnchor(key))?.querySelector('[data-reference-entry]');
      if (!entry || !heading || !body || !goto) return;
      const number = link.textContent?.trim() ?? '';
      heading.textContent = `Reference ${number}`;
      body.replaceChildren(entry.cloneNode(true));
      goto.href = `#${referenceAnchor(key)}`;
      goto.textContent = `Go to reference ${number} in the list`;
      trigger = link;
      returnFocus = false;
      // `source` makes the citation the popover's invoker: Tab from the preview's last link goes on
      // to what follows the citation, not to the end of the page where the preview sits.
      preview.showPopover({ source: link });
      place(link);
      link.setAttribute('aria-expanded', 'true');
    }
    if (takeFocus) {
      returnFocus = true;
      preview.focus();
    }
  }

  /** Under the citation (or above it when there is no room), inside the viewport; a bottom sheet on phones. */
  function place(link: HTMLAnchorElement): void {
    preview.toggleAttribute('data-sheet', sheet.matches);
    if (sheet.matches) {
      preview.style.removeProperty('top');
      preview.style.removeProperty('left');
      return;
    }
    const at = link.getBoundingClientRect();
    const { offsetWidth: width, offsetHeight: height } = preview;
    const gap = 6;
    const below = at.bottom + gap + height <= window.innerHeight || at.top - gap - height < 0;
    const top = below ? at.bottom + gap : at.top - gap - height;
    const left = Math.min(Math.max(at.left - width / 2, gap), document.documentElement.clientWidth - width - gap);
    preview.style.top = `${top + window.scrollY}px`;
    preview.style.left = `${left + window.scrollX}px`;
  }

  /**
   * True when focus went to another control of the reader's choosing (by Tab or by clicking it),
   * rather than dropping to the page (a click on text lands on <body> or on <main tabindex="-1">).
   */
  const movedOn = (to: Element | null) => to instanceof HTMLElement && to !== trigger && !preview.contains(to) && to.tabIndex >= 0;

  preview.addEventListener('toggle', (event) => {
    if ((event as ToggleEvent).newState !== 'closed' || !trigger) return;
    trigger.setAttribute('aria-expanded', 'false');
    if (returnFocus && !movedOn(document.activeElement)) trigger.focus();
  });
  // Tabbing out of the preview closes it; focus stays where the reader sent it.
  preview.addEventListener('focusout', (event) => {
    if (movedOn(event.relatedTarget as Element | null)) {
      returnFocus = false;
      preview.hidePopover();
    }
  });
  preview.querySelector('[data-close]')?.addEventListener('click', () => preview.hidePopover());
  goto?.addEventListener('click', () => {
    returnFocus = false;
    preview.hidePopover();
  });
  preview.addEventListener('pointerenter', () => window.clearTimeout(timer));
  preview.addEventListener('pointerleave', (event) => {
    if (event.pointerType === 'mouse' && !returnFocus) later(HOVER_CLOSE_MS, () => preview.hidePopover());
  });

  for (const link of citations) {
    link.setAttribute('aria-haspopup', 'dialog');
    link.setAttribute('aria-expanded', 'false');
    link.setAttribute('aria-controls', preview.id);
    link.addEventListener('pointerdown', (event) => (lastPointer = event.pointerType));
    link.addEventListener('pointerenter', (event) => {
      if (event.pointerType === 'mouse') later(HOVER_OPEN_MS, () => open(link, false));
    });
    link.addEventListener('pointerleave', (event) => {
      if (event.pointerType === 'mouse' && !returnFocus) later(HOVER_CLOSE_MS, () => isOpen() && trigger === link && preview.hidePopover());
    });
    link.addEventListener('click', (event) => {
      const pointer = lastPointer;
      lastPointer = '';
      // A mouse click (and any click meant for a new tab) jumps to the entry as a link does; the
      // preview was already there on hover.
      if (pointer === 'mouse' || event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) {
        if (isOpen()) preview.hidePopover();
        return;
      }
      event.preventDefault();
      open(link, true);
    });
  }
}
