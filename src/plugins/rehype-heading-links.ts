import type { Element, ElementContent, Root } from 'hast';
import { h } from 'hastscript';
import { u } from 'unist-builder';
import { SKIP, visit } from 'unist-util-visit';
import { isJsxElement } from './mdx-jsx.ts';
import { ANCHOR_KINDS, DATA, hastProperty } from '../lib/dom-names.ts';

export interface Options {
  /** Heading elements that become links to themselves. Default: h2 and h3 (the sections readers link to). */
  tagNames?: readonly string[];
}

/** Elements a link may not contain. */
const INTERACTIVE_TAGS = new Set(['a', 'button', 'input', 'select', 'textarea', 'details']);

/**
 * Makes each section heading a link to its own fragment, so a reader can copy a section's
 * address without JavaScript, and marks it as a public anchor (`data-anchor="section"`): it gets
 * a copy-link button and an entry in content/anchors.json.
 *
 * ```html
 * <h2 id="who-took-part">Who took part</h2>
 * ```
 * becomes
 * ```html
 * <h2 id="who-took-part" data-anchor="section"><a class="heading-link" href="#who-took-part">Who took part</a></h2>
 * ```
 *
 * Links cannot nest, so a link or an MDX component inside a heading stays outside: the text
 * around it is linked instead. The heading text stays plain (no "#" or icon), so search-result
 * titles stay clean. Runs on headings that already have an id: place it after remarkHeadingIds.
 */
export function rehypeHeadingLinks(options: Options = {}) {
  const tagNames = new Set(options.tagNames ?? ['h2', 'h3']);

  return function transform(tree: Root) {
    visit(tree, 'element', (node: Element) => {
      const id = node.properties['id'];
      if (!tagNames.has(node.tagName) || typeof id !== 'string' || id === '') return;
      node.properties[hastProperty(DATA.anchor)] = ANCHOR_KINDS.section;
      node.children = linkRuns(node.children, id);
      return SKIP;
    });
  };
}

/** Wraps each run of non-interactive content in a link to `#id`; whitespace at a run's edges stays outside. */
function linkRuns(children: ElementContent[], id: string): ElementContent[] {
  const result: ElementContent[] = [];
  let run: ElementContent[] = [];
  const flush = () => {
    const [before, inside, after] = trimRun(run);
    if (inside.length > 0) {
      result.push(...before, h('a.heading-link', { href: `#${id}` }, inside), ...after);
    } else {
      result.push(...run);
    }
    run = [];
  };
  for (const child of children) {
    if (isInteractive(child)) {
      flush();
      result.push(child);
    } else {
      run.push(child);
    }
  }
  flush();
  return result;
}

/** Splits a run into leading whitespace, content and trailing whitespace, so no link underlines a space. */
function trimRun(run: ElementContent[]): [ElementContent[], ElementContent[], ElementContent[]] {
  const inside = [...run];
  const before: ElementContent[] = [];
  const after: ElementContent[] = [];
  const first = inside[0];
  if (first?.type === 'text') {
    const [, space = '', rest = ''] = /^(\s*)([\s\S]*)$/.exec(first.value) ?? [];
    if (space) before.push(u('text', space));
    if (rest) inside[0] = u('text', rest);
    else inside.shift();
  }
  const last = inside.at(-1);
  if (last?.type === 'text') {
    const [, rest = '', space = ''] = /^([\s\S]*?)(\s*)$/.exec(last.value) ?? [];
    if (space) after.push(u('text', space));
    if (rest) inside[inside.length - 1] = u('text', rest);
    else inside.pop();
  }
  return [before, inside, after];
}

/** Links cannot nest; an MDX component (e.g. `<Evidence />`) may render one, so it counts too. */
function isInteractive(node: ElementContent): boolean {
  if (isJsxElement(node)) return true;
  if (node.type !== 'element') return false;
  return INTERACTIVE_TAGS.has(node.tagName) || node.children.some(isInteractive);
}
