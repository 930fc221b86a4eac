import { z } from 'astro/zod';
import { isoDay, kebabId } from './shared.ts';

/** Who an article is written for; drives grouping on the home page and the search filter. */
export const AUDIENCES = ['patients', 'clinicians', 'everyone'] as const;

/** One key takeaway: a short sentence with its own id, so a link can point at this one claim. */
export const takeawaySchema = z.object({
  /** Stable fragment id for the claim, e.g. `takeaway-ampa-changed`. Never derived from the text. */
  id: kebabId('takeaway id'),
  /** One short, plain sentence. Summarises what the body says and cites; adds nothing new. */
  text: z
    .string({ error: 'takeaway text is required' })
    .min(20, 'a takeaway should be a full sentence (at least 20 characters)')
    .max(240, 'a takeaway should be one short sentence (240 characters at most); move detail into the body'),
});

export const articleSchema = z
  .object({
    /** Page title: plain words a reader would search for. */
    title: z.string({ error: 'title is required' }).min(5).max(90, 'title must be 90 characters or fewer'),
    /** One sentence shown in search results and link previews. */
    description: z
      .string({ error: 'description is required: one sentence for search results and link previews' })
      .min(40, 'description should be one full sentence (at least 40 characters)')
      .max(200, 'description must be one sentence of 200 characters or fewer')
      .refine((text) => /[.?!]$/.test(text.trim()), { error: 'description must be one sentence ending in a full stop' }),
    /** Who the article is for. */
    audience: z.enum(AUDIENCES, { error: `audience must be one of: ${AUDIENCES.join(', ')}` }),
    /** Topic words, used for grouping and search. */
    topics: z.array(z.string().min(2), { error: 'topics must be a list of words' }).min(1, 'list at least one topic'),
    /** The day a person last checked the article against its sources. */
    reviewed: isoDay('reviewed'),
    /** The day by which it must be checked again. */
    nextReview: isoDay('nextReview'),
    /** 3 to 5 key takeaways, shown at the top of the article. */
    takeaways: z
      .array(takeawaySchema, { error: 'takeaways is required: a list of 3 to 5 short sentences, each with an id' })
      .min(3, 'give at least 3 key takeaways')
      .max(5, 'give at most 5 key takeaways'),
    /** Position in article lists; lower comes first. */
    order: z.number().int().min(0).default(100),
  })
  .refine((data) => data.nextReview > data.reviewed, {
    error: 'nextReview must be later than reviewed',
    path: ['nextReview'],
    // Comparing dates only makes sense once both parsed.
    when: (payload) => payload.issues.length === 0,
  })
  .refine((data) => new Set(data.takeaways.map((t) => t.id)).size === data.takeaways.length, {
    error: 'two takeaways share an id; each needs its own',
    path: ['takeaways'],
  });

export type ArticleData = z.infer<typeof articleSchema>;
export type Takeaway = z.infer<typeof takeawaySchema>;
