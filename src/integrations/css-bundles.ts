import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { withoutBase } from '../lib/site.ts';

/** How Astro writes a page's stylesheets into its HTML (`build.inlineStylesheets: 'never'`). */
const STYLESHEET = /<link rel="stylesheet" href="([^"]+)">/g;

/**
 * At most two stylesheets per page: the one every page shares (the site's frame, cached once for
 * all pages) and one bundle of everything else that page kind needs. Vite splits CSS by component,
 * so an article linked seven files; each is a request on a first visit, and on a phone requests
 * cost more than bytes. The bundles are named by their content's hash, like Astro's own files, so
 * they can be cached for a year. Files no page links any more are removed.
 */
export function cssBundles(): AstroIntegration {
  let base = '/';
  return {
    name: 'site:css-bundles',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const { pages, bundles, removed } = await bundleStylesheets(fileURLToPath(dir), base);
        logger.info(`${pages} pages link at most 2 stylesheets (${bundles} bundles written, ${removed} files no longer needed)`);
      },
    },
  };
}

export async function bundleStylesheets(distDir: string, base: string): Promise<{ pages: number; bundles: number; removed: number }> {
  const files = await htmlFiles(distDir);
  const pages = await Promise.all(files.map(async (file) => ({ file, html: await readFile(file, 'utf8') })));
  const linked = pages.map(({ html }) => [...html.matchAll(STYLESHEET)].map((m) => m[1] ?? ''));
  // The site's frame: a sheet every page links, first on most of them. A page that links it later
  // (its own sheet comes first) gets everything in one bundle, so its cascade order is kept.
  const everywhere = (linked[0] ?? []).filter((href) => linked.every((hrefs) => hrefs.includes(href)));
  const firstOn = (href: string) => linked.filter((hrefs) => hrefs[0] === href).length;
  const shared = everywhere.sort((a, b) => firstOn(b) - firstOn(a))[0];
  const toFile = (href: string) => path.join(distDir, withoutBase(base, href));
  const written = new Set<string>();

  for (const [i, page] of pages.entries()) {
    const hrefs = linked[i] ?? [];
    const rest = hrefs[0] === shared ? hrefs.slice(1) : hrefs;
    if (rest.length < 2) continue;
    const css = (await Promise.all(rest.map((href) => readFile(toFile(href), 'utf8')))).join('\n');
    const name = `bundle.${createHash('sha256').update(css).digest('base64url').slice(0, 10)}.css`;
    const href = `${path.posix.dirname(rest[0] ?? '')}/${name}`;
    if (!written.has(href)) await writeFile(toFile(href), css);
    written.add(href);
    // The bundle takes the place of the first sheet it replaces, so the cascade order is kept.
    let html = page.html.replace(`<link rel="stylesheet" href="${rest[0]}">`, `<link rel="stylesheet" href="${href}">`);
    for (const gone of rest.slice(1)) html = html.replace(`<link rel="stylesheet" href="${gone}">`, '');
    page.html = html;
    await writeFile(page.file, html);
  }

  const stillLinked = new Set(pages.flatMap(({ html }) => [...html.matchAll(STYLESHEET)].map((m) => toFile(m[1] ?? ''))));
  // A stylesheet a script loads (with a dynamically imported module) is named in that script: keep it.
  const scripts = await scriptTexts(distDir);
  const loadedByScript = (file: string) => scripts.some((text) => text.includes(path.basename(file)));
  const orphans = linked
    .flat()
    .map(toFile)
    .filter((file, i, all) => all.indexOf(file) === i && !stillLinked.has(file) && !loadedByScript(file) && existsSync(file));
  await Promise.all(orphans.map((file) => rm(file)));
  return { pages: pages.length, bundles: written.size, removed: orphans.length };
}

async function scriptTexts(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files = entries.filter((e) => e.isFile() && e.name.endsWith('.js')).map((e) => path.join(e.parentPath, e.name));
  return Promise.all(files.map((file) => readFile(file, 'utf8')));
}

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile() && e.name.endsWith('.html')).map((e) => path.join(e.parentPath, e.name));
}
