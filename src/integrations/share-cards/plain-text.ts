/**
 * The words a reader sees in part of a built page, as one line of plain text: what a link preview
 * may quote. Citation numbers, copy-link buttons, screen-reader-only words, footnote markers,
 * evidence labels (reported on their own) and anything hidden are left out.
 */
import type { Element, ElementContent } from 'hast';

/** Elements whose words never belong in a preview, whatever their class. */
const SKIPPED_TAGS = new Set(['button', 'script', 'style', 'template', 'svg', 'noscript']);

/**
 * Classes of the site's markup that carry no prose: `citation` ([1, 2]), `sr-only` (words for
 * screen readers), `badge` (evidence and source labels), `copy-link` (the copy control).
 */
const SKIPPED_CLASSES = ['citation', 'sr-only', 'visually-hidden', 'badge', 'copy-link', 'footnotes'];

/** Whether an element and everything in it is left out of plain text. */
export function isNoise(el: Element): boolean {
  if (SKIPPED_TAGS.has(el.tagName)) return true;
  const p = el.properties;
  if (p['hidden'] !== undefined && p['hidden'] !== false) return true;
  if (String(p['ariaHidden']) === 'true') return true;
  // GFM footnotes: the marker (`<sup><a data-footnote-ref>1</a></sup>`) and the notes themselves.
  if (p['dataFootnoteRef'] !== undefined || p['dataFootnotes'] !== undefined) return true;
  const classes = Array.isArray(p['className']) ? p['className'].map(String) : [];
  return classes.some((c) => SKIPPED_CLASSES.includes(c));
}

/** The text of a node, noise left out, whitespace as found (see `tidy`). */
export function rawText(node: ElementContent | Element): string {
  if (node.type === 'text') return node.value;
  if (node.type !== 'element' || isNoise(node)) return '';
  if (node.tagName === 'br') return ' ';
  return node.children.map(rawText).join('');
}

/**
 * One line of text: runs of whitespace become one space, and the gap a removed citation leaves
 * before punctuation (`glutamate [1].` → `glutamate .`) is closed.
 */
export function tidy(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .replace(/\s+([.,;:!?)\]。、，．！？」』）])/g, '$1')
    .replace(/([([「『（])\s+/g, '$1')
    .trim();
}

/** The plain text of a node: `tidy(rawText(node))`. */
export const plainText = (node: ElementContent | Element): string => tidy(rawText(node));
