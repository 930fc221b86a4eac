/**
 * The MDX components an article writes (`<Figure name="synapse" />`, `<Term id="pet">`) reach the
 * rehype plugins as JSX nodes, typed here with mdast-util-mdx-jsx's own types. Every plugin that
 * looks at a component asks through these two helpers.
 */
import type { MdxJsxFlowElementHast, MdxJsxTextElementHast } from 'mdast-util-mdx-jsx';

export type JsxElement = MdxJsxFlowElementHast | MdxJsxTextElementHast;

/** True for a component written in an article, optionally only one named `name`. */
export function isJsxElement(node: { type: string }, name?: string): node is JsxElement {
  if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return false;
  return name === undefined || (node as JsxElement).name === name;
}

/**
 * An attribute's value as written: a string for `name="x"`, null for a bare `name`, an expression
 * object for `name={x}`, undefined when the attribute is absent.
 */
export function jsxAttribute(node: JsxElement, name: string): unknown {
  return node.attributes.find((attribute) => attribute.type === 'mdxJsxAttribute' && attribute.name === name)?.value;
}
