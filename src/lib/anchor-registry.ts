/**
 * The anchor registry (content/anchors.json): the public pages and ids the site keeps, and the
 * redirects that carry old addresses to new ones. Links here are base-less site paths:
 * `/articles/x/` or `/articles/x/#id`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { anchorRegistrySchema, type AnchorRegistry } from '../schemas/anchors.ts';

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
 * Reads and validates the registry. Returns undefined when the file does not exist (a fixture site
 * without one); a malformed file fails with its path and what to fix.
 */
export function loadAnchorRegistry(file: string): AnchorRegistry | undefined {
  if (!existsSync(file)) return undefined;
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`${file} is not valid JSON (${(error as Error).message}). Fix it by hand, or restore it with git and run "npm run anchors:update".`);
  }
  const parsed = anchorRegistrySchema.safeParse(json);
  if (!parsed.success) {
    // zod reports a bad record key as "Invalid key in record"; the key's own message says what to fix.
    const issues = parsed.error.issues.map((issue) => {
      const message = issue.code === 'invalid_key' ? issue.issues.map((inner) => inner.message).join('; ') : issue.message;
      return `  ${file} at ${issue.path.join(' → ') || 'top level'}: ${message}`;
    });
    throw new Error(`${file} has ${issues.length} problem(s):\n${issues.join('\n')}`);
  }
  return parsed.data;
}
