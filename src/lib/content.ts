import { getCollection, getEntry, render, type CollectionEntry } from 'astro:content';
import type { CitationData } from '../plugins/rehype-citation-links.ts';
import { KEBAB_ID } from '../schemas/shared.ts';
import type { Reference } from '../schemas/reference.ts';
import { FIGURE_NAMES, type FigureData, type FigureName, type FigureOf } from '../schemas/figure.ts';

export type Article = CollectionEntry<'articles'>;

/** All articles in reading order (by `order`, then title). */
export async function getArticles(): Promise<Article[]> {
  const articles = await getCollection('articles');
  for (const article of articles) {
    if (!KEBAB_ID.test(article.id)) {
      throw new Error(
        `${article.filePath ?? article.id}: the file name becomes the page URL, so it must be lowercase words joined by hyphens (e.g. what-the-study-found.mdx).`,
      );
    }
  }
  return articles.sort((a, b) => a.data.order - b.data.order || a.data.title.localeCompare(b.data.title));
}

/** Every reference by key. */
export async function getReferenceMap(): Promise<Map<string, Reference>> {
  const entries = await getCollection('references');
  return new Map(entries.map((entry) => [entry.id, entry.data]));
}

/** The study this site explains: the one reference marked `custom.primary`. */
export function primaryStudy(references: Map<string, Reference>): Reference {
  const primary = [...references.values()].filter((r) => r.custom?.primary);
  if (primary.length !== 1) {
    throw new Error(`content/references/references.json: exactly one reference must have "custom": { "primary": true }; found ${primary.length}.`);
  }
  return primary[0] as Reference;
}

/** Glossary terms A–Z. Fails when a term lists a related id that does not exist. */
export async function getGlossary() {
  const terms = (await getCollection('glossary')).map((t) => t.data);
  const ids = new Set(terms.map((t) => t.id));
  for (const term of terms) {
    const unknown = term.related.filter((id) => !ids.has(id));
    if (unknown.length > 0) {
      throw new Error(`content/glossary/terms.yaml: term "${term.id}" lists related id(s) ${unknown.join(', ')} that no term has; fix the id or add the term.`);
    }
  }
  return terms.sort((a, b) => a.term.localeCompare(b.term, 'en', { sensitivity: 'base' }));
}

/** Which articles cite each reference key, in article order, for the references page. */
export async function getCitingArticles(): Promise<Map<string, Article[]>> {
  const citing = new Map<string, Article[]>();
  for (const article of await getArticles()) {
    const { remarkPluginFrontmatter } = await render(article);
    const order = (remarkPluginFrontmatter['citations'] as CitationData | undefined)?.order ?? [];
    for (const key of order) citing.set(key, [...(citing.get(key) ?? []), article]);
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
  if (!entry) throw new Error(`content/figures/figures.yaml has no figure "${name}"; add its entry (title, alt, caption, description and its data).`);
  return entry.data as FigureOf<Name>;
}
