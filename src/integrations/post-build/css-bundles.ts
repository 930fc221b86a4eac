import { createHash } from 'node:crypto';
import path from 'node:path';
import { withoutBase } from '../../lib/site.ts';
import type { BuiltSite } from './built-site.ts';
import type { PostBuildStep } from './step.ts';

/** How Astro writes a page's stylesheets into its HTML (`build.inlineStylesheets: 'never'`). */
const STYLESHEET = /<link rel="stylesheet" href="([^"]+)">/g;

/** The stylesheets a page links, in order, as written. */
export const linkedStylesheets = (html: string): string[] => [...html.matchAll(STYLESHEET)].map((m) => m[1] ?? '');

/**
 * At most two stylesheets per page: the one every page shares (the site's frame, cached once for
 * all pages) and one bundle of everything else that page kind needs. Vite splits CSS by component,
 * so an article linked seven files; each is a request on a first visit, and on a phone requests
 * cost more than bytes. The bundles are named by their content's hash, like Astro's own files, so
 * they can be cached for a year. Files no page links any more are removed. First of the steps:
 * it rewrites the pages' stylesheet links, which the others then read.
 */
export const cssBundles: PostBuildStep = {
  name: 'CSS bundles',
  async run({ site, base }) {
    const { pages, bundles, removed } = await bundleStylesheets(site, base);
    return `${pages} pages link at most 2 stylesheets (${bundles} bundles written, ${removed} files no longer needed)`;
  },
};

export async function bundleStylesheets(site: BuiltSite, base: string): Promise<{ pages: number; bundles: number; removed: number }> {
  const pages = site.list('.html');
  const linked = await Promise.all(pages.map(async (file) => linkedStylesheets(await site.text(file))));
  const shared = sharedStylesheet(linked);
  const fileOf = (href: string) => withoutBase(base, href).slice(1);
  const written = new Set<string>();

  for (const [i, page] of pages.entries()) {
    const hrefs = linked[i] ?? [];
    const rest = hrefs[0] === shared ? hrefs.slice(1) : hrefs;
    if (rest.length < 2) continue;
    const css = (await Promise.all(rest.map((href) => site.text(fileOf(href))))).join('\n');
    const name = `bundle.${createHash('sha256').update(css).digest('base64url').slice(0, 10)}.css`;
    const href = `${path.posix.dirname(rest[0] ?? '')}/${name}`;
    if (!written.has(href)) await site.write(fileOf(href), css);
    written.add(href);
    // The bundle takes the place of the first sheet it replaces, so the cascade order is kept.
    let html = (await site.text(page)).replace(`<link rel="stylesheet" href="${rest[0]}">`, `<link rel="stylesheet" href="${href}">`);
    for (const gone of rest.slice(1)) html = html.replace(`<link rel="stylesheet" href="${gone}">`, '');
    await site.write(page, html);
  }
  const removed = await removeOrphans(site, linked.flat(), fileOf);
  return { pages: pages.length, bundles: written.size, removed };
}

/**
 * The site's frame: a sheet every page links, first on most of them. A page that links it later
 * (its own sheet comes first) gets everything in one bundle, so its cascade order is kept.
 */
function sharedStylesheet(linked: readonly string[][]): string | undefined {
  const everywhere = (linked[0] ?? []).filter((href) => linked.every((hrefs) => hrefs.includes(href)));
  const firstOn = (href: string) => linked.filter((hrefs) => hrefs[0] === href).length;
  return everywhere.sort((a, b) => firstOn(b) - firstOn(a))[0];
}

/** Removes the stylesheets no page links any more, except those a script loads (named in its code). */
async function removeOrphans(site: BuiltSite, wereLinked: readonly string[], fileOf: (href: string) => string): Promise<number> {
  const stillLinked = new Set<string>();
  for (const page of site.list('.html')) for (const href of linkedStylesheets(await site.text(page))) stillLinked.add(fileOf(href));
  const scripts = await Promise.all(site.list('.js').map((file) => site.text(file)));
  const loadedByScript = (file: string) => scripts.some((text) => text.includes(path.posix.basename(file)));
  const orphans = [...new Set(wereLinked.map(fileOf))].filter((file) => site.has(file) && !stillLinked.has(file) && !loadedByScript(file));
  await Promise.all(orphans.map((file) => site.remove(file)));
  return orphans.length;
}
