/**
 * The study card: the primary study's facts, each with the references that report it, ready to
 * render. Pure: collections/queries.ts reads the card and the bibliography and passes them in.
 */
import type { z } from 'astro/zod';
import type { Reference } from '../schemas/reference.ts';
import type { StudyFact, studyCardSchema } from '../schemas/study-fact.ts';
import { checked } from './checked.ts';
import { partialDate } from './dates.ts';
import { DEFAULT_LOCALE, type Locale } from './site.ts';

type StudyCard = z.infer<typeof studyCardSchema>;

/** One line of the study card, ready to render. */
export interface StudyCardLine {
  id: string;
  label: string;
  /** The fact in words. */
  value: string;
  /** True when the value is a journal name, which is set in italics. */
  isJournal: boolean;
  sources: Reference[];
}

/** The study this site explains: the one reference marked `custom.primary`. */
export function primaryStudy(references: ReadonlyMap<string, Reference>): Reference {
  return checked(
    [...references.values()].find((r) => r.custom?.primary),
    'The primary study (custom.primary in references.json)',
  );
}

/**
 * The primary study and the lines of its card, every source key resolved (the content preflight
 * checked them all); `cards` are in `locale`, which also writes the dates read from the record.
 */
export function studyCard(
  cards: readonly StudyCard[],
  references: ReadonlyMap<string, Reference>,
  locale: Locale = DEFAULT_LOCALE,
): { study: Reference; summary: string; lines: StudyCardLine[] } {
  const study = primaryStudy(references);
  const card = checked(
    cards.find((entry) => entry.id === study.id),
    `The study card of "${study.id}"`,
  );
  return { study, summary: card.summary.text, lines: card.facts.map((fact) => resolve(fact, study, references, locale)) };
}

function resolve(fact: StudyFact, study: Reference, references: ReadonlyMap<string, Reference>, locale: Locale): StudyCardLine {
  const sources = fact.sources.map((key) => checked(references.get(key), `Reference "${key}" (a source of study fact "${fact.id}")`));
  return { id: fact.id, label: fact.label, value: fact.value ?? recordValue(fact, study, locale), isJournal: fact.field === 'journal', sources };
}

/** A fact read from the study's own record: its journal, or its publication date in words ("5 March 2026", 「2026年3月5日」). */
function recordValue(fact: StudyFact, study: Reference, locale: Locale): string {
  if (fact.field === 'journal') return checked(study['container-title'], `The journal (container-title) of ${study.id}`);
  return partialDate(checked(study.issued?.['date-parts'][0], `The publication date (issued) of ${study.id}`), locale);
}
