import type { Element, ElementContent, Root } from 'hast';
import type { VFile } from 'vfile';
import { visit, SKIP } from 'unist-util-visit';
import { visitParents } from 'unist-util-visit-parents';
import { failAll, type Problem } from './problems.ts';

/** What the article layout needs to build its reference list with back-links. */
export interface CitationData {
  /** Cited keys in order of first citation: index + 1 is the reference number. */
  order: string[];
  /** For each key, the ids of the places that cite it, in reading order. */
  places: Record<string, string[]>;
}

/** rehype-citation marks each citation `<span id="citation--key1--key2--N">`. */
const CITATION_SPAN = /^citation--(.+)--\d+$/;

/** The id of a reference entry in the page's reference list. */
export const referenceAnchor = (key: string) => `ref-${key}`;
/** The id of the n-th (1-based) place on a page that cites `key`. */
export const citingAnchor = (key: string, n: number) => `cite-${key}-${n}`;

/**
 * Replaces rehype-citation's numeric output with one link per reference, in every group.
 * rehype-citation collapses `[@a; @b; @c]` to "(1–3)" and links the "3" to the wrong entry and
 * the "2" to nothing; here every number is its own link to `#ref-<key>`, with an id of its own
 * (`cite-<key>-<n>`) for the reference list's back-links. Numbers follow the order of first
 * citation (Vancouver). The result is stored for the layout as `frontmatter.citations`
 * ({@link CitationData}); read it from `remarkPluginFrontmatter`.
 *
 * Also fails the file if any `[@...]` text survived rehype-citation, whatever the reason.
 * Run immediately after rehype-citation.
 *
 * ```html
 * <span id="citation--berman2000--li2010--1">(1–3)</span>
 * ```
 * becomes
 * ```html
 * <span class="citation">[<a href="#ref-berman2000" id="cite-berman2000-1" ...>1</a>, <a ...>2</a>]</span>
 * ```
 */
export function rehypeCitationLinks() {
  return function transform(tree: Root, file: VFile) {
    const order: string[] = [];
    const places: Record<string, string[]> = {};
    const problems: Problem[] = [];

    visit(tree, 'element', (node: Element, index, parent) => {
      const match = CITATION_SPAN.exec(String(node.properties['id'] ?? ''));
      if (node.tagName !== 'span' || !match || !parent || index === undefined) return undefined;

      const keys = [...new Set((match[1] ?? '').split('--'))];
      const numbered = keys
        .map((key) => {
          if (!order.includes(key)) order.push(key);
          const list = (places[key] ??= []);
          const id = citingAnchor(key, list.length + 1);
          list.push(id);
          return { key, id, number: order.indexOf(key) + 1 };
        })
        .sort((a, b) => a.number - b.number);

      const children: ElementContent[] = [{ type: 'text', value: '[' }];
      numbered.forEach(({ key, id, number }, i) => {
        if (i > 0) children.push({ type: 'text', value: ', ' });
        children.push({
          type: 'element',
          tagName: 'a',
          properties: {
            href: `#${referenceAnchor(key)}`,
            id,
            className: ['citation-ref'],
            dataRef: key,
            ariaLabel: `Reference ${number}`,
          },
          children: [{ type: 'text', value: String(number) }],
        });
      });
      children.push({ type: 'text', value: ']' });

      parent.children[index] = {
        type: 'element',
        tagName: 'span',
        properties: { className: ['citation'] },
        children,
      };
      return SKIP;
    });

    visitParents(tree, 'text', (node, ancestors) => {
      const inCode = ancestors.some((a) => a.type === 'element' && (a.tagName === 'code' || a.tagName === 'pre'));
      if (!inCode && /\[[^[\]]*@[^[\]]+\]/.test(node.value)) {
        problems.push({
          line: node.position?.start.line,
          message: `"${node.value.trim().slice(0, 80)}" still holds an unresolved citation after rehype-citation; check the key and that it is not inside emphasis, a link or a heading.`,
        });
      }
    });
    failAll(file, problems);

    const data: CitationData = { order, places };
    const astro = (file.data['astro'] ??= {}) as { frontmatter?: Record<string, unknown> };
    astro.frontmatter = { ...astro.frontmatter, citations: data };
  };
}
