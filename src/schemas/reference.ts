import { z } from 'astro/zod';

/**
 * What kind of source a reference is. Readers weigh a press release differently from a
 * peer-reviewed paper, so anything that is not a journal article is labelled as such.
 */
export const SOURCE_KINDS = [
  'journal-article',
  'press-release',
  'news',
  'trial-registration',
  'investigator-page',
  'regulator-notice',
  'grant-report',
  'secondary-report',
] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

/** Citation keys appear in `[@key]`; rehype-citation lowercases them in its output, so we only allow lowercase. */
export const CITATION_KEY = /^[a-z][a-z0-9-]*[a-z0-9]$/;

const nameSchema = z
  .object({
    family: z.string().min(1).optional(),
    given: z.string().min(1).optional(),
    literal: z.string().min(1).optional(),
  })
  .strict()
  .refine((name) => name.family || name.literal, { error: 'an author needs a family name (or a literal name)' });

const dateSchema = z
  .object({
    'date-parts': z.tuple([z.tuple([z.number().int()]).rest(z.number().int())]),
  })
  .strict();

/** Site-specific facts about a reference that CSL has no field for. */
const customSchema = z
  .object({
    /** Source kind; journal articles may leave it out. */
    kind: z.enum(SOURCE_KINDS).optional(),
    /** The study this site explains. Exactly one reference has it. */
    primary: z.boolean().optional(),
    /**
     * A plain description shown in square brackets when the real title has not been verified.
     * Remove it once `title` holds the verified title.
     */
    suppliedTitle: z.string().min(10).optional(),
    /** This site's English rendering of a title in another language; shown as a translation. */
    titleTranslation: z.string().min(10).optional(),
    /** The author list holds only the verified authors; display adds "et al.". */
    authorsIncomplete: z.boolean().optional(),
    /** Keys of other references that report this one (press release, registry), for records without DOI/PMID/URL. */
    sources: z.array(z.string().regex(CITATION_KEY)).optional(),
    /** Trial registration numbers linked to the work, as reported by the sources. */
    registrations: z.array(z.string().min(3)).optional(),
    /**
     * We could not read this work's content (only reports of it). It may never be the only citation
     * for a claim: cite it together with a source that reports the claim. The build enforces this.
     */
    unread: z.boolean().optional(),
    /**
     * A short caution shown to readers wherever this reference is listed, e.g. that a secondary
     * retelling's headline overstates the study. Plain words, one or two sentences.
     */
    readerNote: z.string().min(20, 'readerNote should be a full sentence for readers (at least 20 characters)').max(300).optional(),
  })
  .strict();

/**
 * One bibliography record in CSL-JSON. Only verified fields may be present: a field that was not
 * checked against a source stays out, and `note` says where each record was checked.
 */
export const referenceSchema = z
  .object({
    id: z.string().regex(CITATION_KEY, 'reference id must be lowercase letters, digits and hyphens, e.g. "miyazaki2020"'),
    type: z.enum(['article-journal', 'webpage', 'report', 'dataset'], {
      error: 'type must be a CSL type this site renders: article-journal, webpage, report or dataset',
    }),
    title: z.string().min(3).optional(),
    author: z.array(nameSchema).optional(),
    'container-title': z.string().min(2).optional(),
    publisher: z.string().min(2).optional(),
    /** Publication (or first-online) date; leave out when it was not verified. */
    issued: dateSchema.optional(),
    volume: z.string().optional(),
    issue: z.string().optional(),
    page: z.string().optional(),
    number: z.string().optional(),
    /** Language of the record, as a BCP 47 tag (e.g. `ja`), when it is not English. */
    language: z
      .string()
      .regex(/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/, 'language must be a BCP 47 tag such as "ja"')
      .optional(),
    DOI: z
      .string()
      .regex(/^10\.\d{4,9}\/\S+$/, 'DOI must look like 10.1234/abc (no https://doi.org/ prefix)')
      .optional(),
    PMID: z
      .string()
      .regex(/^\d{1,9}$/, 'PMID must be digits only')
      .optional(),
    URL: z.url({ protocol: /^https?$/, error: 'URL must be a full http(s) address' }).optional(),
    note: z.string({ error: 'note is required: say where this record was verified' }).min(20),
    custom: customSchema.optional(),
  })
  .strict()
  .refine((ref) => ref.title || ref.custom?.suppliedTitle, {
    error: 'a reference needs a verified title, or custom.suppliedTitle describing it in brackets',
    path: ['title'],
  })
  .refine((ref) => !(ref.title && ref.custom?.suppliedTitle), {
    error: 'custom.suppliedTitle is only for records whose title is not verified; remove it now that title is set',
    path: ['custom', 'suppliedTitle'],
  })
  .refine((ref) => ref.DOI || ref.PMID || ref.URL || (ref.custom?.sources?.length ?? 0) > 0, {
    error: 'a reference needs a DOI, a PMID, a URL, or custom.sources naming references that report it',
    path: ['DOI'],
  })
  .refine((ref) => ref.type === 'article-journal' || ref.custom?.kind, {
    error:
      'a reference that is not a journal article needs custom.kind (press-release, news, trial-registration, investigator-page, regulator-notice, grant-report or secondary-report)',
    path: ['custom', 'kind'],
  });

export type Reference = z.infer<typeof referenceSchema>;

/** The kind of source, with journal articles as the default. */
export const sourceKind = (ref: Reference): SourceKind => ref.custom?.kind ?? 'journal-article';
