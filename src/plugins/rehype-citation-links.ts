import type { Element, ElementContent, Root } from 'hast';
import { h } from 'hastscript';
import type { VFile } from 'vfile';
import { visit, SKIP } from 'unist-util-visit';
import { visitParents } from 'unist-util-visit-parents';
import { citingAnchor, referenceAnchor, type CitationData } from '../lib/citation-data.ts';
import { failAll, type PluginProblem } from './problems.ts';

/** rehype-citation marks each citation `<span id="citation--key1--key2--N">`. */
const CITATION_SPAN = /^citation--(.+)--\d+$/;

export interface Options {
  /** A citation link's accessible name in the article's language (the link shows only the number): "Reference 2", 「文献2」. */
  label: (number: number) => string;
}

/**
 * Replaces rehype-citation's numeric output with one link per reference, in every group.
 * rehype-citation collapses `[@a; @b; @c]` to "(1–3)" and links the "3" to the wrong entry and
 * the "2" to nothing; here every number is its own link to `#ref-<key>`, with an id of its own
 * (`cite-<key>-<n>`) for the reference list's back-links. Numbers follow the order of first
 * citation (Vancouver). The result is stored for the layout as `frontmatter.citations`
 * ({@link CitationData}); read it with `readCitations(remarkPluginFrontmatter)`.
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
export function rehypeCitationLinks({ label }: Options) {
  return function transform(tree: Root, file: VFile) {
    const order: string[] = [];
    const places: Record<string, string[]> = {};
    const problems: PluginProblem[] = [];

    visit(tree, 'element', (node: Element, index, parent) => {
      const match = CITATION_SPAN.exec(String(node.properties['id'] ?? ''));
      if (node.tagName !== 'span' || !match || !parent || index === undefined) return undefined;

      const keys = [...new Set((match[1] ?? '').split('--'))];
      const numbered = keys
        .map((key) => {
          if (!order.includes(key)) order.push(key);
          places[key] ??= [];
          const list = places[key];
          const id = citingAnchor(key, list.length + 1);
          list.push(id);
          return { key, id, number: order.indexOf(key) + 1 };
        })
        .sort((a, b) => a.number - b.number);

      const links = numbered.flatMap(
        ({ key, id, number }, i): Array<ElementContent | string> => [
          ...(i > 0 ? [', '] : []),
          h('a.citation-ref', { href: `#${referenceAnchor(key)}`, id, dataRef: key, ariaLabel: label(number) }, String(number)),
        ],
      );
      parent.children[index] = h('span.citation', ['[', ...links, ']']);
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
    // Astro reads remark/rehype plugins' additions to the frontmatter from file.data.astro.
    file.data['astro'] ??= {};
    const astro = file.data['astro'] as { frontmatter?: Record<string, unknown> };
    astro.frontmatter = { ...astro.frontmatter, citations: data };
  };
}
