import { ContentError, countProblems } from '../lib/problems.ts';
import { glossaryTermSchema, type GlossaryTerm } from '../schemas/glossary.ts';
import { idsOf, itemLabel, listOf, readLocated, schemaProblems } from './content-files.ts';

/**
 * Reads the glossary for the Markdown pipeline (astro.config.mjs), which runs before content
 * collections exist. Checked with the same schema as the collection, so a bad entry fails here at
 * its line, in the same words the content preflight would use.
 */
export function readGlossary(file: string): GlossaryTerm[] {
  const source = readLocated(file);
  const { items, problems } = listOf(file, source, 'terms.yaml must be a list of terms, each starting with "- id: …"');
  const ids = idsOf(items);
  problems.push(...items.flatMap((item, i) => schemaProblems(file, source, glossaryTermSchema, { value: item, prefix: [i], label: itemLabel(ids, i) })));
  if (problems.length > 0) throw new ContentError(`${countProblems(problems.length)} in the glossary; fix them and build again:`, problems);
  return items.map((item) => glossaryTermSchema.parse(item));
}
