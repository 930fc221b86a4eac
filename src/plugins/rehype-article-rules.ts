import type { Element, Root } from 'hast';
import type { VFile } from 'vfile';
import { toText } from 'hast-util-to-text';
import { visit } from 'unist-util-visit';
import { failAll, type PluginProblem } from './problems.ts';
import { referenceAnchor } from '../lib/citation-data.ts';

export interface Options {
  /** Citation key of the study this site explains (the reference with `custom.primary`). */
  primaryKey: string;
}

/** The id every article's limits section must carry, so "what this does not show" links land. */
export const LIMITS_SECTION_ID = 'what-this-does-not-show';
/** Heading text an author might use for the limits section with a different id. */
const LIMITS_WORDING = /does not show|limits of the evidence/i;

/**
 * Fails an article that leaves out what every article on this site must have: a citation of the
 * primary study (so a reader can always reach the paper the site is about) and a `##` section with
 * the id `what-this-does-not-show` (so the limits are never missing and can be linked to).
 * Takeaways and review dates are checked by the frontmatter schema, not here.
 *
 * Run after rehypeCitationLinks: it looks for that plugin's links to `#ref-<primaryKey>`, which
 * exist only for citations that resolved. Headings carry their authored ids (remarkHeadingIds).
 *
 * ```md
 * ## What this does not show \{#what-this-does-not-show}
 *
 * It shows an association in 34 patients [@takahashi2026].
 * ```
 * passes; the same article without either line fails with its file, a line and what to add.
 */
export function rehypeArticleRules(options: Options) {
  const primaryHref = `#${referenceAnchor(options.primaryKey)}`;

  return function transform(tree: Root, file: VFile) {
    let citesPrimary = false;
    let hasLimits = false;
    let firstParagraphLine: number | undefined;
    let misnamed: { line: number | undefined; id: string } | undefined;

    visit(tree, 'element', (node: Element) => {
      if (node.tagName === 'a' && node.properties['href'] === primaryHref) citesPrimary = true;
      if (node.tagName === 'p') firstParagraphLine ??= node.position?.start.line;
      if (node.tagName !== 'h2') return;
      const id = String(node.properties['id'] ?? '');
      if (id === LIMITS_SECTION_ID) hasLimits = true;
      else if (LIMITS_WORDING.test(toText(node))) misnamed ??= { line: node.position?.start.line, id };
    });

    const problems: PluginProblem[] = [];
    if (!citesPrimary) {
      problems.push({
        line: firstParagraphLine,
        message: `the article never cites the study this site explains. Cite it as [@${options.primaryKey}] where the article first speaks of the study (every article must, so readers can always reach it).`,
      });
    }
    if (!hasLimits && misnamed) {
      problems.push({
        line: misnamed.line,
        message: `the limits section has the id "${misnamed.id}"; it must be "${LIMITS_SECTION_ID}" so links to it work on every article: ## What this does not show \\{#${LIMITS_SECTION_ID}}`,
      });
    } else if (!hasLimits) {
      problems.push({
        // The last line of content, where the section usually goes.
        line: tree.children.findLast((child) => child.position)?.position?.end.line,
        message: `the article has no "What this does not show" section. Add one, usually last: ## What this does not show \\{#${LIMITS_SECTION_ID}}, saying what the evidence cannot tell the reader.`,
      });
    }
    failAll(file, problems);
  };
}
