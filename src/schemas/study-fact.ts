import { z } from 'astro/zod';
import { kebabId } from './shared.ts';
import { CITATION_KEY } from './reference.ts';

/** Facts the study card can take from the primary study's own reference record instead of repeating them. */
export const RECORD_FIELDS = ['journal', 'published'] as const;
export type RecordField = (typeof RECORD_FIELDS)[number];

/**
 * One line of the study card shown at the top of every article. The card states only facts that
 * are in shared/evidence/study-facts.md, each with the references that report it, so a reader sees
 * where every detail comes from (press release, registry, news) while the paper itself is unchecked.
 */
export const studyFactSchema = z
  .object({
    /** Stable id of the line, e.g. `participants`. */
    id: kebabId('study fact id'),
    /** What the line is, e.g. "Participants". */
    label: z.string({ error: 'label is required, e.g. "Participants"' }).min(3),
    /** The fact in plain words, as reported. Leave out when `field` reads it from the reference record. */
    value: z.string().min(3).optional(),
    /** Read the value from the primary study's record: `journal` (container-title) or `published` (issued). */
    field: z.enum(RECORD_FIELDS, { error: `field must be one of: ${RECORD_FIELDS.join(', ')}` }).optional(),
    /** Keys of the references that report this fact; shown with their kind (press release, news, …). */
    sources: z
      .array(z.string().regex(CITATION_KEY, 'a source must be a reference key, e.g. "ycu2026pr"'), {
        error: 'sources is required: the reference keys that report this fact',
      })
      .min(1, 'every fact needs at least one source: the reference keys that report it'),
  })
  .strict()
  .refine((fact) => Boolean(fact.value) !== Boolean(fact.field), {
    error: 'give either value (the fact in words) or field (journal or published, read from the reference record), not both',
    path: ['value'],
  });

/** The study card: the primary study's key and its facts, in the order they are shown. */
export const studyCardSchema = z
  .object({
    /** Key of the primary study in references.json (the record with `custom.primary`). */
    id: z.string().regex(CITATION_KEY, 'id must be the primary study\'s reference key, e.g. "takahashi2026"'),
    /**
     * The study in one sentence, for the compact card on articles that are not about the study
     * itself; it restates facts of the card, with the references that report them.
     */
    summary: z
      .object(
        {
          text: z
            .string({ error: 'summary.text is required: the study in one plain sentence' })
            .min(40, 'summary.text should be one full sentence')
            .max(240, 'summary.text must be one sentence (240 characters at most)'),
          sources: z.array(z.string().regex(CITATION_KEY)).min(1, 'summary.sources: the reference keys that report what the sentence says'),
        },
        { error: 'summary is required: the study in one sentence (text) and the references that report it (sources)' },
      )
      .strict(),
    facts: z
      .array(studyFactSchema, { error: 'facts is required: the lines of the study card' })
      .min(1, 'list at least one fact')
      .refine((facts) => new Set(facts.map((f) => f.id)).size === facts.length, { error: 'two facts share an id; each needs its own' }),
  })
  .strict();

export type StudyFact = z.infer<typeof studyFactSchema>;
