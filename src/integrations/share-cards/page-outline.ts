/**
 * A built page read as a link previewer would want it: its headings, the paragraphs under each,
 * and where the public claims (`data-anchor="claim"`) start, in document order. Only prose counts
 * as text: tables, figures, collapsed details, navigation and asides give no paragraphs, though a
 * heading inside them still ends the section before it.
 */
import type { Element, ElementContent, Root } from 'hast';
import { visit } from 'unist-util-visit';
import { CERTAINTY, type Certainty } from '../../schemas/labels.ts';
import { isNoise, plainText, tidy, rawText } from './plain-text.ts';

/** A certainty label as the page shows it: its level, its words (in the page's language) and its dots. */
export interface EvidenceLabel {
  level: Certainty;
  text: string;
  /** Filled dots out of three (CERTAINTY in src/schemas/labels.ts). */
  strength: number;
}

/** One thing met reading a page in order: a heading, the start of a public claim, or a block of prose. */
export type OutlineItem =
  | { type: 'heading'; el: Element; text: string }
  | { type: 'claim'; el: Element }
  | {
      type: 'block';
      text: string;
      /** The words of a leading `<strong>` ("Before treatment."), if the block opens with one. */
      lead: string | undefined;
      /** The text after that lead. */
      rest: string;
      /** The public claim the block belongs to, if any. */
      claim: Element | undefined;
      /** False inside a table, figure, collapsed details or aside: a claim's own words, not a section's opening. */
      prose: boolean;
      labels: EvidenceLabel[];
    };

const HEADING = /^h[1-6]$/;
/** Containers whose words are not the opening prose of a section. */
const NOT_PROSE = new Set(['table', 'figure', 'details', 'nav', 'aside', 'dl', 'pre', 'header', 'footer', 'form']);
/** Children of a list item that are read as blocks of their own. */
const BLOCKS = new Set(['p', 'ul', 'ol', 'div', 'blockquote', 'table', 'figure', 'details', 'section']);

/** The outline of everything under `root`, in document order. */
export function outline(root: Root | Element): OutlineItem[] {
  const items: OutlineItem[] = [];
  for (const child of root.children) walk(child as ElementContent, { prose: true, claim: undefined }, items);
  return items;
}

interface Context {
  prose: boolean;
  claim: Element | undefined;
}

function walk(node: ElementContent, context: Context, items: OutlineItem[]): void {
  if (node.type !== 'element' || isNoise(node)) return;
  if (HEADING.test(node.tagName)) {
    items.push({ type: 'heading', el: node, text: plainText(node) });
    return;
  }
  let inner = context;
  if (node.properties['dataAnchor'] === 'claim' && typeof node.properties['id'] === 'string') {
    items.push({ type: 'claim', el: node });
    inner = { ...inner, claim: node };
  }
  if (NOT_PROSE.has(node.tagName)) inner = { ...inner, prose: false };
  if (node.tagName === 'p' || node.tagName === 'li') {
    const inline = node.tagName === 'li' ? node.children.filter((c) => !(c.type === 'element' && BLOCKS.has(c.tagName))) : node.children;
    if (inner.prose || inner.claim) pushBlock(inline, node, inner, items);
    if (node.tagName === 'p') return;
  }
  for (const child of node.children) {
    if (node.tagName === 'li' && !(child.type === 'element' && BLOCKS.has(child.tagName))) continue;
    walk(child, inner, items);
  }
}

function pushBlock(inline: ElementContent[], el: Element, context: Context, items: OutlineItem[]): void {
  const text = tidy(inline.map(rawText).join(''));
  if (!text) return;
  const first = inline.find((c) => !(c.type === 'text' && c.value.trim() === ''));
  const opensWithLead = first?.type === 'element' && (first.tagName === 'strong' || first.tagName === 'b');
  const lead = opensWithLead ? plainText(first) : undefined;
  const rest = opensWithLead
    ? tidy(
        inline
          .slice(inline.indexOf(first) + 1)
          .map(rawText)
          .join(''),
      )
    : text;
  items.push({ type: 'block', text, lead: lead || undefined, rest, claim: context.claim, prose: context.prose, labels: certaintyLabels(el) });
}

/** The certainty labels (`.badge.certainty`) inside an element, in order. */
export function certaintyLabels(el: Element): EvidenceLabel[] {
  const found: EvidenceLabel[] = [];
  visit(el, 'element', (node) => {
    const classes = Array.isArray(node.properties['className']) ? node.properties['className'].map(String) : [];
    if (!classes.includes('badge') || !classes.includes('certainty')) return;
    const level = classes.find((c): c is Certainty => Object.hasOwn(CERTAINTY, c));
    if (!level) return;
    found.push({ level, text: tidy(node.children.map(rawText).join('')), strength: CERTAINTY[level].strength });
    return 'skip';
  });
  return found;
}
