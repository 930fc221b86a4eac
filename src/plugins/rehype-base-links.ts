import type { Root } from 'hast';
import { visit } from 'unist-util-visit';
import { normaliseBase } from '../lib/site.ts';

export interface Options {
  /** The base path the site is built for, e.g. `/` or `/ketamine-ampa/`. */
  base: string;
}

/**
 * Lets articles link to other pages as the site sees them (`/glossary/#pet`) and still work when
 * the site is served from a sub-folder: root-relative links and images get the base path in front.
 *
 * With `base: '/ketamine-ampa/'`, `<a href="/glossary/#pet">` becomes
 * `<a href="/ketamine-ampa/glossary/#pet">`. Relative links (`../x/`, `#id`), links to other hosts
 * (`https://…`, `//host/…`) and links that already start with the base are left alone.
 */
export function rehypeBaseLinks(options: Options) {
  const prefix = normaliseBase(options.base).slice(0, -1);
  return function transform(tree: Root) {
    if (!prefix) return;
    visit(tree, 'element', (node) => {
      const attribute = node.tagName === 'a' ? 'href' : node.tagName === 'img' ? 'src' : undefined;
      const value = attribute ? node.properties[attribute] : undefined;
      if (!attribute || typeof value !== 'string') return;
      if (value.startsWith('/') && !value.startsWith('//') && !value.startsWith(`${prefix}/`)) {
        node.properties[attribute] = `${prefix}${value}`;
      }
    });
  };
}
