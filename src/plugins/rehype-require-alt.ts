import type { Root } from 'hast';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import { isJsxElement, jsxAttribute } from './mdx-jsx.ts';
import { failAll, type PluginProblem } from './problems.ts';

/**
 * Fails the file when an image has no text alternative: a reader who cannot see it would get
 * nothing. Checks Markdown images (`![alt](src)`) and `<img>` written as JSX. An image that is
 * purely decorative has no place in an article body, so empty alt text is refused too.
 */
export function rehypeRequireAlt() {
  return function transform(tree: Root, file: VFile) {
    const problems: PluginProblem[] = [];

    visit(tree, (node) => {
      if (node.type === 'element' && node.tagName === 'img') {
        const alt = node.properties['alt'];
        if (typeof alt !== 'string' || alt.trim() === '') {
          problems.push({
            line: node.position?.start.line,
            message: `image "${String(node.properties['src'] ?? '')}" has no alt text. Write what it shows: ![A diagram of a synapse](…).`,
          });
        }
      }
      if (isJsxElement(node, 'img')) {
        const alt = jsxAttribute(node, 'alt');
        if (typeof alt !== 'string' || alt.trim() === '') {
          problems.push({ line: node.position?.start.line, message: '<img> has no alt text. Add alt="what the image shows".' });
        }
      }
    });

    failAll(file, problems);
  };
}
