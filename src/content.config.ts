import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { articleSchema } from './schemas/article.ts';
import { glossaryTermSchema } from './schemas/glossary.ts';
import { figureSchema } from './schemas/figure.ts';
import { referenceSchema } from './schemas/reference.ts';
import { studyCardSchema } from './schemas/study-fact.ts';
import { contentPaths } from './config/content-paths.ts';
import { dataFile } from './config/data-file-loader.ts';

const paths = contentPaths();

/** The explainer articles: one MDX file each. */
const articles = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base: paths.articles }),
  schema: articleSchema,
});

/**
 * The bibliography: verified CSL-JSON records, the same file rehype-citation reads. This and the
 * other data files are read by one reader (config/content-files.ts), as the content preflight and
 * the Markdown pipeline's config read them.
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

export const collections = { articles, references, studyCard, glossary, figures };
