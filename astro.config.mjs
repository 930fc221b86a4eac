// @ts-check
// Wiring only: plugins live in src/plugins, integrations in src/integrations.
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import { markdownPlugins } from './src/plugins/index.ts';
import { contentPaths } from './src/lib/content-paths.ts';
import { deployment } from './src/lib/deployment.ts';
import { pagefindIndex } from './src/integrations/pagefind.ts';
import { linkCheck } from './src/integrations/link-check.ts';
import { contentPreflight } from './src/integrations/content-preflight.ts';
import { citationKeys } from './scripts/lib/content-preflight.ts';
import { contentSecurityPolicy } from './src/integrations/csp.ts';

const paths = contentPaths();
const { site, base } = deployment();

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'always' },
  markdown: {
    // Astro 7's default processor ignores remark/rehype plugins (and would leave [@key] as text):
    // the unified processor runs ours. gfm is off because remark-gfm is in our own list.
    processor: unified({ gfm: false, ...markdownPlugins({ bibliographyPath: paths.references, keys: citationKeys(paths.references) }) }),
  },
  integrations: [contentPreflight(paths), mdx({ gfm: false }), linkCheck({ sourceDirs: [paths.root, 'src'] }), pagefindIndex(), contentSecurityPolicy()],
  devToolbar: { enabled: false },
  // Build tests (tests/unit/build-errors.test.ts) build fixture sites side by side with their own cache.
  ...(process.env['ASTRO_CACHE_DIR'] ? { cacheDir: process.env['ASTRO_CACHE_DIR'] } : {}),
  // Scripts stay external files: a strict Content-Security-Policy (script-src 'self') allows them,
  // and inlined scripts hit withastro/astro#17265 (a dynamic import left with __VITE_PRELOAD__).
  vite: { build: { assetsInlineLimit: 0 } },
});
