import { existsSync } from 'node:fs';
import type { z } from 'astro/zod';
import { ContentError, countProblems } from '../lib/problems.ts';
import { DEFAULT_LOCALE, type Locale, type TranslationLocale } from '../lib/site.ts';
import { glossaryTermSchema, type GlossaryTerm } from '../schemas/glossary.ts';
import { translatedTermSchema } from '../schemas/translation.ts';
import type { ContentPathSet, TranslationFiles } from './content-paths.ts';
import { idsOf, itemLabel, listOf, readLocated, schemaProblems } from './content-files.ts';

/**
 * Reads the glossary for the Markdown pipeline (astro.config.mjs), which runs before content
 * collections exist. Checked with the same schema as the collection, so a bad entry fails here at
 * its line, in the same words the content preflight would use.
 */
export function readGlossary(file: string): GlossaryTerm[] {
  return readTerms(file, glossaryTermSchema);
}

/**
 * Every language's glossary, for linking terms in that language's articles: a translation's terms
 * take `related` and `autoLink` from the English entry of the same id. A content folder without a
 * translation (a test site) has only English.
 */
export function readGlossaries(paths: ContentPathSet): Partial<Record<Locale, GlossaryTerm[]>> {
  const english = readGlossary(paths.glossary);
  const byId = new Map(english.map((term) => [term.id, term]));
  const glossaries: Partial<Record<Locale, GlossaryTerm[]>> = { [DEFAULT_LOCALE]: english };
  for (const [locale, files] of Object.entries(paths.translations) as Array<[TranslationLocale, TranslationFiles]>) {
    if (!existsSync(files.glossary)) continue;
    glossaries[locale] = readTerms(files.glossary, translatedTermSchema).map(({ reading, seenIn, ...term }) => ({
      ...term,
      related: byId.get(term.id)?.related ?? [],
      autoLink: byId.get(term.id)?.autoLink ?? true,
    }));
  }
  return glossaries;
}

function readTerms<Schema extends z.ZodType>(file: string, schema: Schema): Array<z.infer<Schema>> {
  const source = readLocated(file);
  const { items, problems } = listOf(file, source, 'terms.yaml must be a list of terms, each starting with "- id: …"');
  const ids = idsOf(items);
  problems.push(...items.flatMap((item, i) => schemaProblems(file, source, schema, { value: item, prefix: [i], label: itemLabel(ids, i) })));
  if (problems.length > 0) throw new ContentError(`${countProblems(problems.length)} in the glossary; fix them and build again:`, problems);
  return items.map((item) => schema.parse(item));
}
