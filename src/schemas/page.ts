/**
 * The prose of one of the site's own pages (content/pages/home.mdx, about.mdx): its words, as an
 * article's are, with the page's dynamic parts (the study card, the article lists, the label table,
 * the review schedule, the contact line, the crisis line) placed as components
 * (src/components/pages/index.ts). Each language has the same files with the same ids.
 */
import { z } from 'astro/zod';
import { translationRecordSchema } from './translation.ts';

/** The frontmatter of a page's prose in the site's first language. */
export const pageSchema = z
  .object({
    /**
     * The page's heading (its h1), and its title in the browser tab and link previews. The home
     * page's tab title is the site's name (the dictionary's `site` words), so its `title` is only
     * its heading.
     */
    title: z
      .string({ error: 'title is required: the heading of the page' })
      .min(3, 'title must be the heading of the page (at least 3 characters)')
      .max(90, 'title should be short enough for a browser tab (90 characters at most)'),
    /** One sentence for search engines and link previews. */
    description: z
      .string({ error: 'description is required: one sentence for search engines and link previews' })
      .min(20, 'description should be a full sentence (at least 20 characters)')
      .max(200, 'description should be one sentence (200 characters at most)'),
    /** A short introduction under the heading; none by default. */
    lede: z
      .string()
      .min(20, 'lede should be a full sentence (at least 20 characters)')
      .max(300, 'lede should be one or two sentences (300 characters at most)')
      .optional(),
  })
  .strict();

/** A translated page's prose: the same fields in its language, and which English version it was made from. */
export const translatedPageSchema = pageSchema.extend({ translation: translationRecordSchema }).strict();

export type PageData = z.infer<typeof pageSchema>;
