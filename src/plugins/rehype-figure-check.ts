import type { Root } from 'hast';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import { closest } from '../lib/closest.ts';
import { isJsxElement, jsxAttribute } from './mdx-jsx.ts';
import { failAll, type PluginProblem } from './problems.ts';

export interface Options {
  /** The figures the site can draw (`FIGURE_NAMES`). */
  names: readonly string[];
}

/**
 * Checks every `<Figure name="…" />` in an article against the figures the site can draw, so a
 * typo fails the build with the file, the line and the closest name, instead of an error from
 * inside the component that names no article. A figure is a block: written inside a paragraph,
 * it would produce invalid HTML, so that fails too.
 *
 * ```mdx
 * <Figure name="study-desing" />
 * ```
 * fails with `<Figure name="study-desing"> is not a figure the site can draw. Did you mean "study-design"? …`
 */
export function rehypeFigureCheck(options: Options) {
  return function transform(tree: Root, file: VFile) {
    const problems: PluginProblem[] = [];
    visit(tree, (node) => {
      if (!isJsxElement(node, 'Figure')) return;
      const line = node.position?.start.line;
      const name = jsxAttribute(node, 'name');
      if (typeof name !== 'string') {
        problems.push({ line, message: `<Figure> needs a name written as a plain string, one of: ${options.names.join(', ')}.` });
      } else if (!options.names.includes(name)) {
        const near = closest(name, options.names);
        problems.push({
          line,
          message: `<Figure name="${name}"> is not a figure the site can draw.${near ? ` Did you mean "${near}"?` : ''} Names: ${options.names.join(', ')}.`,
        });
      }
      if (node.type === 'mdxJsxTextElement') {
        problems.push({ line, message: `<Figure> is written inside a paragraph; put it on a line of its own, with blank lines around it.` });
      }
    });
    failAll(file, problems);
  };
}
