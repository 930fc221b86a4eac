import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { SyntheticPage } from './synthetic-site.ts';

/**
 * The Starlight peer for build times: a temporary Starlight project, installed from the npm
 * registry once into a cache folder and reused, with as many plain Markdown pages as our site has
 * articles, each carrying the text of one synthetic article. Nothing of Starlight is committed.
 */
export const PEER_DIR = path.join('node_modules', '.cache', 'bench-starlight-peer');
/** Starlight 0.42 is the line that runs on Astro 7 (the peer was 0.42.4). */
export const STARLIGHT_RANGE = '^0.42.4';

/** The peer's package.json: Starlight, and the same Astro as ours, so only the site differs. */
export function peerPackage(astroVersion: string): string {
  const pkg = {
    name: 'bench-starlight-peer',
    private: true,
    type: 'module',
    description: 'Written by scripts/bench/starlight-peer.ts: the Starlight site our build time is compared with.',
    dependencies: { '@astrojs/starlight': STARLIGHT_RANGE, astro: astroVersion },
  };
  return `${JSON.stringify(pkg, null, 2)}\n`;
}

/**
 * Starlight's defaults, except the sidebar: by default it lists every page on every page, which
 * makes each page's cost grow with the site. Our article pages link to their own sections only,
 * so the peer's sidebar holds one link; like for like, the build cost per page is what is compared.
 */
const CONFIG = `// Written by scripts/bench/starlight-peer.ts.
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';

export default defineConfig({
  integrations: [starlight({ title: 'Starlight peer', sidebar: [{ label: 'Home', link: '/' }] })],
});
`;

const CONTENT_CONFIG = `// Written by scripts/bench/starlight-peer.ts.
import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';

export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };
`;

/**
 * Makes sure the peer project exists and is installed (npm install runs only when its package.json
 * changes, e.g. after our Astro is upgraded). Returns the installed Starlight and Astro versions.
 */
export function preparePeer(dir: string, astroVersion: string): { starlight: string; astro: string } {
  mkdirSync(path.join(dir, 'src', 'content'), { recursive: true });
  const pkgFile = path.join(dir, 'package.json');
  const pkg = peerPackage(astroVersion);
  const installed = existsSync(pkgFile) && readFileSync(pkgFile, 'utf8') === pkg && existsSync(path.join(dir, 'node_modules', '@astrojs', 'starlight'));
  writeFileSync(path.join(dir, 'astro.config.mjs'), CONFIG);
  writeFileSync(path.join(dir, 'src', 'content.config.ts'), CONTENT_CONFIG);
  if (!installed) {
    writeFileSync(pkgFile, pkg);
    console.log(`Installing the Starlight peer (${STARLIGHT_RANGE}, astro ${astroVersion}) into ${dir}…`);
    // npm itself, as `npm run bench` was started with it; `npm` from PATH otherwise.
    const npm = process.env['npm_execpath'];
    const args = ['install', '--no-audit', '--no-fund', '--loglevel=error'];
    const result = npm ? spawnSync(process.execPath, [npm, ...args], { cwd: dir, stdio: 'inherit' }) : spawnSync('npm', args, { cwd: dir, stdio: 'inherit' });
    if (result.status !== 0) throw new Error(`npm install of the Starlight peer in ${dir} failed (exit status ${result.status})`);
  }
  const version = (name: string) => (JSON.parse(readFileSync(path.join(dir, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;
  return { starlight: version('@astrojs/starlight'), astro: version('astro') };
}

/** Replaces the peer's pages with a home page and one Markdown page per article. */
export function writePeerPages(dir: string, pages: readonly SyntheticPage[], titles: ReadonlyMap<string, string>): void {
  const docs = path.join(dir, 'src', 'content', 'docs');
  rmSync(docs, { recursive: true, force: true });
  mkdirSync(path.join(docs, 'articles'), { recursive: true });
  writeFileSync(
    path.join(docs, 'index.md'),
    '---\ntitle: Starlight peer\ndescription: The peer site for build times.\n---\n\nGenerated pages for the build benchmark.\n',
  );
  for (const page of pages) writeFileSync(path.join(docs, 'articles', `${page.slug}.md`), plainMarkdown(page.mdx, titles));
}

/**
 * One synthetic article as the plain Markdown a Starlight author would write for the same text:
 * the title and description, the takeaways as a list, the sections with Starlight's own heading
 * ids, each certainty label as words, citations as numbers and the cited works listed at the end
 * (which our layout writes from the bibliography).
 */
export function plainMarkdown(mdx: string, titles: ReadonlyMap<string, string>): string {
  const [, frontmatter = '', body = ''] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(mdx) ?? [];
  const field = (name: string) => new RegExp(`^${name}: (.*)$`, 'm').exec(frontmatter)?.[1] ?? '';
  const takeaways = [...frontmatter.matchAll(/^ {4}text: (.*)$/gm)].map((m) => `- ${m[1]}`);
  const cited: string[] = [];
  const number = (key: string) => {
    if (!cited.includes(key)) cited.push(key);
    return cited.indexOf(key) + 1;
  };
  const text = body
    .replace(/ \\\{#[a-z0-9-]+\}/g, '')
    .replace(/^<\/?Claim[^>]*>\n\n/gm, '')
    .replace(/<Evidence level="([a-z-]+)" \/>/g, (_, level: string) => `(Certainty: ${level})`)
    .replace(
      /\[(@[^\]]+)\]/g,
      (_, keys: string) =>
        `[${keys
          .split('; ')
          .map((key) => number(key.slice(1)))
          .join(', ')}]`,
    );
  const references = cited.map((key, i) => `${i + 1}. ${titles.get(key) ?? key}`);
  return `---
title: ${field('title')}
description: ${field('description')}
---

## Takeaways

${takeaways.join('\n')}

${text.trim()}

## References

${references.join('\n')}
`;
}
