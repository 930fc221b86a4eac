/**
 * The anchor registry (content/anchors.json): the public pages and ids the site keeps, and the
 * redirects that carry old addresses to new ones. Links here are base-less site paths:
 * `/articles/x/` or `/articles/x/#id`. No I/O here: pages' scripts use these functions too.
 */
import type { AnchorRegistry } from '../schemas/anchors.ts';

export type { AnchorRegistry };

export interface SiteLink {
  /** `/articles/x/` */
  page: string;
  /** The fragment without `#`, if any. */
  id: string | undefined;
}

export function splitLink(link: string): SiteLink {
  const hash = link.indexOf('#');
  return hash === -1 ? { page: link, id: undefined } : { page: link.slice(0, hash), id: link.slice(hash + 1) };
}

export const joinLink = ({ page, id }: SiteLink): string => (id ? `${page}#${id}` : page);

/** The id a URL's hash names (`#who-took-part` → `who-took-part`); empty when none or malformed. */
export function hashId(hash: string): string {
  try {
    return decodeURIComponent(hash.replace(/^#/, ''));
  } catch {
    return ''; // a malformed %-escape names nothing we could match
  }
}

/**
 * Where `link` leads after following every redirect. A page redirect carries the fragment along
 * (`/old/#x` → `/new/#x`) unless its target names a fragment of its own or a line names `/old/#x`.
 * Throws when redirects form a loop.
 */
export function followRedirects(link: string, redirects: Readonly<Record<string, string>>): string {
  const seen = [link];
  let current = link;
  for (let next = redirectOnce(current, redirects); next !== undefined; next = redirectOnce(current, redirects)) {
    if (seen.includes(next)) throw new Error(`the redirects in content/anchors.json go round in a loop: ${[...seen, next].join(' → ')}`);
    seen.push(next);
    current = next;
  }
  return current;
}

function redirectOnce(link: string, redirects: Readonly<Record<string, string>>): string | undefined {
  const exact = redirects[link];
  if (exact !== undefined) return exact;
  const { page, id } = splitLink(link);
  const moved = id === undefined ? undefined : redirects[page];
  if (moved === undefined) return undefined;
  const target = splitLink(moved);
  return target.id ? moved : joinLink({ page: target.page, id });
}

/** Old ids of `page` that have a redirect line, each with the link it finally leads to. */
export function fragmentRedirects(registry: AnchorRegistry, page: string): Record<string, string> {
  const map: Record<string, string> = {};
  for (const from of Object.keys(registry.redirects)) {
    const { page: fromPage, id } = splitLink(from);
    if (fromPage === page && id) map[id] = followRedirects(from, registry.redirects);
  }
  return map;
}

export interface MovedPage {
  /** The old page path. */
  from: string;
  /** Where the page itself now is. */
  to: string;
  /** Old ids with their own redirect line, and where each leads. */
  fragments: Record<string, string>;
}

/** Every page that has moved, from the page redirect lines. */
export function movedPages(registry: AnchorRegistry): MovedPage[] {
  return Object.keys(registry.redirects)
    .filter((from) => splitLink(from).id === undefined)
    .map((from) => ({ from, to: followRedirects(from, registry.redirects), fragments: fragmentRedirects(registry, from) }));
}

/**
 * Where a reader who opened a moved page with `#id` should go: the id's own redirect line, or the
 * new page with the same fragment (the new page's own redirects take it from there).
 */
export function movedTarget(moved: Pick<MovedPage, 'to' | 'fragments'>, id: string): string {
  if (!id) return moved.to;
  return moved.fragments[id] ?? (splitLink(moved.to).id ? moved.to : joinLink({ page: moved.to, id }));
}
