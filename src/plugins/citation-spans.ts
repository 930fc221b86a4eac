/**
 * Reading rehype-citation's output: the one place that knows its shape. For every citation it
 * numbers, rehype-citation writes `<span id="citation--key1--key2--N">(1–3)</span>`, with the keys
 * as written (repeats included) but in lowercase, and nothing of the source position. The plugins
 * after it (rehypeCitationUnread, rehypeCitationLinks) read these spans instead of parsing
 * `[@key]` again, and get each key back in the bibliography's own case from `CitationKeys`.
 */
import type { Element, Root, RootContent } from 'hast';
import { visitParents } from 'unist-util-visit-parents';
import type { PluginProblem } from './problems.ts';

/** rehype-citation's id for a citation: its keys, lowercased and joined by `--`, then its number. */
const CITATION_SPAN = /^citation--(.+)--\d+$/;

/** One citation rehype-citation numbered. */
export interface CitationSpan {
  /** rehype-citation's span. */
  node: Element;
  /** Its parent, and its place there (for replacing it). */
  parent: Root | Element;
  index: number;
  /** The keys in the order written, repeats included, each as the bibliography spells it. */
  keys: string[];
  /** The source line of the citation. */
  line: number | undefined;
}

/**
 * The bibliography's keys by their lowercase form, which is all rehype-citation's output carries.
 * Keys may use capitals; two keys that differ only in case cannot be told apart in that output,
 * so the citation check refuses a citation of either (`caseTwins`).
 */
export class CitationKeys {
  private readonly byLowercase = new Map<string, string[]>();

  constructor(keys: Iterable<string>) {
    for (const key of keys) {
      const lower = key.toLowerCase();
      this.byLowercase.set(lower, [...(this.byLowercase.get(lower) ?? []), key]);
    }
  }

  /** The key rehype-citation wrote as `lowercase`, when exactly one key of the bibliography is written so. */
  fromOutput(lowercase: string): string | undefined {
    const found = this.byLowercase.get(lowercase);
    return found?.length === 1 ? found[0] : undefined;
  }

  /** The other keys that differ from `key` only in case. */
  caseTwins(key: string): string[] {
    return (this.byLowercase.get(key.toLowerCase()) ?? []).filter((other) => other !== key);
  }
}

/**
 * Every citation rehype-citation numbered, in document order, with its keys in the bibliography's
 * case; and a problem for any key in its output that names no single key of the bibliography
 * (which the citation check before rehype-citation prevents).
 */
export function citationSpans(tree: Root, keys: CitationKeys): { spans: CitationSpan[]; problems: PluginProblem[] } {
  const spans: CitationSpan[] = [];
  const problems: PluginProblem[] = [];
  visitParents(tree, 'element', (node: Element, ancestors) => {
    const match = node.tagName === 'span' ? CITATION_SPAN.exec(String(node.properties['id'] ?? '')) : null;
    const parent = ancestors.at(-1) as Root | Element | undefined;
    if (!match || !parent) return;
    const line = lineOf(node, ancestors);
    const written = (match[1] ?? '').split('--');
    const found = written.map((lowercase) => keys.fromOutput(lowercase));
    const unknown = written.filter((_, i) => found[i] === undefined);
    if (unknown.length > 0) {
      problems.push({
        line,
        message: `rehype-citation numbered a citation of "${unknown.join('", "')}", which names no single key of the bibliography (keys that differ only in case cannot be told apart). Check the key.`,
      });
      return;
    }
    spans.push({ node, parent, index: parent.children.indexOf(node as RootContent & Element), keys: found as string[], line });
  });
  return { spans, problems };
}

/**
 * The line a node starts on when it has no position of its own (rehype-citation's nodes have none):
 * the end of the nearest earlier sibling that has one, else the start of the nearest ancestor that
 * has one, plus the line breaks in the text between.
 */
function lineOf(node: RootContent, ancestors: ReadonlyArray<Root | RootContent>): number | undefined {
  let breaks = 0;
  for (let depth = ancestors.length - 1, child = node; depth >= 0; depth--) {
    const parent = ancestors[depth] as Root | Element;
    for (let i = parent.children.indexOf(child as Element) - 1; i >= 0; i--) {
      const sibling = parent.children[i] as RootContent;
      if (sibling.position) return sibling.position.end.line + breaks;
      if (sibling.type === 'text') breaks += sibling.value.split('\n').length - 1;
    }
    if (parent.position) return parent.position.start.line + breaks;
    child = parent as RootContent;
  }
  return undefined;
}
