import { z } from 'astro/zod';

/**
 * What kind of source a reference is (`custom.kind`, required). It decides the strongest certainty
 * label the source allows (src/schemas/label-rules.ts), and readers see the kind of anything that is
 * not a journal article. The first five are journal articles:
 * - `review`: a narrative or systematic review, or an expert synthesis of published studies;
 * - `human-study`: a trial, observational study, imaging or post-mortem study in people;
 * - `animal-study`: a study in animals or in the laboratory;
 * - `commentary`: a journal's comment on another paper (News & Views and the like);
 * - `methods`: a paper about a measuring method rather than a finding.
 */
export const ARTICLE_KINDS = ['review', 'human-study', 'animal-study', 'commentary', 'methods'] as const;
export const SOURCE_KINDS = [
  ...ARTICLE_KINDS,
  'press-release',
  'news',
  'trial-registration',
  'investigator-page',
  'regulator-notice',
  'grant-report',
  'secondary-report',
] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

/**
 * How much of a source someone here read (`custom.read`, required):
 * - `full-text`: the whole work (for a web page, the whole page);
 * - `abstract`: its abstract or summary, or for a page without one the passages quoted in `note`;
 * - `record`: only its bibliographic record (title, journal, date, identifiers);
 * - `reports`: only other sources' reports of it (the 2026 paper, known from its press release).
 * A source read only as a record or through reports is unread: it may never be the only citation
 * of anything (rehype-citation-check, the content preflight) and allows only the weakest labels.
 */
export const READ_LEVELS = ['full-text', 'abstract', 'record', 'reports'] as const;
export type ReadLevel = (typeof READ_LEVELS)[number];
const UNREAD_LEVELS: ReadonlySet<ReadLevel> = new Set(['record', 'reports']);
/** True when nobody here read the work itself: only its record, or only reports of it. */
export const isUnread = (read: ReadLevel): boolean => UNREAD_LEVELS.has(read);

/**
 * A citation key, as written in `[@key]` and in the reference's ids and addresses (`#ref-<key>`,
 * `/references/<key>.bib`): letters (either case), digits and single hyphens, starting with a
 * letter, at least two characters (rehype-citation reads no shorter key). No `--`: rehype-citation
 * joins a citation's keys with `--` in its output.
 */
export const CITATION_KEY = /^[A-Za-z](?:-?[A-Za-z0-9])+$/;

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
  .object(
    {
      /** What kind of source it is (see SOURCE_KINDS). */
      kind: z.enum(SOURCE_KINDS, {
        error: `custom.kind is required: what kind of source this is, one of ${SOURCE_KINDS.join(', ')} (say why in note if it is not obvious)`,
      }),
      /** How much of it was read (see READ_LEVELS); say in note what was seen and where. */
      read: z.enum(READ_LEVELS, {
        error: `custom.read is required: how much of this source was read, one of ${READ_LEVELS.join(', ')} (record and reports count as unread)`,
      }),
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
       * A short caution shown to readers wherever this reference is listed, e.g. that a secondary
       * retelling's headline overstates the study. Plain words, one or two sentences.
       */
      readerNote: z.string().min(20, 'readerNote should be a full sentence for readers (at least 20 characters)').max(300).optional(),
    },
    {
      // Only for a missing object: other problems (an unknown key such as the old `unread`) keep zod's own message.
      error: (issue) =>
        issue.input === undefined
          ? 'custom is required: every reference says what kind of source it is and how much of it was read, as "custom": { "kind": …, "read": … }'
          : undefined,
    },
  )
  .strict();

/**
 * One bibliography record in CSL-JSON. Only verified fields may be present: a field that was not
 * checked against a source stays out, and `note` says where each record was checked.
 */
export const referenceSchema = z
  .object({
    id: z.string().regex(CITATION_KEY, 'reference id must be letters, digits and single hyphens, starting with a letter, e.g. "miyazaki2020"'),
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
    custom: customSchema,
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
  .refine((ref) => ref.DOI || ref.PMID || ref.URL || (ref.custom.sources?.length ?? 0) > 0, {
    error: 'a reference needs a DOI, a PMID, a URL, or custom.sources naming references that report it',
    path: ['DOI'],
  })
  .refine((ref) => ref.type === 'article-journal' || !(ARTICLE_KINDS as readonly string[]).includes(ref.custom.kind), {
    error: `custom.kind ${ARTICLE_KINDS.join(', ')} is for journal articles; a web page or report is one of ${SOURCE_KINDS.filter((k) => !(ARTICLE_KINDS as readonly string[]).includes(k)).join(', ')}`,
    path: ['custom', 'kind'],
    // Only meaningful once custom itself parsed.
    when: (payload) => payload.issues.length === 0,
  });

export type Reference = z.infer<typeof referenceSchema>;

/** The kind of source. */
export const sourceKind = (ref: Reference): SourceKind => ref.custom.kind;
