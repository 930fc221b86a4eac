/**
 * The copy-link controls of every public anchor on the page (`[data-anchor][id]`: section
 * headings, takeaways, claims, glossary terms, reference entries), cloned from CopyLinks.astro's
 * template. A section or claim has a share page (issue 21), whose link preview shows that place:
 * its first button copies that page's address, and its second the direct link, the article's
 * address with the fragment. A term or reference has one button, which copies the page's address
 * with the fragment. Addresses are canonical, so a shared link names the public site whatever host
 * it was copied on; the page's status region says what was copied, in the page's language.
 */
import { ANCHOR_KINDS, DATA, select } from '../../lib/dom-names.ts';
import { anchorWords as en } from '../../lib/i18n/en.ts';
import { anchorWords as ja } from '../../lib/i18n/ja.ts';
import { sharePageOf } from '../../lib/site.ts';
import { inPageLanguage } from '../page-locale.ts';

type Words = typeof en;

/** The anchors whose place has a share page: sections and claims, which only articles have. */
const SHARED = new Set<string>([ANCHOR_KINDS.section, ANCHOR_KINDS.claim]);

/** The first button's name, from the kind of anchor (`data-anchor`) and the text it sits in. */
export function labelFor(kind: string | null, name: string, words: Words): string {
  if (kind === ANCHOR_KINDS.section) return words.copySection(name);
  if (kind === ANCHOR_KINDS.term) return words.copyTerm(name);
  if (kind === ANCHOR_KINDS.reference) return words.copyReference;
  return words.copyClaim;
}

/** The second button's name: the direct link of a section or claim. */
export const directLabelFor = (kind: string | null, name: string, words: Words): string =>
  kind === ANCHOR_KINDS.section ? words.copyDirectSection(name) : words.copyDirectClaim;

/**
 * What each button copies: a section's or claim's share page and its direct link; for any other
 * anchor, the direct link alone. `canonical` is the page's canonical address, without a fragment.
 *
 * @example linksFor('section', 'who-took-part', 'https://example.org/articles/x/') // { first: '…/articles/x/who-took-part/', direct: '…/articles/x/#who-took-part' }
 */
export function linksFor(kind: string | null, id: string, canonical: string): { first: string; direct: string | undefined } {
  const direct = new URL(`#${id}`, canonical).href;
  return kind !== null && SHARED.has(kind) ? { first: sharePageOf(canonical.split('#')[0] ?? '', id), direct } : { first: direct, direct: undefined };
}

/** Where the buttons sit: at the end of the heading, the term, or a claim's last paragraph; else of the whole entry. */
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

/** Copies `url`; on success marks the button and says `done`, else leaves the direct link in the address bar. */
async function copy(button: HTMLButtonElement, url: string, id: string, done: string, words: Words, status: HTMLElement | null) {
  try {
    await navigator.clipboard.writeText(url);
  } catch {
    // No clipboard access (an insecure origin, a refused permission): leave the link where the reader can copy it.
    history.replaceState(null, '', `#${id}`);
    announce(status, words.copyFailed);
    return;
  }
  button.classList.add('is-copied');
  setTimeout(() => button.classList.remove('is-copied'), 2000);
  announce(status, done);
}

/** Adds the buttons. Without JavaScript there are none: a button that could not work is worse than none. */
export function initCopyLinks(doc: Document = document): void {
  const template = doc.querySelector<HTMLTemplateElement>(`template${select(DATA.copyLinkTemplate)}`);
  const status = doc.querySelector<HTMLElement>(select(DATA.copyLinkStatus));
  const canonical = doc.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href ?? location.href.split('#')[0] ?? '';
  const words = inPageLanguage({ en, ja }, doc.documentElement);

  for (const target of doc.querySelectorAll<HTMLElement>(`${select(DATA.anchor)}[id]`)) {
    const controls = template?.content.firstElementChild?.cloneNode(true);
    if (!(controls instanceof HTMLElement)) break;
    const first = controls.querySelector<HTMLButtonElement>(`button:not(${select(DATA.copyDirectLink)})`);
    const direct = controls.querySelector<HTMLButtonElement>(`button${select(DATA.copyDirectLink)}`);
    if (!first) break;
    const host = hostOf(target);
    const name = (host.textContent ?? '').trim();
    const kind = target.getAttribute(DATA.anchor);
    // Inside a heading the buttons would otherwise become part of the heading's name in screen readers' heading lists.
    if (/^H[2-6]$/.test(target.tagName)) target.setAttribute('aria-label', name);
    const links = linksFor(kind, target.id, canonical);
    setLabel(first, labelFor(kind, name, words));
    first.addEventListener('click', () => void copy(first, links.first, target.id, words.linkCopied, words, status));
    if (direct && links.direct) {
      const url = links.direct;
      setLabel(direct, directLabelFor(kind, name, words));
      direct.addEventListener('click', () => void copy(direct, url, target.id, words.directLinkCopied, words, status));
    } else {
      direct?.remove();
    }
    host.append(controls);
  }
}

function setLabel(button: HTMLButtonElement, text: string) {
  const label = button.querySelector(select(DATA.copyLinkLabel));
  if (label) label.textContent = text;
}
