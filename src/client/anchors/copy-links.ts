/**
 * A "copy link" button for every public anchor on the page (`[data-anchor][id]`: section headings,
 * takeaways, claims, glossary terms, reference entries), cloned from CopyLinks.astro's template. It
 * copies the canonical address with the fragment, so a shared link names the public site whatever
 * host it was copied on, and announces "Link copied" in the page's status region.
 */
import { ANCHOR_KINDS, DATA, select } from '../../lib/dom-names.ts';

/** The button's name, from the kind of anchor (`data-anchor`) and the text it sits in. */
export function labelFor(kind: string | null, name: string): string {
  if (kind === ANCHOR_KINDS.section) return `Copy link to section: ${name}`;
  if (kind === ANCHOR_KINDS.term) return `Copy link to ${name}`;
  if (kind === ANCHOR_KINDS.reference) return 'Copy link to this reference';
  return 'Copy link to this claim';
}

/** Where the button sits: at the end of the heading, the term, or a claim's last paragraph; else of the whole entry. */
function hostOf(target: HTMLElement): HTMLElement {
  const kind = target.getAttribute(DATA.anchor);
  if (kind === ANCHOR_KINDS.term) return target.querySelector<HTMLElement>(':scope > dt') ?? target;
  const last = target.lastElementChild;
  if (kind === ANCHOR_KINDS.claim && last instanceof HTMLParagraphElement) return last;
  return target;
}

function announce(status: HTMLElement | null, message: string) {
  if (!status) return;
  // Clearing first makes a second copy of the same link be announced again.
  status.textContent = '';
  setTimeout(() => (status.textContent = message), 50);
}

async function copy(button: HTMLButtonElement, id: string, canonical: string, status: HTMLElement | null) {
  const url = new URL(`#${id}`, canonical).href;
  try {
    await navigator.clipboard.writeText(url);
  } catch {
    // No clipboard access (an insecure origin, a refused permission): leave the link where the reader can copy it.
    history.replaceState(null, '', `#${id}`);
    announce(status, 'Could not copy. The link to this place is now in the address bar.');
    return;
  }
  button.classList.add('is-copied');
  setTimeout(() => button.classList.remove('is-copied'), 2000);
  announce(status, 'Link copied');
}

/** Adds the buttons. Without JavaScript there are none: a button that could not work is worse than none. */
export function initCopyLinks(doc: Document = document): void {
  const template = doc.querySelector<HTMLTemplateElement>(`template${select(DATA.copyLinkTemplate)}`);
  const status = doc.querySelector<HTMLElement>(select(DATA.copyLinkStatus));
  const canonical = doc.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href ?? location.href.split('#')[0] ?? '';

  for (const target of doc.querySelectorAll<HTMLElement>(`${select(DATA.anchor)}[id]`)) {
    const button = template?.content.firstElementChild?.cloneNode(true);
    if (!(button instanceof HTMLButtonElement)) break;
    const host = hostOf(target);
    const name = (host.textContent ?? '').trim();
    // Inside a heading the button would otherwise become part of the heading's name in screen readers' heading lists.
    if (/^H[2-6]$/.test(target.tagName)) target.setAttribute('aria-label', name);
    const label = button.querySelector(select(DATA.copyLinkLabel));
    if (label) label.textContent = labelFor(target.getAttribute(DATA.anchor), name);
    button.addEventListener('click', () => void copy(button, target.id, canonical, status));
    host.append(button);
  }
}
