import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { articleSchema } from './schemas/article.ts';
import { glossaryTermSchema } from './schemas/glossary.ts';
import { figureSchema } from './schemas/figure.ts';
import { pageSchema, translatedPageSchema } from './schemas/page.ts';
import { referenceSchema } from './schemas/reference.ts';
import { studyCardSchema } from './schemas/study-fact.ts';
import { referenceNoteSchema, translatedArticleSchema, translatedTermSchema } from './schemas/translation.ts';
import { contentPaths } from './config/content-paths.ts';
import { dataFile } from './config/data-file-loader.ts';

const paths = contentPaths();
const ja = paths.translations.ja;

/** The explainer articles: one MDX file each. */
const articles = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base: paths.articles }),
  schema: articleSchema,
});

/** The prose of the site's own pages (home, About): one MDX file each, named after the page. */
const pages = defineCollection({
  loader: glob({ pattern: '*.mdx', base: paths.pages }),
  schema: pageSchema,
});

/**
 * The bibliography: verified CSL-JSON records, the same file rehype-citation reads. This and the
 * other data files are read by one reader (config/content-files.ts), as the content preflight and
 * the Markdown pipeline's config read them. One bibliography serves every language.
 */
const references = defineCollection({
  loader: dataFile(paths.references),
  schema: referenceSchema,
});

/** The study card: facts about the primary study, each with its sources. */
const studyCard = defineCollection({
  loader: dataFile(paths.studyCard),
  schema: studyCardSchema,
});

/** Plain-language definitions, one anchor each on the glossary page. */
const glossary = defineCollection({
  loader: dataFile(paths.glossary),
  schema: glossaryTermSchema,
});

/** The figures' words and the data their drawings are made from (src/components/internals/figures). */
const figures = defineCollection({
  loader: dataFile(paths.figures),
  schema: figureSchema,
});

/*
 * The Japanese edition: the same collections under content/ja/, with the same ids. Queries
 * (collections/queries.ts) read a language's collection by the names in LANGUAGE_COLLECTIONS.
 */
const articlesJa = defineCollection({ loader: glob({ pattern: '**/*.mdx', base: ja.articles }), schema: translatedArticleSchema });
const pagesJa = defineCollection({ loader: glob({ pattern: '*.mdx', base: ja.pages }), schema: translatedPageSchema });
const studyCardJa = defineCollection({ loader: dataFile(ja.studyCard), schema: studyCardSchema });
const glossaryJa = defineCollection({ loader: dataFile(ja.glossary), schema: translatedTermSchema });
const figuresJa = defineCollection({ loader: dataFile(ja.figures), schema: figureSchema });
const referenceNotesJa = defineCollection({ loader: dataFile(ja.referenceNotes), schema: referenceNoteSchema });

export const collections = {
  articles,
  pages,
  references,
  studyCard,
  glossary,
  figures,
  articlesJa,
  pagesJa,
  studyCardJa,
  glossaryJa,
  figuresJa,
  referenceNotesJa,
};
