/**
 * What pages and components read from the content collections (astro:content): render time, and
 * the one folder besides the pages that asks Astro for content. The shaping of what is read is
 * pure and lives in lib/.
 *
 * Every query takes the language of the page that asks (`pageLanguage(Astro.url).locale`). A
 * translation's collections hold only its own words; what does not depend on the language (an
 * article's audience, order and review dates, a term's related terms, the bibliography) comes from
 * the English files, so it is written once.
 */
import { getCollection, getEntry, render, type CollectionEntry } from 'astro:content';
import { readCitations } from '../lib/citation-data.ts';
import { checked } from '../lib/checked.ts';
import { DEFAULT_LOCALE, LOCALES, type Locale, type TranslationLocale } from '../lib/site.ts';
import { studyCard } from '../lib/study-card.ts';
import type { ArticleData } from '../schemas/article.ts';
import type { PageData } from '../schemas/page.ts';
import type { GlossaryTerm } from '../schemas/glossary.ts';
import type { Reference } from '../schemas/reference.ts';
import type { TranslationRecord } from '../schemas/translation.ts';
import { FIGURE_NAMES, type FigureData, type FigureName, type FigureOf } from '../schemas/figure.ts';

/** Each language's collections (content.config.ts); English's are the originals. */
export const LANGUAGE_COLLECTIONS = {
  en: { articles: 'articles', pages: 'pages', glossary: 'glossary', figures: 'figures', studyCard: 'studyCard', referenceNotes: undefined },
  ja: { articles: 'articlesJa', pages: 'pagesJa', glossary: 'glossaryJa', figures: 'figuresJa', studyCard: 'studyCardJa', referenceNotes: 'referenceNotesJa' },
} as const satisfies Record<Locale, Record<string, string | undefined>>;

/** An article in one language: its words (with the English page's language-free fields) and the entry to render. */
export interface Article {
  id: string;
  locale: Locale;
  data: ArticleData;
  entry: CollectionEntry<'articles'> | CollectionEntry<'articlesJa'>;
  /** For a translation: which English version it was made from. */
  translation?: TranslationRecord;
}

/** The prose of one of the site's own pages in one language: its words and the entry to render. */
export interface Page {
  id: PageName;
  locale: Locale;
  data: PageData;
  entry: CollectionEntry<'pages'> | CollectionEntry<'pagesJa'>;
  /** For a translation: which English version it was made from. */
  translation?: TranslationRecord;
}

/** The site's pages whose prose is a content file (content/pages/<name>.mdx, and the same name in every language). */
export type PageName = 'home' | 'about';

/** A glossary term in one language, with a reading for sorting (the term itself in English). */
export type Term = GlossaryTerm & { reading: string };

/** All articles of a language in reading order (by `order`, then title). */
export async function getArticles(locale: Locale = DEFAULT_LOCALE): Promise<Article[]> {
  const english = await getCollection('articles');
  const articles =
    locale === DEFAULT_LOCALE ? english.map((entry): Article => ({ id: entry.id, locale, data: entry.data, entry })) : await translated(english, locale);
  const collator = new Intl.Collator(LOCALES[locale].lang);
  return articles.sort((a, b) => a.data.order - b.data.order || collator.compare(a.data.title, b.data.title));
}

async function translated(english: ReadonlyArray<CollectionEntry<'articles'>>, locale: TranslationLocale): Promise<Article[]> {
  const entries = new Map((await getCollection(LANGUAGE_COLLECTIONS[locale].articles)).map((entry) => [entry.id, entry]));
  return english.map((original) => {
    // The content preflight has already failed the build for a page without its translation.
    const entry = checked(entries.get(original.id), `The ${LOCALES[locale].name} translation of article "${original.id}"`);
    const { translation, ...words } = entry.data;
    const { audience, order, studyCard, reviewed, nextReview } = original.data;
    return { id: original.id, locale, data: { ...words, audience, order, studyCard, reviewed, nextReview }, entry, translation };
  });
}

/**
 * A page's prose in a language (content/pages/<name>.mdx, content/ja/pages/<name>.mdx). A site
 * without the file fails its build here, naming the file: each page exists in every language built.
 */
export async function getPage(name: PageName, locale: Locale = DEFAULT_LOCALE): Promise<Page> {
  const collection = LANGUAGE_COLLECTIONS[locale].pages;
  const entry = await getEntry(collection, name);
  if (!entry) {
    const folder = locale === DEFAULT_LOCALE ? 'content/pages' : `content/${locale}/pages`;
    throw new Error(`${folder}/${name}.mdx is missing: the ${LOCALES[locale].name} ${name} page is built from it. Add it (see content/pages/${name}.mdx).`);
  }
  if (entry.collection === 'pages') return { id: name, locale, data: entry.data, entry };
  const { translation, ...data } = entry.data;
  return { id: name, locale, data, entry, translation };
}

/**
 * Every reference by key. The bibliography is the same in every language; a translation supplies
 * its own words for what is ours in a record: the reader note and a title we supplied.
 */
export async function getReferenceMap(locale: Locale = DEFAULT_LOCALE): Promise<Map<string, Reference>> {
  const entries = await getCollection('references');
  const collection = LANGUAGE_COLLECTIONS[locale].referenceNotes;
  const notes = new Map(collection ? (await getCollection(collection)).map((entry) => [entry.id, entry.data]) : []);
  return new Map(
    entries.map(({ id, data }) => {
      const note = notes.get(id);
      if (!note || !data.custom) return [id, data];
      const custom = {
        ...data.custom,
        ...(note.readerNote ? { readerNote: note.readerNote } : {}),
        ...(note.suppliedTitle ? { suppliedTitle: note.suppliedTitle } : {}),
      };
      return [id, { ...data, custom }];
    }),
  );
}

/** The primary study and the lines of its card (lib/study-card.ts), in a language. */
export async function getStudyCard(references: ReadonlyMap<string, Reference>, locale: Locale = DEFAULT_LOCALE) {
  return studyCard(
    (await getCollection(LANGUAGE_COLLECTIONS[locale].studyCard)).map((entry) => entry.data),
    references,
    locale,
  );
}

/** Glossary terms of a language, in its dictionary order: A–Z in English, 五十音 (by reading) in Japanese. */
export async function getGlossary(locale: Locale = DEFAULT_LOCALE): Promise<Term[]> {
  const english = (await getCollection('glossary')).map((entry) => entry.data);
  const collator = new Intl.Collator(LOCALES[locale].lang, { sensitivity: 'base', numeric: true });
  if (locale === DEFAULT_LOCALE) {
    return english.map((term) => ({ ...term, reading: term.term })).sort((a, b) => collator.compare(a.term, b.term));
  }
  const words = new Map((await getCollection(LANGUAGE_COLLECTIONS[locale].glossary)).map((entry) => [entry.data.id, entry.data]));
  return english
    .map((original): Term => {
      const { seenIn: _seenIn, ...term } = checked(words.get(original.id), `The ${LOCALES[locale].name} glossary entry "${original.id}"`);
      return { ...term, related: original.related, autoLink: original.autoLink };
    })
    .sort((a, b) => collator.compare(a.reading, b.reading));
}

/** Which articles cite each reference key, in article order, for the references page. */
export async function getCitingArticles(locale: Locale = DEFAULT_LOCALE): Promise<Map<string, Article[]>> {
  const citing = new Map<string, Article[]>();
  for (const article of await getArticles(locale)) {
    const { remarkPluginFrontmatter } = await render(article.entry);
    for (const key of readCitations(remarkPluginFrontmatter).order) citing.set(key, [...(citing.get(key) ?? []), article]);
  }
  return citing;
}

/** Every figure that has words and data, in FIGURE_NAMES order, in a language. */
export async function getFigures(locale: Locale = DEFAULT_LOCALE): Promise<FigureData[]> {
  const figures = (await getCollection(LANGUAGE_COLLECTIONS[locale].figures)).map((entry) => entry.data);
  return figures.sort((a, b) => FIGURE_NAMES.indexOf(a.id) - FIGURE_NAMES.indexOf(b.id));
}

/** One figure's words and data, by the name an article uses in `<Figure name="…" />`, in a language. */
export async function getFigure<Name extends FigureName>(name: Name, locale: Locale = DEFAULT_LOCALE): Promise<FigureOf<Name>> {
  const entry = await getEntry(LANGUAGE_COLLECTIONS[locale].figures, name);
  return checked(
    entry?.data,
    `The words and data of figure "${name}" (${locale === DEFAULT_LOCALE ? 'content' : `content/${locale}`}/figures/figures.yaml)`,
  ) as FigureOf<Name>;
}
