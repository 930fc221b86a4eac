import { getCollection } from 'astro:content';
import type { Reference } from '../schemas/reference.ts';
import type { StudyFact } from '../schemas/study-fact.ts';
import { primaryStudy } from './content.ts';
import { contentPaths } from './content-paths.ts';

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

/**
 * The primary study and the lines of its card, with every source key resolved. Fails, naming the
 * file, when the card is missing, is about another study, or names a source that does not exist.
 */
export async function getStudyCard(references: Map<string, Reference>): Promise<{ study: Reference; lines: StudyCardLine[] }> {
  const file = contentPaths().studyCard;
  const study = primaryStudy(references);
  const cards = (await getCollection('studyCard')).map((entry) => entry.data);
  const card = cards.find((c) => c.id === study.id);
  if (!card || cards.length !== 1) {
    throw new Error(`${file}: expected one study card, for the primary study "${study.id}"; found ${cards.map((c) => `"${c.id}"`).join(', ') || 'none'}.`);
  }
  return { study, lines: card.facts.map((fact) => resolve(fact, study, references, `${file}: study fact "${fact.id}"`)) };
}

function resolve(fact: StudyFact, study: Reference, references: Map<string, Reference>, where: string): StudyCardLine {
  const sources = fact.sources.map((key) => {
    const source = references.get(key);
    if (!source) throw new Error(`${where} names source "${key}", which is not in references.json; fix the key or add the reference.`);
    return source;
  });
  return { id: fact.id, label: fact.label, value: fact.value ?? recordValue(fact, study, where), isJournal: fact.field === 'journal', sources };
}

function recordValue(fact: StudyFact, study: Reference, where: string): string {
  if (fact.field === 'journal' && study['container-title']) return study['container-title'];
  const parts = study.issued?.['date-parts'][0];
  if (fact.field === 'published' && parts) {
    const [year, month, day] = parts;
    const monthName = month ? new Date(Date.UTC(year, month - 1, 1)).toLocaleDateString('en-GB', { month: 'long', timeZone: 'UTC' }) : undefined;
    return [day, monthName, year].filter((part) => part !== undefined).join(' ');
  }
  throw new Error(
    `${where} reads "${fact.field}" from ${study.id}, but that record has no ${fact.field === 'journal' ? 'container-title' : 'issued date'}; add it to the record or give a value.`,
  );
}
