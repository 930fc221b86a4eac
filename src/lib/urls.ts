/**
 * Builds a path inside the site from segments, honouring the base path the site is built for
 * (`BASE_PATH`), always ending pages with a slash: `sitePath('articles', 'x')` → `/base/articles/x/`.
 * Pass a trailing `#fragment` as its own argument.
 */
export function sitePath(...segments: string[]): string {
  const base = import.meta.env.BASE_URL.replace(/\/+$/, '');
  const fragment = segments.at(-1)?.startsWith('#') ? segments.pop() : undefined;
  const path = segments.map((s) => s.replace(/^\/+|\/+$/g, '')).filter(Boolean).join('/');
  return `${base}/${path}${path ? '/' : ''}${fragment ?? ''}`;
}

/** The public URL of an article page. */
export const articlePath = (slug: string, fragment?: string) => sitePath('articles', slug, ...(fragment ? [`#${fragment}`] : []));
