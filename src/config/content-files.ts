/**
 * Reading content data files so that every problem in them can be reported at its line, in the
 * project's one format (src/lib/problems.ts): the content preflight and the config readers
 * (glossary, bibliography, anchor registry) all validate through these helpers.
 */
import { readFileSync } from 'node:fs';
import type { z } from 'astro/zod';
import type { Problem } from '../lib/problems.ts';
import { locateJson, locateYaml, type LocatedSource } from './source-positions.ts';

export type { LocatedSource };

/** Reads a YAML or JSON file (by extension) and keeps where each part of it was written. */
export function readLocated(file: string): LocatedSource {
  const text = readFileSync(file, 'utf8');
  return file.endsWith('.json') ? locateJson(text) : locateYaml(text);
}

/**
 * Schema problems of `value` (by default the whole file), each at the line of its field. `prefix`
 * is the value's path in the file; `label` names a list item in messages (its id).
 */
export function schemaProblems(
  file: string,
  source: LocatedSource,
  schema: z.ZodType,
  { value = source.value, prefix = [], label = '' }: { value?: unknown; prefix?: PropertyKey[]; label?: string } = {},
): Problem[] {
  if (source.errors.length > 0) return prefix.length > 0 ? [] : syntaxProblems(file, source);
  const result = schema.safeParse(value ?? {});
  if (result.success) return [];
  return result.error.issues.map((issue) => {
    // zod reports a bad record key as "Invalid key in record"; the key's own message says what to fix.
    const message = issue.code === 'invalid_key' ? issue.issues.map((inner) => inner.message).join('; ') : issue.message;
    return { file, line: source.lineOf([...prefix, ...issue.path]), field: [label, fieldName(issue.path)].filter(Boolean).join('.'), message };
  });
}

/** The syntax errors of a file that could not be parsed. */
export function syntaxProblems(file: string, source: LocatedSource): Problem[] {
  const what = file.endsWith('.json') ? 'JSON' : 'YAML';
  return source.errors.map((e) => ({ file, line: e.line, message: `is not valid ${what}: ${e.message}. Fix it and build again.` }));
}

/** The file's top-level list, or the problems that stop it being one. */
export function listOf(file: string, source: LocatedSource, expectation: string): { items: unknown[]; problems: Problem[] } {
  if (source.errors.length > 0) return { items: [], problems: syntaxProblems(file, source) };
  if (!Array.isArray(source.value)) return { items: [], problems: [{ file, line: 1, message: expectation }] };
  return { items: source.value, problems: [] };
}

/** Each item's `id` when it has a string one, else ''. */
export function idsOf(items: readonly unknown[]): string[] {
  return items.map((item) => (item as { id?: unknown } | null)?.id).map((id) => (typeof id === 'string' ? id : ''));
}

/** How a list item is named in messages: its id when it has one, else its position. */
export function itemLabel(ids: readonly string[], i: number): string {
  return ids[i] || `[${i}]`;
}

/** `takeaways[1].id` from ['takeaways', 1, 'id']. */
export function fieldName(fieldPath: ReadonlyArray<PropertyKey>): string {
  return fieldPath.map((part, i) => (typeof part === 'number' ? `[${part}]` : `${i > 0 ? '.' : ''}${String(part)}`)).join('');
}
