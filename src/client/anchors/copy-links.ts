/**
 * A "copy link" button for every public anchor on the page (`[data-anchor][id]`: section headings,
 * takeaways, claims, glossary terms, reference entries), cloned from CopyLinks.astro's template. It
 * copies the canonical address with the fragment, so a shared link names the public site whatever
 * host it was copied on, and announces "Link copied" in the page's status region.
 */

/** The button's name, from the kind of anchor (`data-anchor`) and the text it sits in. */
export function labelFor(kind: string | undefined, name: string): string {
  if (kind === 'section') return `Copy link to section: ${name}`;
  if (kind === 'term') return `Copy link to ${name}`;
  if (kind === 'reference') return 'Copy link to this reference';
  return 'Copy link to this claim';
}

/** Where the button sits: at the end of the heading, the term, or a claim's last paragraph; else of the whole entry. */
function hostOf(target: HTMLElement): HTMLElement {
  const kind = target.dataset['anchor'];
  if (kind === 'term') return target.querySelector<HTMLElement>(':scope > dt') ?? target;
  const last = target.lastElementChild;
  if (kind === 'claim' && last instanceof HTMLParagraphElement) return last;
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
  const template = doc.querySelector<HTMLTemplateElement>('template[data-copy-link-template]');
  const status = doc.querySelector<HTMLElement>('[data-copy-link-status]');
  const canonical = doc.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href ?? location.href.split('#')[0] ?? '';

  for (const target of doc.querySelectorAll<HTMLElement>('[data-anchor][id]')) {
    const button = template?.content.firstElementChild?.cloneNode(true);
    if (!(button instanceof HTMLButtonElement)) break;
    const host = hostOf(target);
    const name = (host.textContent ?? '').trim();
    // Inside a heading the button would otherwise become part of the heading's name in screen readers' heading lists.
    if (/^H[2-6]$/.test(target.tagName)) target.setAttribute('aria-label', name);
    const label = button.querySelector('[data-label]');
    if (label) label.textContent = labelFor(target.dataset['anchor'], name);
    button.addEventListener('click', () => void copy(button, target.id, canonical, status));
    host.append(button);
  }
}
