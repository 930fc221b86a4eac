/**
 * Shows a glossary term's short definition next to it: on hover (mouse), on keyboard focus, and
 * on a first tap (touch; a second tap follows the link to the glossary). Escape or a tap elsewhere
 * closes it. Without this script each term is an ordinary link to its glossary entry.
 *
 * Markup: links `a.glossary-term[data-term]` written by the glossary plugin, and one
 * `#glossary-popover[role=tooltip]` holding `.name`, `.definition` and `.hint` elements (the names
 * are in lib/dom-names.ts). The
 * definitions are loaded once, from `glossary.json`, when a reader first points at a term.
 */
import type { GlossaryDefinitions } from '../../lib/glossary.ts';
import { CLASS, DATA, ID } from '../../lib/dom-names.ts';
import { SITE_FILES, siteFile } from '../../lib/site.ts';
import styles from './glossary-popover.css?url';
import { loadStylesheet } from '../stylesheet.ts';
import { pageLocale } from '../page-locale.ts';

let definitions: Promise<GlossaryDefinitions> | undefined;

/** The glossary's definitions in the page's language, fetched on first use; an empty set if they cannot be loaded (the link still works). */
function loadDefinitions(): Promise<GlossaryDefinitions> {
  definitions ??= fetch(siteFile(SITE_FILES.glossary, { locale: pageLocale() }))
    .then((response) => (response.ok ? (response.json() as Promise<GlossaryDefinitions>) : {}))
    .catch(() => ({}));
  return definitions;
}

/** The one popover on the page, its parts, and whom it is showing. */
interface Popover {
  element: HTMLElement;
  name: HTMLElement;
  definition: HTMLElement;
  hint: HTMLElement;
  current: HTMLAnchorElement | undefined;
  /** The term a tap has opened: the next tap on it follows the link. */
  armed: HTMLAnchorElement | undefined;
  lastPointer: string;
  hideTimer: ReturnType<typeof setTimeout> | undefined;
}

export function enhanceGlossaryTerms(doc: Document = document): void {
  const popover = popoverOf(doc.getElementById(ID.glossaryPopover));
  const terms = doc.querySelectorAll<HTMLAnchorElement>(`a.${CLASS.glossaryTerm}`);
  if (!popover || terms.length === 0) return;
  void loadStylesheet(styles);
  for (const term of terms) watchTerm(popover, term, doc);
  watchPopover(popover, doc);
}

/** The popover's parts (GlossaryPopover.astro); undefined when the page has none. */
function popoverOf(element: HTMLElement | null): Popover | undefined {
  const part = (name: string) => element?.querySelector<HTMLElement>(`.${name}`);
  const [name, definition, hint] = [part(CLASS.popoverTerm), part(CLASS.popoverDefinition), part(CLASS.popoverHint)];
  if (!element || !name || !definition || !hint) return undefined;
  return { element, name, definition, hint, current: undefined, armed: undefined, lastPointer: 'mouse', hideTimer: undefined };
}

function show(popover: Popover, term: HTMLAnchorElement, touch: boolean): void {
  clearTimeout(popover.hideTimer);
  if (popover.current !== term) popover.current?.removeAttribute('aria-describedby');
  popover.current = term;
  const id = term.getAttribute(DATA.term) ?? '';
  void loadDefinitions().then((all) => {
    if (popover.current !== term) return; // the reader has moved on
    popover.name.textContent = all[id]?.term ?? term.textContent;
    popover.definition.textContent = all[id]?.definition ?? '';
    popover.hint.hidden = !touch;
    popover.element.hidden = false;
    term.setAttribute('aria-describedby', popover.element.id);
    place(popover.element, term);
  });
}

function hide(popover: Popover): void {
  clearTimeout(popover.hideTimer);
  popover.element.hidden = true;
  popover.current?.removeAttribute('aria-describedby');
  popover.current = popover.armed = undefined;
}

/** A short grace period lets the pointer travel from the term onto the popover (WCAG 1.4.13). */
function hideSoon(popover: Popover): void {
  clearTimeout(popover.hideTimer);
  popover.hideTimer = setTimeout(() => hide(popover), 300);
}

/** Hover (mouse) and focus show the definition; a first tap shows it, a second follows the link. */
function watchTerm(popover: Popover, term: HTMLAnchorElement, doc: Document): void {
  term.addEventListener('pointerenter', (event) => event.pointerType === 'mouse' && show(popover, term, false));
  term.addEventListener('pointerleave', (event) => event.pointerType === 'mouse' && doc.activeElement !== term && hideSoon(popover));
  term.addEventListener('focus', () => show(popover, term, popover.lastPointer !== 'mouse'));
  term.addEventListener('blur', () => hideSoon(popover));
  term.addEventListener('click', (event) => {
    // detail is 0 for a click made with the keyboard (Enter), which always follows the link.
    if (event.detail === 0 || popover.lastPointer === 'mouse' || popover.armed === term) return;
    event.preventDefault();
    show(popover, term, true);
    popover.armed = term;
  });
}

/** Escape, a tap elsewhere or a resize closes it; the pointer may rest on it. */
function watchPopover(popover: Popover, doc: Document): void {
  const { element } = popover;
  element.addEventListener('pointerenter', () => clearTimeout(popover.hideTimer));
  element.addEventListener('pointerleave', () => hideSoon(popover));
  doc.addEventListener(
    'pointerdown',
    (event) => {
      popover.lastPointer = event.pointerType;
      const target = event.target as Node | null;
      if (!element.hidden && !popover.current?.contains(target) && !element.contains(target)) hide(popover);
    },
    true,
  );
  doc.addEventListener('keydown', (event) => event.key === 'Escape' && !element.hidden && hide(popover));
  addEventListener('resize', () => hide(popover));
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
