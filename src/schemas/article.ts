import { z } from 'astro/zod';
import { isoDay, kebabId } from './shared.ts';
import { CITATION_KEY } from './reference.ts';

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

/** What kind of change a history entry records. The oldest entry is always `published`. */
export const CHANGE_KINDS = ['published', 'updated', 'corrected'] as const;

/** Today as YYYY-MM-DD (UTC), the latest day a history entry may carry. */
const today = () => new Date().toISOString().slice(0, 10);

/**
 * What a correction's source says, for readers next to "Checked against": our own words, or a short
 * quote in the source's language with what it means.
 */
export const sourceNoteSchema = z.union(
  [
    z.string().min(10, 'sourceNote should be a full phrase (at least 10 characters)').max(300, 'sourceNote must be short (300 characters at most)'),
    z
      .object({
        /** The source's own words, short. */
        quote: z.string().min(2).max(200, 'sourceNote.quote must be a short quote (200 characters at most)'),
        /** The quote's language as a BCP 47 tag, e.g. `ja`. */
        lang: z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/, 'sourceNote.lang must be a BCP 47 tag such as "ja"'),
        /** What the quote says, in plain English. */
        meaning: z.string().min(10).max(300),
      })
      .strict(),
  ],
  { error: 'sourceNote is a short phrase in our words, or { quote, lang, meaning } for a quote in another language' },
);

/**
 * One entry in an article's change history, written for readers: what changed, in a sentence they
 * understand, and when. Shown at the end of the article, on /changes/ and in the changes feed.
 */
export const changeSchema = z
  .object({
    /** The day the change was published on the site. */
    date: isoDay('history date'),
    /** `published` (the first version), `updated` (new or expanded content) or `corrected` (a fix to something we got wrong or overstated). */
    kind: z.enum(CHANGE_KINDS, { error: `history kind must be one of: ${CHANGE_KINDS.join(', ')}` }).default('updated'),
    /** One or two plain sentences a reader understands: what changed and, for a correction, what it said before. */
    summary: z
      .string({ error: 'every history entry needs a summary: one plain sentence saying what changed' })
      .min(20, 'a history summary should be a full sentence (at least 20 characters)')
      .max(400, 'a history summary should be one or two sentences (400 characters at most)'),
    /** Id of the section or claim on this page that changed, so /changes/ and the feed can link straight to it. */
    section: kebabId('history section').optional(),
    /**
     * For a correction (required): the reference keys it was checked against: the sources that show
     * the new text is right, or, where a claim was removed, the sources that were checked and do not
     * say it. Shown as "Checked against:" with links; unknown keys fail the build.
     */
    checkedAgainst: z
      .array(z.string().regex(CITATION_KEY, 'checkedAgainst holds reference keys from references.json, e.g. "jrct-s031210124"'))
      .min(1, 'checkedAgainst needs at least one reference key')
      .optional(),
    /** Optional: what the source says, in a short phrase or quote (see sourceNoteSchema). */
    sourceNote: sourceNoteSchema.optional(),
  })
  .strict()
  .refine((change) => change.kind !== 'corrected' || change.checkedAgainst, {
    error:
      'a correction must name its basis: add checkedAgainst: [reference keys] (the sources that show the fix is right, or, for a removed claim, the sources checked that do not say it)',
    path: ['checkedAgainst'],
  })
  .refine((change) => !change.sourceNote || change.checkedAgainst, {
    error: 'sourceNote says what the sources in checkedAgainst say; add checkedAgainst too',
    path: ['sourceNote'],
  });

/**
 * The change history, newest first, ending with the first publication: dates are real, not in the
 * future and in order, so "Updated" and the feed can trust the first entry.
 */
const historySchema = z
  .array(changeSchema, { error: 'history is required: a list of dated changes, newest first, ending with the day the article was published' })
  .min(1, 'history needs at least one entry: the day the article was published (kind: published)')
  .superRefine((entries, ctx) => {
    entries.forEach((entry, i) => {
      if (entry.date > today()) {
        ctx.addIssue({
          code: 'custom',
          path: [i, 'date'],
          message: `history date ${entry.date} is in the future; date an entry on the day its change is published`,
        });
      }
      const newer = entries[i - 1];
      if (newer && entry.date > newer.date) {
        ctx.addIssue({
          code: 'custom',
          path: [i, 'date'],
          message: `history must be newest first, but ${entry.date} comes after the newer entry ${newer.date}; move it down`,
        });
      }
      const last = i === entries.length - 1;
      if (last && entry.kind !== 'published') {
        ctx.addIssue({ code: 'custom', path: [i, 'kind'], message: 'the last (oldest) history entry must be the first publication: set kind: published' });
      }
      if (!last && entry.kind === 'published') {
        ctx.addIssue({
          code: 'custom',
          path: [i, 'kind'],
          message: 'only the last (oldest) history entry can be kind: published; use updated or corrected for later changes',
        });
      }
    });
  });

/** An article's fields, before the rules that span several of them; the translated article's schema (translation.ts) starts from these. */
export const articleFields = z.object({
  /** Page title: plain words a reader would search for. */
  title: z.string({ error: 'title is required' }).min(5).max(90, 'title must be 90 characters or fewer'),
  /** One sentence shown in search results and link previews. */
  description: z
    .string({ error: 'description is required: one sentence for search results and link previews' })
    .min(40, 'description should be one full sentence (at least 40 characters)')
    .max(200, 'description must be one sentence of 200 characters or fewer')
    .refine((text) => /[.?!。？！]$/.test(text.trim()), { error: 'description must be one sentence ending in a full stop' }),
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
  /** What changed and when, newest first; the last entry is the first publication. */
  history: historySchema,
  /**
   * How the study card appears above the takeaways: `full` on the page about the study itself,
   * `compact` (one line, linking to that full card) everywhere else, so readers reach the
   * article's own takeaways first.
   */
  studyCard: z.enum(['full', 'compact'], { error: 'studyCard must be full or compact' }).default('compact'),
  /** Position in article lists; lower comes first. */
  order: z.number().int().min(0).default(100),
});

/** Two takeaways may not share an id: each is linked to by its own. */
export const distinctTakeaways = {
  check: (data: { takeaways: ReadonlyArray<{ id: string }> }) => new Set(data.takeaways.map((t) => t.id)).size === data.takeaways.length,
  error: { error: 'two takeaways share an id; each needs its own', path: ['takeaways'] },
};

export const articleSchema = articleFields
  .refine((data) => data.nextReview > data.reviewed, {
    error: 'nextReview must be later than reviewed',
    path: ['nextReview'],
    // Comparing dates only makes sense once both parsed.
    when: (payload) => payload.issues.length === 0,
  })
  .refine(distinctTakeaways.check, distinctTakeaways.error);

export type ArticleData = z.infer<typeof articleSchema>;
export type Change = z.infer<typeof changeSchema>;
export type SourceNote = z.infer<typeof sourceNoteSchema>;
export type ChangeKind = (typeof CHANGE_KINDS)[number];
export type Takeaway = z.infer<typeof takeawaySchema>;
