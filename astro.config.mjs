// @ts-check
// Wiring only: plugins live in src/plugins, integrations in src/integrations.
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import { markdownPlugins } from './src/plugins/index.ts';
import { contentPaths, isArticleFile, languageOfContentFile } from './src/config/content-paths.ts';
import { deployment } from './src/config/deployment.ts';
import { readGlossaries } from './src/config/glossary-file.ts';
import { contentPreflight } from './src/integrations/content-preflight/index.ts';
import { bibliographyKeys } from './src/config/bibliography-file.ts';
import { postBuild } from './src/integrations/post-build/index.ts';
import { pathUnder } from './src/lib/site.ts';

const paths = contentPaths();
const { site, base } = deployment();
const { keys, primaryKey, unread, profiles } = bibliographyKeys(paths.references);
// Each language's glossary and the path its pages are under: an article links terms and pages in its own language.
const languages = Object.fromEntries(
  /** @type {Array<[import('./src/lib/site.ts').Locale, import('./src/schemas/glossary.ts').GlossaryTerm[]]>} */ (Object.entries(readGlossaries(paths))).map(
    ([locale, terms]) => [locale, { glossary: { terms, href: pathUnder(base, 'glossary', { locale }) }, base: pathUnder(base, { locale }) }],
  ),
);

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  // One stylesheet for the whole site, cached for a year under its content hash, instead of the same
  // CSS inlined into every page; scoped styles by class rather than a data attribute on every element.
  build: { format: 'directory', inlineStylesheets: 'never' },
  scopedStyleStrategy: 'class',
  markdown: {
    // Astro 7's default processor ignores remark/rehype plugins (and would leave [@key] as text):
    // the unified processor runs ours. gfm is off because remark-gfm is in our own list.
    processor: unified({
      gfm: false,
      ...markdownPlugins({
        bibliographyPath: paths.references,
        keys,
        primaryKey,
        unread,
        profiles,
        languages,
        languageOf: languageOfContentFile(paths),
        isArticle: isArticleFile(paths),
      }),
    }),
  },
  integrations: [
    // First: content errors are reported with file and line before Astro reads any content.
    contentPreflight(paths),
    // optimize (as Starlight sets it): static parts of an article compile to HTML strings instead of
    // one JSX call per element, which makes the build cheaper per page (scripts/bench). Pages are the
    // same, but for insignificant line breaks between table elements.
    mdx({ gfm: false, optimize: true }),
    // Last: every step after the build, in the order of src/integrations/post-build/steps.ts.
    postBuild({
      sourceDirs: [paths.root, 'src'],
      // `npm run anchors:update` sets ANCHORS_UPDATE to rewrite the registry instead of only checking it.
      anchors: { file: paths.anchors, update: process.env['ANCHORS_UPDATE'] === '1' },
      layers: 'src/styles/layers.css',
    }),
  ],
  devToolbar: { enabled: false },
  // Build tests (tests/unit/builds/build-errors.test.ts) build fixture sites side by side with their own cache.
  ...(process.env['ASTRO_CACHE_DIR'] ? { cacheDir: process.env['ASTRO_CACHE_DIR'] } : {}),
  // Scripts stay external files: a strict Content-Security-Policy (script-src 'self') allows them,
  // and inlined scripts hit withastro/astro#17265 (a dynamic import left with __VITE_PRELOAD__).
  vite: { build: { assetsInlineLimit: 0 } },
});
