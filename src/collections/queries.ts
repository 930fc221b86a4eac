/**
 * What pages and components read from the content collections (astro:content): render time, and
 * the one folder besides the pages that asks Astro for content. The shaping of what is read is
 * pure and lives in lib/.
 */
import { getCollection, getEntry, render, type CollectionEntry } from 'astro:content';
import { readCitations } from '../lib/citation-data.ts';
import { checked } from '../lib/checked.ts';
import { studyCard } from '../lib/study-card.ts';
import type { Reference } from '../schemas/reference.ts';
import { FIGURE_NAMES, type FigureData, type FigureName, type FigureOf } from '../schemas/figure.ts';

export type Article = CollectionEntry<'articles'>;

/** All articles in reading order (by `order`, then title). */
export async function getArticles(): Promise<Article[]> {
  const articles = await getCollection('articles');
  return articles.sort((a, b) => a.data.order - b.data.order || a.data.title.localeCompare(b.data.title));
}

/** Every reference by key. */
export async function getReferenceMap(): Promise<Map<string, Reference>> {
  const entries = await getCollection('references');
  return new Map(entries.map((entry) => [entry.id, entry.data]));
}

/** The primary study and the lines of its card (lib/study-card.ts). */
export async function getStudyCard(references: ReadonlyMap<string, Reference>) {
  return studyCard(
    (await getCollection('studyCard')).map((entry) => entry.data),
    references,
  );
}

/** Glossary terms A–Z. */
export async function getGlossary() {
  const terms = (await getCollection('glossary')).map((t) => t.data);
  return terms.sort((a, b) => a.term.localeCompare(b.term, 'en', { sensitivity: 'base' }));
}

/** Which articles cite each reference key, in article order, for the references page. */
export async function getCitingArticles(): Promise<Map<string, Article[]>> {
  const citing = new Map<string, Article[]>();
  for (const article of await getArticles()) {
    const { remarkPluginFrontmatter } = await render(article);
    for (const key of readCitations(remarkPluginFrontmatter).order) citing.set(key, [...(citing.get(key) ?? []), article]);
  }
  return citing;
}

/** Every figure that has words and data, in FIGURE_NAMES order. */
export async function getFigures(): Promise<FigureData[]> {
  const figures = (await getCollection('figures')).map((entry) => entry.data);
  return figures.sort((a, b) => FIGURE_NAMES.indexOf(a.id) - FIGURE_NAMES.indexOf(b.id));
}

/** One figure's words and data, by the name an article uses in `<Figure name="…" />`. */
export async function getFigure<Name extends FigureName>(name: Name): Promise<FigureOf<Name>> {
  const entry = await getEntry('figures', name);
  return checked(entry?.data, `The words and data of figure "${name}" (content/figures/figures.yaml)`) as FigureOf<Name>;
}
