/**
 * Share pages and card images (issue 21): the engine, not yet wired into the build. A post-build
 * step uses it in four moves:
 *
 * ```ts
 * const theme = cardTheme(await readFile('src/styles/tokens.css', 'utf8'));
 * const fonts = createFontSource();
 * const article = readArticleSections(page.tree);             // or the page's HTML text
 * const requests = article.sections.map((s) => ({ name: `${slug}--${s.id}`, card: sectionCard(s, article, SITE_NAME) }));
 * const files = await writeCards(requests, { outDir: 'dist/cards', theme, fonts, rendererVersions: rendererVersions() });
 * // then, for each section, write renderSharePage({ section, image: { url: …files[i].file, … }, … }) to its share URL.
 * ```
 *
 * Everything here is a function of its inputs: URLs, words and file locations come from the caller.
 */
export { type ArticleSections, type EvidenceLabel, readArticleSections, type SectionOptions, type ShareableSection } from './article-sections.ts';
export { clipText, DESCRIPTION_LIMIT, descriptionLimit } from './clip-text.ts';
export { pageCard, sectionCard } from './card-content.ts';
export { type CardFile, type CardRequest, cardFileName, cardKey, DEFAULT_CACHE_DIR, pruneCardCache, type WriteCardsOptions, writeCards } from './card-files.ts';
export { createFontSource, type FontSource } from './card-fonts.ts';
export { CARD_SIZE, type CardContent, cardAlt } from './card-layout.ts';
export { type CardTheme, cardTheme } from './card-theme.ts';
export { renderCard, rendererVersions } from './render-card.ts';
export { renderSharePage, SHARE_PAGE_STYLE, type SharePageInput, type ShareWords, sectionTarget } from './share-page.ts';
