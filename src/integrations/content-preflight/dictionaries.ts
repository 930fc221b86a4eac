import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { DICTIONARIES, dictionaryProblems } from '../../lib/i18n/index.ts';
import type { Problem } from '../../lib/problems.ts';
import { DEFAULT_LOCALE } from '../../lib/site.ts';

/** Where the dictionaries are, from the project's root: one file per language, named by its code. */
const DICTIONARY_DIR = path.join('src', 'lib', 'i18n');

/**
 * Every language's interface words against English's: a word missing, of another shape, or unknown
 * to English fails the build at its file and line, even when the type check was skipped
 * (`astro build` does not run it).
 */
export function dictionaryFileProblems(dictionaries: Readonly<Record<string, object>> = DICTIONARIES, dir = DICTIONARY_DIR): Problem[] {
  const english = dictionaries[DEFAULT_LOCALE] ?? {};
  return Object.entries(dictionaries)
    .filter(([locale]) => locale !== DEFAULT_LOCALE)
    .flatMap(([locale, words]) => {
      const file = path.join(dir, `${locale}.ts`);
      const text = existsSync(file) ? readFileSync(file, 'utf8') : '';
      return dictionaryProblems(english, words).map(({ key, message }) => ({ file, line: lineOfKey(text, key), field: key, message }));
    });
}

/**
 * The line of a dictionary's source where `section.key` is written, or of the deepest part of it
 * that is there (a missing word is reported at its section): each part is looked for after the
 * line of the part before it, or after the declaration of a group written apart.
 */
export function lineOfKey(text: string, key: string): number | undefined {
  const lines = text.split('\n');
  let found: number | undefined;
  for (const part of key.split('.')) {
    const name = part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const at = lines.findIndex((line, index) => index >= (found ?? 0) && new RegExp(`^\\s*(['"]?)${name}\\1\\s*:`).test(line));
    if (at === -1) break;
    // A group written apart (`search: searchWords,`, so scripts can bundle it alone) is looked into where it is declared.
    const apart = /:\s*([A-Za-z_$][\w$]*),?\s*$/.exec(lines[at] ?? '')?.[1];
    const declared = apart ? lines.findIndex((line) => new RegExp(`^export const ${apart}\\b`).test(line)) : -1;
    found = declared === -1 ? at : declared;
  }
  return found === undefined ? undefined : found + 1;
}
