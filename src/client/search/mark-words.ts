/**
 * The page a search result leads to: marks the searched words in its text, scrolls to the section
 * (the CSS scroll margin keeps it clear of the sticky header) and takes the words out of the
 * address bar, so the URL a reader copies is the clean one.
 */
import { BLOCK_BREAK, findRanges, splitByRanges } from '../../lib/search/highlight.ts';
import { readHighlight, withoutHighlight } from '../../lib/search/url.ts';
import { DATA, ID, select } from '../../lib/dom-names.ts';

/** Text that is not reading text, or is already marked. */
const SKIP = `script, style, noscript, template, textarea, input, select, svg, [data-pagefind-ignore], mark${select(DATA.searchHit)}`;
/** Elements whose text must not run into the next one's in a match. */
const BLOCK = 'p, li, dt, dd, h1, h2, h3, h4, h5, h6, td, th, caption, figcaption, blockquote, pre, summary, div, section, article, aside';

/** Where the searchable text is: the indexed part of the page, or the main content. */
function searchableRoots(): Element[] {
  const indexed = [...document.querySelectorAll(select(DATA.pagefindBody))];
  const main = document.getElementById(ID.main);
  return indexed.length > 0 ? indexed : main ? [main] : [];
}

/** Wraps every occurrence of the terms under `roots` in `<mark data-search-hit>`; returns the marks in page order. */
export function markTerms(roots: readonly Element[], terms: readonly string[]): HTMLElement[] {
  const nodes: Text[] = [];
  const starts: number[] = [];
  let text = '';
  let lastBlock: Element | null = null;
  for (const root of roots) {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
      acceptNode: (node) => (node.parentElement?.closest(SKIP) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
    });
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const block = node.parentElement?.closest(BLOCK) ?? null;
      if (block !== lastBlock) text += BLOCK_BREAK;
      lastBlock = block;
      starts.push(text.length);
      text += (node as Text).data;
      nodes.push(node as Text);
    }
  }

  const ranges = findRanges(text, terms);
  const marks: HTMLElement[] = [];
  nodes.forEach((node, i) => {
    const start = starts[i] ?? 0;
    const end = start + node.data.length;
    const inside = ranges.filter(([s, e]) => s < end && e > start).map(([s, e]) => [Math.max(s, start) - start, Math.min(e, end) - start] as const);
    if (inside.length === 0) return;
    const pieces = splitByRanges(node.data, inside).map((piece) => {
      if (!piece.marked) return document.createTextNode(piece.text);
      const mark = document.createElement('mark');
      mark.setAttribute(DATA.searchHit, '');
      mark.textContent = piece.text;
      marks.push(mark);
      return mark;
    });
    node.replaceWith(...pieces);
  });
  return marks;
}

/** Removes the marks of an earlier search. */
export function clearMarks(): void {
  for (const mark of document.querySelectorAll(`mark${select(DATA.searchHit)}`)) {
    const parent = mark.parentNode;
    mark.replaceWith(document.createTextNode(mark.textContent ?? ''));
    parent?.normalize();
  }
}

/** Scrolls the section into view, or, for a page without one, the first match when it is out of sight. */
function reveal(hash: string, marks: readonly HTMLElement[]) {
  const target = hash ? document.getElementById(decodeURIComponent(hash.slice(1))) : null;
  if (target) {
    target.scrollIntoView({ block: 'start', behavior: 'instant' });
    return;
  }
  const first = marks[0];
  if (first && first.getBoundingClientRect().top > window.innerHeight) first.scrollIntoView({ block: 'center', behavior: 'instant' });
}

/**
 * On page load: mark the words a result link carried and clean the URL. The browser scrolls to
 * the section itself (marks do not move the text); scrolling here as well would fight its smooth
 * scroll, which then overshoots. Without a section, the first match is brought into view.
 */
export function highlightOnLanding(): void {
  const terms = readHighlight(location.search);
  if (terms.length === 0) return;
  const marks = markTerms(searchableRoots(), terms);
  history.replaceState(history.state, '', withoutHighlight(`${location.pathname}${location.search}${location.hash}`));
  if (!location.hash) reveal('', marks);
}

/**
 * A result on the page already shown: mark its words and go to its section without reloading.
 * Focus moves to the section, so keyboard and screen-reader users continue reading from there.
 */
export function landOn(href: string): void {
  const url = new URL(href, location.href);
  clearMarks();
  const marks = markTerms(searchableRoots(), readHighlight(url.search));
  const target = url.hash ? document.getElementById(decodeURIComponent(url.hash.slice(1))) : null;
  if (target) {
    if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
    target.focus({ preventScroll: true });
  }
  if (url.hash && url.hash !== location.hash) {
    location.hash = url.hash; // a history entry, the :target style and the browser's own scroll
  } else {
    reveal(url.hash, marks);
  }
}
