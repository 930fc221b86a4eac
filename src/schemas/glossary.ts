import { z } from 'astro/zod';
import { kebabId } from './shared.ts';
import { CITATION_KEY } from './reference.ts';

export const glossaryTermSchema = z.object({
  /** Anchor on the glossary page (`/glossary/#id`) and the key `<Term>` uses. */
  id: kebabId('glossary id'),
  /** The term as a reader would write it. */
  term: z.string({ error: 'term is required' }).min(2),
  /** One or two plain sentences. */
  definition: z
    .string({ error: 'definition is required: one or two plain sentences' })
    .min(20, 'definition should be a full sentence')
    .max(400, 'definition must be short: one or two sentences (400 characters at most)'),
  /** Short forms readers search for, e.g. `AMPAR`. */
  abbreviations: z.array(z.string().min(1)).default([]),
  /** Other names for the same thing, e.g. `AMPA-type glutamate receptor`. */
  aliases: z.array(z.string().min(2)).default([]),
  /** Ids of related glossary terms. */
  related: z.array(kebabId('related term id')).default([]),
  /**
   * Reference keys for what the definition says, when it states a research finding rather than the
   * meaning of a word; shown under the definition. Not needed for plain definitions.
   */
  sources: z.array(z.string().regex(CITATION_KEY, 'a source must be a reference key from references.json, e.g. "miyazaki2020"')).default([]),
  /**
   * Whether an article's first use of the term (or an alias or abbreviation) links here by itself.
   * Set false for everyday words with other meanings ("response", "marker"): the term is then
   * linked only where an article writes `<Term id="…">`.
   */
  autoLink: z.boolean({ error: 'autoLink must be true or false' }).default(true),
});

export type GlossaryTerm = z.infer<typeof glossaryTermSchema>;
