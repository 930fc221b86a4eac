/**
 * The one way unit tests read HTML: parse it into a hast tree, find elements with CSS selectors
 * (hast-util-select, the unified collective's querySelector for hast), and read their text as a
 * browser's innerText would (hast-util-to-text).
 */
import type { Element, Nodes, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';

export { select, selectAll };

/** A fragment of HTML (a rendered component) as a tree. */
export const parseHtml = (html: string): Root => fromHtml(html, { fragment: true });

/** The text of a node, whitespace collapsed as a reader sees it; '' for none. */
export const textOf = (node: Nodes | undefined | null): string => (node ? toText(node).replace(/\s+/g, ' ').trim() : '');

/** An attribute's value as a string (hast keeps lists such as class and aria-labelledby as arrays), '' when absent. */
export function attr(element: Element | undefined | null, property: string): string {
  const value = element?.properties[property];
  if (value === undefined || value === null) return '';
  return Array.isArray(value) ? value.join(' ') : String(value);
}

/** The element an ARIA reference (the value of aria-labelledby or aria-describedby) points to. */
export const referenced = (tree: Root | Element, reference: string): Element | undefined => select(`[id="${reference}"]`, tree) ?? undefined;
