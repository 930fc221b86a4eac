/**
 * The English interface words of parts of the site, as phrases to look for on Japanese pages: every
 * string of the named sections of the English dictionary (src/lib/i18n/en.ts), the fixed parts of
 * its functions ("Go to reference … in the list") and the words of its links. A phrase found on a
 * Japanese page is English left where Japanese belongs.
 */
import { en } from '../../src/lib/i18n/en.ts';

/** Stands for a value in a word that holds one, so its fixed parts can be told apart. */
const VALUE = '\u0000';

function fragments(value: unknown): string[] {
  if (typeof value === 'string') return value.split(VALUE);
  if (typeof value === 'function') return fragments(String((value as (...args: string[]) => unknown)(...Array<string>(value.length).fill(VALUE))));
  if (Array.isArray(value)) return value.flatMap((part) => fragments(typeof part === 'string' ? part : (part as { text: string }).text));
  if (value && typeof value === 'object') return Object.values(value).flatMap(fragments);
  return [];
}

/** The English phrases of these sections of the dictionary: each at least one word of three letters, trimmed of spaces and punctuation at its ends. */
export function englishPhrases(sections: ReadonlyArray<keyof typeof en>): string[] {
  const phrases = sections
    .flatMap((section) => fragments(en[section]))
    .map((phrase) => phrase.replace(/^[\s.,:;()'"]+|[\s.,:;('"]+$/g, ''))
    .filter((phrase) => /[A-Za-z]{3}/.test(phrase));
  return [...new Set(phrases)];
}

/** The sections of the dictionary whose words the sweep looks for: the parts of the site they name are checked below. */
export const CHECKED_SECTIONS = ['article', 'citations', 'labels', 'history', 'figures', 'pages'] as const;

/**
 * Where those sections' words are on a Japanese page: the whole of `main` on the pages made of those
 * parts (articles, glossary, references, figures, what changed), the study card on the home page and
 * the legend on the About page (the rest of those pages, and the search page, speak other sections'
 * words). Undefined for a page with none of them, and for every English page.
 */
export function interfaceRegions(path: string): string | undefined {
  if (!path.startsWith('ja/')) return undefined;
  const page = path.slice('ja/'.length);
  if (page === '') return '#study';
  if (page === 'about/') return '.legend, table.rules';
  if (/^(articles\/[^/]+|glossary|references|figures|changes)\/$/.test(page)) return 'main';
  return undefined;
}

/**
 * Runs in the page: the text and accessible names (aria-label, title, alt) in the regions, and the
 * page's title when its `main` is checked, without what is in the sources' own language (reference
 * titles and journals, quotes marked with their language) and the copy-link buttons' words (the
 * anchors' section).
 */
export function textOfRegions(selector: string): string {
  const own = '[data-reference-entry] > i, [data-reference-entry] > span:not([class]), [lang]:not([lang="ja"]), .copy-link';
  const parts = selector === 'main' ? [document.title] : [];
  for (const region of document.querySelectorAll(selector)) {
    const copy = region.cloneNode(true) as Element;
    for (const other of copy.querySelectorAll(own)) other.remove();
    parts.push(copy.textContent ?? '');
    for (const element of [copy, ...copy.querySelectorAll('*')])
      for (const name of ['aria-label', 'title', 'alt']) parts.push(element.getAttribute(name) ?? '');
  }
  return parts.join('\n').replace(/\s+/g, ' ');
}
