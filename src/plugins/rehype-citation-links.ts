import type { ElementContent, Root } from 'hast';
import { h } from 'hastscript';
import type { VFile } from 'vfile';
import { visitParents } from 'unist-util-visit-parents';
import { citingAnchor, referenceAnchor, type CitationData } from '../lib/citation-data.ts';
import { CitationKeys, citationSpans } from './citation-spans.ts';
import { failAll, type PluginProblem } from './problems.ts';

export interface Options {
  /** Every citation key in the bibliography: rehype-citation's output has them in lowercase only. */
  keys: ReadonlySet<string>;
  /** A citation link's accessible name in the article's language (the link shows only the number): "Reference 2", 「文献2」. */
  label: (number: number) => string;
}

/**
 * Replaces rehype-citation's numeric output with one link per reference, in every group.
 * rehype-citation collapses `[@a; @b; @c]` to "(1–3)" and links the "3" to the wrong entry and
 * the "2" to nothing; here every number is its own link to `#ref-<key>`, with an id of its own
 * (`cite-<key>-<n>`) for the reference list's back-links. Numbers follow the order of first
 * citation (Vancouver). Keys keep the bibliography's case (citation-spans.ts reads them back from
 * rehype-citation's lowercase ids). The result is stored for the layout as `frontmatter.citations`
 * ({@link CitationData}); read it with `readCitations(remarkPluginFrontmatter)`.
 *
 * Also fails the file if any `[@...]` text survived rehype-citation, whatever the reason.
 * Run after rehype-citation (and rehypeCitationUnread, which reads the same spans).
 *
 * ```html
 * <span id="citation--berman2000--li2010--1">(1–3)</span>
 * ```
 * becomes
 * ```html
 * <span class="citation">[<a href="#ref-berman2000" id="cite-berman2000-1" ...>1</a>, <a ...>2</a>]</span>
 * ```
 */
export function rehypeCitationLinks(options: Options) {
  const keys = new CitationKeys(options.keys);
  return function transform(tree: Root, file: VFile) {
    const { spans, problems } = citationSpans(tree, keys);
    const numbers = new CitationNumbers();
    for (const span of spans) span.parent.children[span.index] = linkGroup(span.keys, numbers, options.label);
    failAll(file, [...problems, ...leftoverCitations(tree)]);
    // Astro reads remark/rehype plugins' additions to the frontmatter from file.data.astro.
    file.data['astro'] ??= {};
    const astro = file.data['astro'] as { frontmatter?: Record<string, unknown> };
    astro.frontmatter = { ...astro.frontmatter, citations: numbers.data };
  };
}

/** Reference numbers in order of first citation, and the ids of the places citing each key. */
class CitationNumbers {
  readonly data: CitationData = { order: [], places: {} };

  /** Numbers one more place citing `key`: its reference number and the place's id. */
  cite(key: string): { number: number; id: string } {
    if (!this.data.order.includes(key)) this.data.order.push(key);
    this.data.places[key] ??= [];
    const places = this.data.places[key];
    const id = citingAnchor(key, places.length + 1);
    places.push(id);
    return { number: this.data.order.indexOf(key) + 1, id };
  }
}

/** One group `[1, 2]`: a link per distinct key, in reference-number order. */
function linkGroup(written: readonly string[], numbers: CitationNumbers, label: Options['label']) {
  const numbered = [...new Set(written)].map((key) => ({ key, ...numbers.cite(key) })).sort((a, b) => a.number - b.number);
  const links = numbered.flatMap(
    ({ key, id, number }, i): Array<ElementContent | string> => [
      ...(i > 0 ? [', '] : []),
      h('a.citation-ref', { href: `#${referenceAnchor(key)}`, id, dataRef: key, ariaLabel: label(number) }, String(number)),
    ],
  );
  return h('span.citation', ['[', ...links, ']']);
}

/** `[@…]` text rehype-citation left alone (outside code): a citation no reader should see as it was typed. */
function leftoverCitations(tree: Root): PluginProblem[] {
  const problems: PluginProblem[] = [];
  visitParents(tree, 'text', (node, ancestors) => {
    const inCode = ancestors.some((a) => a.type === 'element' && (a.tagName === 'code' || a.tagName === 'pre'));
    if (!inCode && /\[[^[\]]*@[^[\]]+\]/.test(node.value)) {
      problems.push({
        line: node.position?.start.line,
        message: `"${node.value.trim().slice(0, 80)}" still holds an unresolved citation after rehype-citation; check the key and that it is not inside emphasis, a link or a heading.`,
      });
    }
  });
  return problems;
}
