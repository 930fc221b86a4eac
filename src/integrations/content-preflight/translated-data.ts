import { existsSync } from 'node:fs';
import { fieldName, idsOf, itemLabel, readLocated } from '../../config/content-files.ts';
import type { Problem } from '../../lib/problems.ts';

/** An English data file and its translation: a list of records with ids (`- id: …`). */
export interface DataPair {
  /** What one record is, for messages: "glossary term". */
  what: string;
  english: string;
  translation: string;
  /**
   * The fields of a record whose data must be the English record's (`'*'`: all of them). Inside
   * them, everything but words is compared, and lists must have the English length.
   */
  compare: readonly string[] | '*';
}

/**
 * The fields of the data files that are words (translated); every other field is data, the same in
 * every language: ids, reference keys, levels, counts, the parts and icons of a drawing.
 */
const WORDS = new Set(['title', 'alt', 'caption', 'description', 'text', 'label', 'value', 'comparison', 'period', 'term', 'definition', 'reading']);

/**
 * A translated data file has a record for every English record and none of its own, each with the
 * English record's structure: the same reference keys, levels and counts, lists of the same
 * length, only the words translated. Each problem names the translation's line and the English
 * file and line. A missing translation file is one problem, naming the file expected.
 */
export function translatedDataProblems(pair: DataPair): Problem[] {
  if (!existsSync(pair.english)) return [];
  if (!existsSync(pair.translation)) {
    return [{ file: pair.translation, message: `is missing: every ${pair.what} of ${pair.english} needs its translation here, with the same ids.` }];
  }
  const english = readLocated(pair.english);
  const translation = readLocated(pair.translation);
  // Files that are not lists of records are reported by their own checks.
  if (!Array.isArray(english.value) || !Array.isArray(translation.value)) return [];
  const theirIds = idsOf(english.value);
  const ourIds = idsOf(translation.value);
  const problems: Problem[] = [];
  theirIds.forEach((id, i) => {
    const j = ourIds.indexOf(id);
    if (!id) return;
    if (j === -1) {
      problems.push({
        file: pair.translation,
        message: `${pair.what} "${id}" (${pair.english}:${english.lineOf([i, 'id'])}) has no translation here; add "- id: ${id}" with its words in this language.`,
      });
      return;
    }
    for (const difference of differences((english.value as unknown[])[i], (translation.value as unknown[])[j], [], pair.compare)) {
      problems.push({
        file: pair.translation,
        line: translation.lineOf([j, ...difference.at]),
        field: `${itemLabel(ourIds, j)}.${fieldName(difference.at)}`,
        message: `${difference.message} (${pair.english}:${english.lineOf([i, ...difference.at])}); a translation changes only the words.`,
      });
    }
  });
  ourIds.forEach((id, j) => {
    if (id && !theirIds.includes(id)) {
      problems.push({
        file: pair.translation,
        line: translation.lineOf([j, 'id']),
        field: `${id}.id`,
        message: `"${id}" is not the id of any ${pair.what} in ${pair.english}; a translation has the English records' ids.`,
      });
    }
  });
  return problems;
}

interface Difference {
  at: PropertyKey[];
  message: string;
}

/**
 * Where a translated record's data differs from the English record's: a field set on one side only,
 * a list of another length, another value. Words are not compared; at the top of a record only the
 * fields `compare` names are (every field, for `'*'`).
 */
function differences(english: unknown, translation: unknown, at: PropertyKey[], compare: DataPair['compare'] = '*'): Difference[] {
  if (Array.isArray(english) && Array.isArray(translation)) {
    if (english.length !== translation.length) return [{ at, message: `has ${translation.length} items here and ${english.length} in English` }];
    return english.flatMap((item, i) => differences(item, translation[i], [...at, i]));
  }
  if (isRecord(english) && isRecord(translation)) {
    const tracked = (key: string) => !WORDS.has(key) && (compare === '*' || compare.includes(key));
    return [...new Set([...Object.keys(english), ...Object.keys(translation)])].filter(tracked).flatMap((key) => {
      // An empty list is the schemas' default, so writing one is the same as leaving the field out.
      const [theirs, ours] = [english[key] ?? [], translation[key] ?? []];
      if (key in english && !(key in translation) && !isEmpty(theirs)) return [{ at: [...at, key], message: 'is missing here, but set in English' }];
      if (key in translation && !(key in english) && !isEmpty(ours)) return [{ at: [...at, key], message: 'is set here, but not in English' }];
      return differences(theirs, ours, [...at, key]);
    });
  }
  if (JSON.stringify(english) === JSON.stringify(translation)) return [];
  return [{ at, message: `is ${JSON.stringify(translation)} here but ${JSON.stringify(english)} in English` }];
}

const isEmpty = (value: unknown) => Array.isArray(value) && value.length === 0;
const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
