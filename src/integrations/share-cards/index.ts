/**
 * Share pages and card images (issue 21): the engine, not yet wired into the build. A post-build
 * step over the parsed article pages of every language needs a few lines:
 *
 * ```ts
 * const theme = cardTheme(await readFile('src/styles/tokens.css', 'utf8'));
 * const plan = planSharePages(articlePages, site);   // site: names, locales, words, URLs (ShareSite)
 * const workers = createCardWorkers({ theme });      // or leave out `render` to draw in this thread
 * const files = await writeCards(plan.requests, { outDir: 'dist/cards', theme, fonts: createFontSource(),
 *   rendererVersions: rendererVersions(), render: workers.render, concurrency: workers.size });
 * await workers.close();
 * for (const page of plan.pages(files)) await write(path.join('dist', page.file), page.html);
 * ```
 *
 * Page-level cards (home, glossary, articles as a whole) are `pageCard(title, siteName, lang)`
 * requests to the same `writeCards`. Everything here is a function of its inputs: URLs, words and
 * file locations come from the caller.
 */
export { type ArticleSections, type EvidenceLabel, readArticleSections, type SectionOptions, type ShareableSection } from './article-sections.ts';
export { clipText, DESCRIPTION_LIMIT, descriptionLimit } from './clip-text.ts';
export { pageCard, sectionCard } from './card-content.ts';
export { type CardFile, type CardRequest, cardFileName, cardKey, DEFAULT_CACHE_DIR, pruneCardCache, type WriteCardsOptions, writeCards } from './card-files.ts';
export { createFontSource, type FontSource } from './card-fonts.ts';
export { CARD_SIZE, type CardContent, cardAlt } from './card-layout.ts';
export { type CardTheme, cardTheme } from './card-theme.ts';
export { type CardWorkerOptions, type CardWorkers, createCardWorkers } from './card-workers.ts';
export { renderCard, rendererVersions } from './render-card.ts';
export { type ArticlePage, planSharePages, type SharePlan, type ShareSite } from './share-plan.ts';
export { renderSharePage, SHARE_PAGE_STYLE, type SharePageInput, type ShareWords, sectionTarget } from './share-page.ts';
