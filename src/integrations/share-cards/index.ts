/**
 * Share pages and card images (issue 21). The post-build step (post-build/share-pages.ts) uses it
 * in a few lines:
 *
 * ```ts
 * const plan = planSharePages(builtPages, site, registry.redirects); // site: languages, words, URLs (ShareSite)
 * const workers = createCardWorkers({ theme });                     // or leave out `render` to draw in this thread
 * const files = await writeCards(plan.requests, { outDir: 'dist/cards', theme, fonts: createFontSource(),
 *   rendererVersions: rendererVersions(), render: workers.render, concurrency: workers.size });
 * await workers.close();
 * plan.sharePages(files)  // every share page, live and at old addresses
 * plan.pageImages(files)  // every page's own og:image, added with withPreviewImage
 * ```
 *
 * Everything here is a function of its inputs: URLs, words and file locations come from the caller.
 * This file exports what the step uses; tests import each module directly.
 */
export { type CardFile, DEFAULT_CACHE_DIR, pruneCardCache, writeCards } from './card-files.ts';
export { createFontSource } from './card-fonts.ts';
export { cardTheme } from './card-theme.ts';
export { createCardWorkers } from './card-workers.ts';
export { rendererVersions } from './render-card.ts';
export { type PlannedPage, planSharePages, type ShareSite } from './share-plan.ts';
export { withPreviewImage } from './share-page.ts';
