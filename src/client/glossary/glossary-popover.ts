/**
 * Shows a glossary term's short definition next to it: on hover (mouse), on keyboard focus, and
 * on a first tap (touch; a second tap follows the link to the glossary). Escape or a tap elsewhere
 * closes it. Without this script each term is an ordinary link to its glossary entry.
 *
 * Markup: links `a.glossary-term[data-term]` written by the glossary plugin, and one
 * `#glossary-popover[role=tooltip]` holding `.name`, `.definition` and `.hint` elements. The
 * definitions are loaded once, from `glossary.json`, when a reader first points at a term.
 */
import type { GlossaryDefinitions } from '../../lib/glossary.ts';
import { SITE_FILES, siteFile } from '../../lib/site.ts';
import styles from './glossary-popover.css?url';
import { loadStylesheet } from '../stylesheet.ts';

let definitions: Promise<GlossaryDefinitions> | undefined;

/** The glossary's definitions, fetched on first use; an empty set if they cannot be loaded (the link still works). */
function loadDefinitions(): Promise<GlossaryDefinitions> {
  definitions ??= fetch(siteFile(SITE_FILES.glossary))
    .then((response) => (response.ok ? (response.json() as Promise<GlossaryDefinitions>) : {}))
    .catch(() => ({}));
  return definitions;
}

export function enhanceGlossaryTerms(doc: Document = document): void {
  const popover = doc.getElementById('glossary-popover');
  const name = popover?.querySelector<HTMLElement>('.name');
  const definition = popover?.querySelector<HTMLElement>('.definition');
  const hint = popover?.querySelector<HTMLElement>('.hint');
  const terms = doc.querySelectorAll<HTMLAnchorElement>('a.glossary-term');
  if (!popover || !name || !definition || !hint || terms.length === 0) return;
  void loadStylesheet(styles);

  let current: HTMLAnchorElement | undefined;
  /** The term a tap has opened: the next tap on it follows the link. */
  let armed: HTMLAnchorElement | undefined;
  let lastPointer = 'mouse';
  let hideTimer: ReturnType<typeof setTimeout> | undefined;

  const show = (term: HTMLAnchorElement, touch: boolean) => {
    clearTimeout(hideTimer);
    if (current !== term) current?.removeAttribute('aria-describedby');
    current = term;
    const id = term.dataset['term'] ?? '';
    void loadDefinitions().then((all) => {
      if (current !== term) return; // the reader has moved on
      name.textContent = all[id]?.term ?? term.textContent;
      definition.textContent = all[id]?.definition ?? '';
      hint.hidden = !touch;
      popover.hidden = false;
      term.setAttribute('aria-describedby', popover.id);
      place(popover, term);
    });
  };
  const hide = () => {
    clearTimeout(hideTimer);
    popover.hidden = true;
    current?.removeAttribute('aria-describedby');
    current = armed = undefined;
  };
  // A short grace period lets the pointer travel from the term onto the popover (WCAG 1.4.13).
  const hideSoon = () => {
    clearTimeout(hideTimer);
    hideTimer = setTimeout(hide, 300);
  };

  for (const term of terms) {
    term.addEventListener('pointerenter', (event) => event.pointerType === 'mouse' && show(term, false));
    term.addEventListener('pointerleave', (event) => event.pointerType === 'mouse' && doc.activeElement !== term && hideSoon());
    term.addEventListener('focus', () => show(term, lastPointer !== 'mouse'));
    term.addEventListener('blur', hideSoon);
    term.addEventListener('click', (event) => {
      // detail is 0 for a click made with the keyboard (Enter), which always follows the link.
      if (event.detail === 0 || lastPointer === 'mouse' || armed === term) return;
      event.preventDefault();
      show(term, true);
      armed = term;
    });
  }
  popover.addEventListener('pointerenter', () => clearTimeout(hideTimer));
  popover.addEventListener('pointerleave', hideSoon);
  doc.addEventListener(
    'pointerdown',
    (event) => {
      lastPointer = event.pointerType;
      const target = event.target as Node | null;
      if (!popover.hidden && !current?.contains(target) && !popover.contains(target)) hide();
    },
    true,
  );
  doc.addEventListener('keydown', (event) => event.key === 'Escape' && !popover.hidden && hide());
  addEventListener('resize', hide);
}

/** Below the term, or above it when there is no room below; always inside the viewport. */
function place(popover: HTMLElement, term: HTMLElement): void {
  const gap = 6;
  const margin = 8;
  const box = term.getBoundingClientRect();
  const { width, height } = popover.getBoundingClientRect();
  const below = box.bottom + gap + height <= innerHeight || box.top < height + gap;
  const top = below ? box.bottom + gap : box.top - gap - height;
  const left = Math.min(Math.max(box.left, margin), Math.max(margin, document.documentElement.clientWidth - width - margin));
  // CSSOM writes, not a style attribute: allowed under a Content-Security-Policy without 'unsafe-inline'.
  popover.style.top = `${top + scrollY}px`;
  popover.style.left = `${left + scrollX}px`;
}
