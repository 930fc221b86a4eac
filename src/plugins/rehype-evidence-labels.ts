import type { Element, Root } from 'hast';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import { visitParents } from 'unist-util-visit-parents';
import { CERTAINTY, type Certainty } from '../schemas/labels.ts';
import { labelProblem, type SourceProfile } from '../schemas/label-rules.ts';
import { en } from '../lib/i18n/en.ts';
import { isJsxElement, jsxAttribute } from './mdx-jsx.ts';
import { failAll, type PluginProblem } from './problems.ts';

/** Authors read a label's English name in messages, as the legend on the About page shows it. */
const englishName = (level: Certainty) => en.labels.certainty[level].name;

export interface Options {
  /** Each reference's kind and read level (`custom.kind`, `custom.read` in the bibliography). */
  profiles: ReadonlyMap<string, SourceProfile>;
}

/** The block a label speaks for, and how an author calls it. */
interface Block {
  node: Element | { type: string; children: unknown[] };
  where: string;
}

/**
 * Fails an article whose certainty label (`<Evidence level="…" />`) is stronger than the citations
 * of its block allow, or whose block cites nothing. The block is the `<Claim>` the label is in, else
 * its table row or list item, else its paragraph. What each kind of source allows is the label table
 * in src/schemas/label-rules.ts (also shown on the About page).
 *
 * The citations are read from rehypeCitationLinks' output, the `a.citation-ref` links carrying
 * `data-ref`, not from `[@key]` text: rehype-citation stays the one parser of citations. So run it
 * after rehypeCitationLinks. Keys the bibliography does not describe are left to the citation check.
 *
 * ```mdx
 * The press release reports a correlation [@ycu2026pr]. <Evidence level="human" />
 * ```
 * fails: a press release allows at most "Consistent with one human study".
 */
export function rehypeEvidenceLabels(options: Options) {
  return function transform(tree: Root, file: VFile) {
    const problems: PluginProblem[] = [];

    visitParents(tree, (node, ancestors) => {
      if (!isJsxElement(node, 'Evidence')) return;
      const level = jsxAttribute(node, 'level');
      // An unknown level is refused by the component itself, with its own message.
      if (typeof level !== 'string' || !(level in CERTAINTY)) return;
      const line = node.position?.start.line;
      const block = blockOf(ancestors);
      if (!block) {
        problems.push({
          line,
          message: `the label <Evidence level="${level}" /> is not inside a paragraph, list item, table row or <Claim>, so it has no claim to label. Put it at the end of the sentence it qualifies.`,
        });
        return;
      }
      const cited = new Map<string, SourceProfile>();
      visit(block.node as Root, 'element', (element: Element) => {
        const key = element.properties['dataRef'];
        const profile = typeof key === 'string' ? options.profiles.get(key) : undefined;
        if (element.tagName === 'a' && typeof key === 'string' && profile) cited.set(key, profile);
      });
      const message = labelProblem(level as Certainty, cited, block.where, englishName);
      if (message) problems.push({ line, message: `<Evidence level="${level}" />: ${message}` });
    });

    failAll(file, problems);
  };
}

/** The `<Claim>` around the label, else its nearest table row or list item, else its paragraph. */
function blockOf(ancestors: ReadonlyArray<{ type: string }>): Block | undefined {
  const claim = ancestors.findLast((a) => isJsxElement(a, 'Claim'));
  if (claim) return { node: claim as Block['node'], where: '<Claim>' };
  const element = (tag: string) => ancestors.findLast((a): a is Element => a.type === 'element' && (a as Element).tagName === tag);
  const row = element('tr');
  const item = element('li');
  // The nearer of the two, when a list sits in a table cell or a table in a list item.
  const nearest = [row, item].filter(Boolean).sort((a, b) => ancestors.indexOf(b as Element) - ancestors.indexOf(a as Element))[0];
  if (nearest) return { node: nearest, where: nearest.tagName === 'tr' ? 'table row' : 'list item' };
  const paragraph = element('p');
  return paragraph ? { node: paragraph, where: 'paragraph' } : undefined;
}
