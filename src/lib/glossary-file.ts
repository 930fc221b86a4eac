import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { z } from 'astro/zod';
import { glossaryTermSchema, type GlossaryTerm } from '../schemas/glossary.ts';

/**
 * Reads the glossary for the Markdown pipeline (astro.config.mjs), which runs before content
 * collections exist. Checked with the same schema as the collection, so a bad entry fails here
 * with its position and the schema's message instead of a confusing plugin error.
 */
export function readGlossary(file: string): GlossaryTerm[] {
  const result = z.array(glossaryTermSchema).safeParse(parse(readFileSync(file, 'utf8')) ?? []);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => {
    const [index, ...field] = issue.path;
    const where = typeof index === 'number' ? `entry ${index + 1}${field.length ? ` (${field.join('.')})` : ''}` : 'the file';
    return `  ${where}: ${issue.message}`;
  });
  throw new Error(`${file}: the glossary has ${problems.length === 1 ? 'a problem' : 'problems'}:\n${problems.join('\n')}`);
}
