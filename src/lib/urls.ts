/**
 * Builds a path inside the site from segments, honouring the base path the site is built for
 * (`BASE_PATH`), always ending pages with a slash: `sitePath('articles', 'x')` → `/base/articles/x/`.
 * Pass a trailing `#fragment` as its own argument.
 */
export function sitePath(...segments: string[]): string {
  const base = import.meta.env.BASE_URL.replace(/\/+$/, '');
  const fragment = segments.at(-1)?.startsWith('#') ? segments.pop() : undefined;
  const path = segments
    .map((s) => s.replace(/^\/+|\/+$/g, ''))
    .filter(Boolean)
    .join('/');
  return `${base}/${path}${path ? '/' : ''}${fragment ?? ''}`;
}

/** The public URL of an article page. */
export const articlePath = (slug: string, fragment?: string) => sitePath('articles', slug, ...(fragment ? [`#${fragment}`] : []));

/** A base-less site link as written in content/anchors.json (`/articles/x/#id`), as an href under the base path. */
export const siteHref = (link: string) => `${import.meta.env.BASE_URL.replace(/\/+$/, '')}${link}`;

/** The base-less site path of a page: `/base/articles/x/` → `/articles/x/`. */
export const pageOf = (pathname: string) => `/${pathname.slice(import.meta.env.BASE_URL.replace(/\/?$/, '/').length)}`;
