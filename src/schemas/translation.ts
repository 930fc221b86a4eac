/**
 * What a translated page or data file adds to, or leaves out of, its English original. A
 * translation has the same ids as the English (sections, claims, takeaways, terms, figures), the
 * same citations and labels, and its own words. The fields that do not depend on the language
 * (who an article is for, its order, its review dates, a term's related terms) are the English
 * page's and are not repeated.
 */
import { z } from 'astro/zod';
import { articleFields, distinctTakeaways } from './article.ts';
import { glossaryTermSchema } from './glossary.ts';
import { isoDay, kebabId } from './shared.ts';

/** The first 12 hex digits of the SHA-256 of the English file a translation was made from. */
export const SOURCE_HASH = /^[0-9a-f]{12}$/;

/**
 * Which English version a translation was made from: the English page's history taken in, up to a
 * day, and a hash of its file. A `corrected` or `updated` English entry after `source` fails the
 * build until the translation takes it in; any other change to the English file (a new hash) shows
 * readers a notice that the English has changed since.
 */
export const translationRecordSchema = z
  .object({
    /** The day up to which the English page's history is taken in (YYYY-MM-DD). */
    source: isoDay('translation.source'),
    /** `npm run translations` prints it: the first 12 hex digits of the SHA-256 of the English file. */
    sourceHash: z.string({ error: 'translation.sourceHash is required; npm run translations prints it' }).regex(SOURCE_HASH, {
      error: "translation.sourceHash must be 12 lowercase hex digits; npm run translations prints the English file's",
    }),
  })
  .strict();

/** A translated article: the English article's words, in another language, with its own history and its translation record. */
export const translatedArticleSchema = articleFields
  .omit({ audience: true, order: true, studyCard: true, reviewed: true, nextReview: true })
  .extend({ translation: translationRecordSchema })
  .strict()
  .refine(distinctTakeaways.check, distinctTakeaways.error);

/** Where a translated term was seen in use: the source that justifies the word chosen. */
const seenInSchema = z
  .object({
    title: z
      .string({ error: 'seenIn.title is required: the page or document the term was seen in' })
      .min(3, 'seenIn.title must name the page or document (not "ditto")'),
    url: z.url({ protocol: /^https?$/, error: 'seenIn.url must be the full http(s) address where the term was seen' }),
    /** A short exact quote showing the term in use. */
    quote: z.string({ error: 'seenIn.quote is required: a short exact quote showing the term in use' }).min(2),
  })
  .strict();

/**
 * A glossary term in another language: the term and its other names as used in that language's
 * sources, a reading for sorting, the definition, and where the term was seen. `related` and
 * `autoLink` are the English entry's.
 */
export const translatedTermSchema = glossaryTermSchema
  .omit({ related: true, autoLink: true })
  .extend({
    /** How the term is read, in hiragana, for the 五十音 (a-i-u-e-o) order of the index. */
    reading: z
      .string({ error: 'reading is required: the term read in hiragana, for sorting' })
      .regex(/^[\p{Script=Hiragana}ー・ 　]+$/u, { error: 'reading must be hiragana only (for the 五十音 order), e.g. "かいば"' }),
    /** At least one source where the chosen term was seen in use. */
    seenIn: z
      .array(seenInSchema, { error: 'seenIn is required: where the term was seen in use' })
      .min(1, 'name at least one source where the term was seen in use'),
  })
  .strict();

/** A translation's words for a reference: the reader note and the supplied title, which are ours, not the source's. */
export const referenceNoteSchema = z
  .object({
    /** The reference's key in references.json. */
    id: kebabId('reference id'),
    readerNote: z.string().min(10).max(300).optional(),
    suppliedTitle: z.string().min(5).optional(),
  })
  .strict();

export type TranslationRecord = z.infer<typeof translationRecordSchema>;
