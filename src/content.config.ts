import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { articleSchema } from './schemas/article.ts';
import { glossaryTermSchema } from './schemas/glossary.ts';
import { figureSchema } from './schemas/figure.ts';
import { referenceSchema } from './schemas/reference.ts';
import { studyCardSchema } from './schemas/study-fact.ts';
import { contentPaths } from './config/content-paths.ts';

const paths = contentPaths();

/** The explainer articles: one MDX file each. */
const articles = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base: paths.articles }),
  schema: articleSchema,
});

/** The bibliography: verified CSL-JSON records, the same file rehype-citation reads. */
const references = defineCollection({
  loader: file(paths.references),
  schema: referenceSchema,
});

/** The study card: facts about the primary study, each with its sources. */
const studyCard = defineCollection({
  loader: file(paths.studyCard),
  schema: studyCardSchema,
});

/** Plain-language definitions, one anchor each on the glossary page. */
const glossary = defineCollection({
  loader: file(paths.glossary),
  schema: glossaryTermSchema,
});

/** The figures' words and the data their drawings are made from (src/components/internals/figures). */
const figures = defineCollection({
  loader: file(paths.figures),
  schema: figureSchema,
});

export const collections = { articles, references, studyCard, glossary, figures };
