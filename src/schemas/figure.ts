import { z } from 'astro/zod';
import { CITATION_KEY } from './reference.ts';
import { CERTAINTY, PROVENANCE, type Certainty, type Provenance } from './labels.ts';

/** The figures the site can draw: the name an article writes in `<Figure name="…" />`. */
export const FIGURE_NAMES = ['synapse', 'study-design', 'timeline', 'pet-scan'] as const;
export type FigureName = (typeof FIGURE_NAMES)[number];

/** The parts of the synapse drawing a note can point at with its number. */
export const SYNAPSE_PARTS = ['glutamate', 'ampa', 'ketamine', 'ampa-link', 'new-spine', 'tracer'] as const;
/** The pictures the PET drawing has for its steps. */
export const PET_ICONS = ['tracer', 'binding', 'scanner', 'map'] as const;

const sentence = (what: string, min: number, max: number) =>
  z
    .string({ error: `${what} is required` })
    .min(min, `${what} should be at least ${min} characters`)
    .max(max, `${what} must be ${max} characters or fewer`);
const keys = z.array(z.string().regex(CITATION_KEY, 'a source must be a reference key from references.json, e.g. "miyazaki2020"')).default([]);
const certainty = z.enum(Object.keys(CERTAINTY) as [Certainty, ...Certainty[]], { error: `level must be one of: ${Object.keys(CERTAINTY).join(', ')}` });
const provenance = z.enum(Object.keys(PROVENANCE) as [Provenance, ...Provenance[]], {
  error: `provenance must be one of: ${Object.keys(PROVENANCE).join(', ')}`,
});

/** What every figure has: the words around the drawing. */
const figureText = {
  /** Shown above the drawing; the figure's accessible name. */
  title: sentence('title', 10, 90),
  /** The drawing's text alternative: what it shows, in one to three sentences. */
  alt: sentence('alt', 40, 400),
  /** Shown under the drawing: how to read it and what it leaves out. */
  caption: sentence('caption', 20, 400),
  /** The whole drawing in words, for readers who cannot see it; paragraphs separated by a blank line. */
  description: sentence('description', 20, 2000),
  /** References the figure as a whole rests on, listed under it. */
  sources: keys,
  /** Technical detail for clinicians, shown closed under the caption (the plain words come first). */
  forClinicians: z.object({ text: sentence('forClinicians text', 40, 800), sources: keys }).optional(),
};

const synapse = z.object({
  id: z.literal('synapse'),
  ...figureText,
  /** Numbered notes; each number is drawn at its part of the synapse. */
  notes: z
    .array(
      z.object({
        part: z.enum(SYNAPSE_PARTS, { error: `part must be one of: ${SYNAPSE_PARTS.join(', ')}` }),
        text: sentence('note text', 20, 300),
        /** How certain the note is; leave out for statements of method. */
        level: certainty.optional(),
        sources: keys,
      }),
    )
    .min(1)
    .refine((notes) => new Set(notes.map((n) => n.part)).size === notes.length, { error: 'each part of the synapse can carry one note only' }),
});

const studyDesign = z.object({
  id: z.literal('study-design'),
  ...figureText,
  /** Where the design facts come from (a label from the evidence legend). */
  provenance,
  /** Two columns: the patients, then the comparison group. */
  groups: z
    .array(
      z.object({
        count: z.number().int().positive(),
        label: sentence('group label', 5, 60),
        steps: z
          .array(z.object({ kind: z.enum(['scan', 'treatment']), text: sentence('step text', 5, 60) }))
          .min(1)
          .max(3),
      }),
    )
    .length(2, 'the study design has exactly two groups: the patients, then the comparison group'),
  /** The word on the line joining the two groups' first scans. */
  comparison: sentence('comparison', 3, 20),
  /** Where and when the data were collected, drawn along the bottom. */
  period: sentence('period', 10, 90),
});

const timeline = z.object({
  id: z.literal('timeline'),
  ...figureText,
  /** One point per reference; the year and the link come from the reference itself. */
  events: z
    .array(
      z.object({
        ref: z.string().regex(CITATION_KEY, 'ref must be a reference key from references.json'),
        /**
         * Further records that report this point, e.g. the press release about a paper we could not
         * read (required then: an unread reference is never a point's only source). Listed with the point.
         */
        sources: keys,
        text: sentence('event text', 10, 120),
        /** Drawn larger: the study this site explains. */
        highlight: z.boolean().default(false),
      }),
    )
    .min(2),
});

const petScan = z.object({
  id: z.literal('pet-scan'),
  ...figureText,
  steps: z
    .array(z.object({ icon: z.enum(PET_ICONS), text: sentence('step text', 10, 120) }))
    .length(PET_ICONS.length, `the PET figure has ${PET_ICONS.length} steps, one per picture`),
});

export const figureSchema = z.discriminatedUnion('id', [synapse, studyDesign, timeline, petScan], {
  error: `id must be one of the figures the site can draw: ${FIGURE_NAMES.join(', ')}`,
});

export type FigureData = z.infer<typeof figureSchema>;
export type FigureOf<Name extends FigureName> = Extract<FigureData, { id: Name }>;
