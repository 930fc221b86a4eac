import { existsSync, readFileSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { z } from 'astro/zod';
import { articleSchema } from '../../src/schemas/article.ts';
import { glossaryTermSchema } from '../../src/schemas/glossary.ts';
import { referenceSchema } from '../../src/schemas/reference.ts';
import { KEBAB_ID } from '../../src/schemas/shared.ts';
import { locateJson, locateYaml, type LocatedSource } from './source-positions.ts';

/** One thing wrong in the content, where it was written and what to do. */
export interface ContentProblem {
  file: string;
  /** 1-based line. */
  line: number;
  /** The field, e.g. `takeaways[1].id`; empty for a problem with the whole file. */
  field: string;
  message: string;
}

export interface ContentPaths {
  /** Folder of `*.mdx` articles. */
  articles: string;
  /** The CSL-JSON bibliography. */
  references: string;
  /** The glossary YAML. */
  glossary: string;
}

/**
 * Checks every content file against the same zod schemas the content collections use, and the
 * cross-references between them (glossary `related` ids, reference `custom.sources` keys, unique
 * ids), before Astro reads any of it. Astro's own schema errors name the file but not the line;
 * these name both, for every problem at once. Astro's schema check stays as the backstop.
 */
export async function checkContent(paths: ContentPaths): Promise<ContentProblem[]> {
  const problems = [...(await checkArticles(paths.articles)), ...(await checkReferences(paths.references)), ...(await checkGlossary(paths.glossary))];
  // Files in the order checked, each in reading order, so an author can work down it.
  const files = [...new Set(problems.map((p) => p.file))];
  return problems.sort((a, b) => files.indexOf(a.file) - files.indexOf(b.file) || a.line - b.line);
}

/**
 * What the citation plugins need from the bibliography, which they get before any hook runs: its
 * keys, the primary study's key, and the references we could not read (`custom.unread`) with the
 * keys of the records that report them (`custom.sources`). Unreadable JSON stops there, so it is
 * reported here with its file and line.
 */
export function bibliographyKeys(file: string): { keys: Set<string>; primaryKey: string | undefined; unread: Map<string, string[]> } {
  const source = locateJson(readFileSync(file, 'utf8'));
  const error = source.errors[0];
  if (error) throw new Error(`${file}:${error.line}  is not valid JSON: ${error.message}. Fix it and build again.`);
  const items = (Array.isArray(source.value) ? (source.value as unknown[]) : []) as Array<BibliographyItem | null>;
  const primary = items.find((item) => item?.custom?.primary === true);
  const unread = new Map(
    items.flatMap((item) =>
      item?.custom?.unread === true && typeof item.id === 'string'
        ? [[item.id, (item.custom.sources ?? []).filter((key): key is string => typeof key === 'string')] as [string, string[]]]
        : [],
    ),
  );
  return { keys: new Set(idsOf(items).filter(Boolean)), primaryKey: typeof primary?.id === 'string' ? primary.id : undefined, unread };
}

/** The parts of a bibliography record read before it is validated: anything may be missing or wrong. */
interface BibliographyItem {
  id?: unknown;
  custom?: { primary?: unknown; unread?: unknown; sources?: unknown[] };
}

/** One problem per line: `  file:line  field: message`. */
export function formatContentProblems(problems: readonly ContentProblem[]): string {
  return problems.map((p) => `  ${p.file}:${p.line}  ${p.field ? `${p.field}: ` : ''}${p.message}`).join('\n');
}

async function checkArticles(dir: string): Promise<ContentProblem[]> {
  if (!existsSync(dir)) return [];
  const files = (await readdir(dir, { recursive: true }))
    .filter((name) => name.endsWith('.mdx'))
    .sort();
  const problems: ContentProblem[] = [];
  for (const name of files) {
    const file = path.join(dir, name);
    const slug = name.slice(0, -'.mdx'.length);
    if (!KEBAB_ID.test(slug)) {
      problems.push({
        file,
        line: 1,
        field: '',
        message: 'the file name becomes the page URL, so it must be lowercase words joined by hyphens (e.g. what-the-study-found.mdx).',
      });
    }
    const frontmatter = /^---\r?\n([\s\S]*?)\r?\n---\s*(?:\r?\n|$)/.exec(await readFile(file, 'utf8'));
    if (!frontmatter) {
      problems.push({ file, line: 1, field: '', message: 'the article must start with frontmatter between two "---" lines (title, description, reviewed, takeaways, …).' });
      continue;
    }
    // The YAML starts on line 2, after the opening ---.
    problems.push(...validate(file, locateYaml(frontmatter[1] ?? '', { lineOffset: 1 }), articleSchema));
  }
  return problems;
}

async function checkReferences(file: string): Promise<ContentProblem[]> {
  if (!existsSync(file)) return [];
  return checkRecords(file, locateJson(await readFile(file, 'utf8')), {
    schema: referenceSchema,
    what: 'reference',
    expectation: 'references.json must be a list ([ … ]) of CSL-JSON records',
    links: ['custom', 'sources'],
    dangling: (key) => `"${key}" is not the id of any reference; name a record in this file that reports this one.`,
  });
}

async function checkGlossary(file: string): Promise<ContentProblem[]> {
  if (!existsSync(file)) return [];
  return checkRecords(file, locateYaml(await readFile(file, 'utf8')), {
    schema: glossaryTermSchema,
    what: 'glossary term',
    expectation: 'terms.yaml must be a list of terms, each starting with "- id: …"',
    links: ['related'],
    dangling: (id) => `"${id}" is not the id of any glossary term; fix the id or add the term.`,
  });
}

interface RecordRules {
  schema: z.ZodType;
  /** What one record is, for messages. */
  what: string;
  /** What the file must be, when it is not a list. */
  expectation: string;
  /** The field (a path) that lists ids of other records in the same file. */
  links: string[];
  dangling: (id: string) => string;
}

/** A file holding a list of records with unique ids: each record, the ids, and the ids they link to. */
function checkRecords(file: string, source: LocatedSource, rules: RecordRules): ContentProblem[] {
  const records = listOf(file, source, rules.expectation);
  if (!Array.isArray(records)) return records;

  const ids = idsOf(records);
  const problems = records.flatMap((record, i) => validate(file, source, rules.schema, record, [i], label(ids, i)));
  problems.push(...duplicates(file, source, ids, rules.what));
  records.forEach((record, i) => {
    const linked: unknown = rules.links.reduce<unknown>((value, key) => (value as Record<string, unknown> | null)?.[key], record);
    if (!Array.isArray(linked)) return;
    linked.forEach((id, j) => {
      if (typeof id === 'string' && !ids.includes(id)) {
        problems.push({ file, line: source.lineOf([i, ...rules.links, j]), field: `${label(ids, i)}.${rules.links.join('.')}[${j}]`, message: rules.dangling(id) });
      }
    });
  });
  return problems;
}

/** Schema problems of `value` (by default the whole file), each at the line of its field. */
function validate(
  file: string,
  source: LocatedSource,
  schema: z.ZodType,
  value: unknown = source.value,
  prefix: PropertyKey[] = [],
  itemLabel = '',
): ContentProblem[] {
  if (source.errors.length > 0) {
    return prefix.length > 0 ? [] : source.errors.map((e) => ({ file, line: e.line, field: '', message: `not valid YAML: ${e.message}` }));
  }
  const result = schema.safeParse(value ?? {});
  if (result.success) return [];
  return result.error.issues.map((issue) => {
    const field = [itemLabel, fieldName(issue.path)].filter(Boolean).join('.');
    return { file, line: source.lineOf([...prefix, ...issue.path]), field, message: issue.message };
  });
}

/** The file's top-level list, or the problems that stop it being one. */
function listOf(file: string, source: LocatedSource, expectation: string): unknown[] | ContentProblem[] {
  if (source.errors.length > 0) return source.errors.map((e) => ({ file, line: e.line, field: '', message: `cannot be read: ${e.message}` }));
  return Array.isArray(source.value) ? source.value : [{ file, line: 1, field: '', message: expectation }];
}

function idsOf(items: unknown[]): string[] {
  return items.map((item) => (item as { id?: unknown } | null)?.id).map((id) => (typeof id === 'string' ? id : ''));
}

function duplicates(file: string, source: LocatedSource, ids: string[], what: string): ContentProblem[] {
  return ids.flatMap((id, i) => {
    const first = ids.indexOf(id);
    if (!id || first === i) return [];
    return [{ file, line: source.lineOf([i, 'id']), field: `${label(ids, i)}.id`, message: `"${id}" is already the id of the ${what} on line ${source.lineOf([first, 'id'])}; every id must be unique.` }];
  });
}

/** How a list item is named in messages: its id when it has one, else its position. */
function label(ids: readonly string[], i: number): string {
  return ids[i] || `[${i}]`;
}

/** `takeaways[1].id` from ['takeaways', 1, 'id']. */
function fieldName(fieldPath: ReadonlyArray<PropertyKey>): string {
  return fieldPath.map((part, i) => (typeof part === 'number' ? `[${part}]` : `${i > 0 ? '.' : ''}${String(part)}`)).join('');
}
