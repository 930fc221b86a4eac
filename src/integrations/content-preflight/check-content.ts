import { existsSync } from 'node:fs';
import path from 'node:path';
import type { z } from 'astro/zod';
import { fieldName, idsOf, itemLabel, listOf, readLocated, schemaProblems, type LocatedSource } from '../../config/content-files.ts';
import type { ContentPathSet, TranslationFiles } from '../../config/content-paths.ts';
import { sortProblems, type Problem } from '../../lib/problems.ts';
import { articleSchema, type Change, type Takeaway } from '../../schemas/article.ts';
import { PAGE_HISTORY_ID } from '../../lib/history.ts';
import { closest } from '../../lib/closest.ts';
import { figureSchema } from '../../schemas/figure.ts';
import { glossaryTermSchema } from '../../schemas/glossary.ts';
import { isUnread, referenceSchema, type Reference } from '../../schemas/reference.ts';
import { CERTAINTY, type Certainty } from '../../schemas/labels.ts';
import { labelProblem, type SourceProfile } from '../../schemas/label-rules.ts';
import { en } from '../../lib/i18n/en.ts';
import { KEBAB_ID } from '../../schemas/shared.ts';
import { studyCardSchema } from '../../schemas/study-fact.ts';
import { referenceNoteSchema, translatedArticleSchema, translatedTermSchema } from '../../schemas/translation.ts';
import { mdxFilesIn, readMdx } from './mdx-files.ts';
import { translationProblems } from './translations.ts';

/** Authors read a label's English name in messages, as the legend on the About page shows it. */
const englishName = (level: Certainty) => en.labels.certainty[level].name;

/** The content files the preflight reads (src/config/content-paths.ts): the English files and each translation's. */
export type ContentPaths = Pick<ContentPathSet, 'root' | 'articles' | 'references' | 'glossary' | 'studyCard' | 'figures' | 'translations'>;

/** What the article checks need of an article, in any language. */
type ArticleSchema = z.ZodType<{ takeaways: Takeaway[]; history: Change[] }>;

/**
 * Checks every content file against the same zod schemas the content collections use, and every
 * rule that spans records or files (unique ids, glossary `related` ids, reference keys in any data
 * file, one primary study, a study card for it, translations in step with the English), before
 * Astro reads any of it. Each rule is checked here and only here, so the pages can trust the data;
 * each problem names its file and line, and all of them are reported at once.
 */
export async function checkContent(paths: ContentPaths): Promise<Problem[]> {
  const bibliography = readIfExists(paths.references);
  const references: Bibliography = bibliography ? referenceRecords(bibliography) : new Map();
  const problems = [
    ...(await checkArticles(paths.articles, references, articleSchema)),
    ...(bibliography ? checkReferences(paths.references, bibliography, references) : []),
    ...checkGlossary(paths.glossary, references),
    ...checkStudyCard(paths.studyCard, references),
    ...checkFigures(paths.figures, references),
    ...(await checkTranslationFiles(paths, references)),
    ...(await translationProblems(paths)),
  ];
  return sortProblems(problems);
}

/**
 * Each translation's own files, against the translation schemas (src/schemas/translation.ts), with
 * the same cross-file rules as the English ones (reference keys, history sections and bases).
 */
async function checkTranslationFiles(paths: ContentPaths, references: Bibliography): Promise<Problem[]> {
  const problems: Problem[] = [];
  for (const files of Object.values(paths.translations) as TranslationFiles[]) {
    if (!existsSync(files.root)) continue;
    problems.push(
      // The translation record (translation: { source, sourceHash }) is checked with the English page (translations.ts).
      ...(await checkArticles(files.articles, references, translatedArticleSchema)).filter((problem) => !problem.field?.startsWith('translation')),
      ...checkGlossary(files.glossary, references, translatedTermSchema),
      ...checkStudyCard(files.studyCard, references),
      ...checkFigures(files.figures, references),
      ...checkReferenceNotes(files.referenceNotes, references),
    );
  }
  return problems;
}

async function checkArticles(dir: string, references: Bibliography, schema: ArticleSchema): Promise<Problem[]> {
  const problems: Problem[] = [];
  for (const name of await mdxFilesIn(dir)) {
    const file = path.join(dir, name);
    const slug = name.slice(0, -'.mdx'.length);
    if (!KEBAB_ID.test(slug)) {
      problems.push({
        file,
        line: 1,
        message: 'the file name becomes the page URL, so it must be lowercase words joined by hyphens (e.g. what-the-study-found.mdx).',
      });
    }
    const page = await readMdx(file);
    if (!page.frontmatter) {
      problems.push({
        file,
        line: 1,
        message: 'the article must start with frontmatter between two "---" lines (title, description, reviewed, takeaways, …).',
      });
      continue;
    }
    const source = page.frontmatter;
    const found = schemaProblems(file, source, schema);
    problems.push(...found);
    if (found.length === 0) {
      const article = schema.parse(source.value);
      problems.push(...historySectionProblems(file, source, article, page.body), ...historyBasisProblems(file, source, article, references));
    }
  }
  return problems;
}

/** The layout's own sections an article's history may point at. */
const LAYOUT_SECTIONS = ['takeaways', 'study', 'references', PAGE_HISTORY_ID];

/**
 * A history entry's `section` must be a place on its page, so /changes/ and the feed can link to it:
 * a heading's `{#id}`, a `<Claim id>`, a takeaway id, or one of the layout's own sections.
 */
function historySectionProblems(file: string, source: LocatedSource, article: z.infer<ArticleSchema>, body: string): Problem[] {
  const ids = new Set([
    ...[...body.matchAll(/\{#([a-z0-9-]+)\}/g)].map((m) => m[1] ?? ''),
    ...[...body.matchAll(/<Claim\s+id="([^"]+)"/g)].map((m) => m[1] ?? ''),
    ...article.takeaways.map((t) => t.id),
    ...LAYOUT_SECTIONS,
  ]);
  return article.history.flatMap((change, i) => {
    if (!change.section || ids.has(change.section)) return [];
    const near = closest(change.section, ids);
    return [
      {
        file,
        line: source.lineOf(['history', i, 'section']),
        field: `history[${i}].section`,
        message: `"${change.section}" is not a place on this page.${near ? ` Did you mean "${near}"?` : ''} Use a section heading's {#id}, a takeaway id or a <Claim id>.`,
      },
    ];
  });
}

/**
 * A correction's `checkedAgainst` keys must name records in the bibliography (the closest key is
 * suggested), and at least one must be a source someone here read: a correction cannot rest on a
 * work nobody could check.
 */
function historyBasisProblems(file: string, source: LocatedSource, article: z.infer<ArticleSchema>, references: Bibliography): Problem[] {
  if (references.size === 0) return [];
  return article.history.flatMap((change, i) => {
    const keys = change.checkedAgainst ?? [];
    const unknown = keys.flatMap((key, j) => {
      if (references.has(key)) return [];
      const near = closest(key, references.keys());
      return [
        {
          file,
          line: source.lineOf(['history', i, 'checkedAgainst', j]),
          field: `history[${i}].checkedAgainst[${j}]`,
          message: `"${key}" is not the id of any reference in references.json.${near ? ` Did you mean "${near}"?` : ''} Name the record the correction was checked against, or add it.`,
        },
      ];
    });
    if (unknown.length > 0 || keys.length === 0 || !keys.every((key) => unreadRecord(references, key))) return unknown;
    return [
      {
        file,
        line: source.lineOf(['history', i, 'checkedAgainst']),
        field: `history[${i}].checkedAgainst`,
        message: `names only works we could not read (${keys.join(', ')}: custom.read is record or reports). Name the source the correction was actually checked against.`,
      },
    ];
  });
}

/** True for a record someone here could not read (custom.read record or reports). */
const unreadRecord = (references: Bibliography, key: string): boolean => {
  const read = references.get(key)?.custom.read;
  return read !== undefined && isUnread(read);
};

function checkReferences(file: string, source: LocatedSource, references: Bibliography): Problem[] {
  const { items, problems } = checkRecords(file, source, referenceSchema, {
    what: 'reference',
    expectation: 'references.json must be a list ([ … ]) of CSL-JSON records',
  });
  const ids = idsOf(items);
  items.forEach((item, i) => {
    const sources = (item as { custom?: { sources?: unknown } } | null)?.custom?.sources;
    if (!Array.isArray(sources)) return;
    sources.forEach((key, j) => {
      if (typeof key !== 'string') return;
      const at = { file, line: source.lineOf([i, 'custom', 'sources', j]), field: `${itemLabel(ids, i)}.custom.sources[${j}]` };
      const reporter = references.get(key);
      if (!ids.includes(key)) problems.push({ ...at, message: `"${key}" is not the id of any reference; name a record in this file that reports this one.` });
      else if (reporter && !reporter.DOI && !reporter.PMID && !reporter.URL) {
        problems.push({ ...at, message: `"${key}" has no DOI, PMID or URL, so readers could not follow it; give it one, or name a source that has one.` });
      }
    });
  });
  const primary = items.flatMap((item, i) => ((item as { custom?: { primary?: unknown } } | null)?.custom?.primary === true ? [i] : []));
  if (items.length > 0 && primary.length !== 1) {
    problems.push({
      file,
      line: primary[1] === undefined ? 1 : source.lineOf([primary[1], 'custom', 'primary']),
      message: `exactly one reference must be the study this site explains ("custom": { "primary": true }); found ${primary.length}.`,
    });
  }
  return problems;
}

function checkGlossary(file: string, references: Bibliography, schema: z.ZodType = glossaryTermSchema): Problem[] {
  const source = readIfExists(file);
  if (!source) return [];
  const { items, problems } = checkRecords(file, source, schema, {
    what: 'glossary term',
    expectation: 'terms.yaml must be a list of terms, each starting with "- id: …"',
  });
  problems.push(...referenceKeyProblems(file, source, items, references));
  const ids = idsOf(items);
  items.forEach((item, i) => {
    const related = (item as { related?: unknown } | null)?.related;
    if (!Array.isArray(related)) return;
    related.forEach((id, j) => {
      if (typeof id === 'string' && !ids.includes(id)) {
        problems.push({
          file,
          line: source.lineOf([i, 'related', j]),
          field: `${itemLabel(ids, i)}.related[${j}]`,
          message: `"${id}" is not the id of any glossary term; fix the id or add the term.`,
        });
      }
    });
  });
  return problems;
}

function checkStudyCard(file: string, references: Bibliography): Problem[] {
  const source = readIfExists(file);
  if (!source) return [];
  const { items, problems } = checkRecords(file, source, studyCardSchema, {
    what: 'study card',
    expectation: 'primary-study.yaml must be a list holding one study card ("- id: <the primary study\'s key>")',
  });
  problems.push(...referenceKeyProblems(file, source, items, references));
  const primary = [...references.values()].find((ref) => ref?.custom?.primary);
  if (!primary || problems.length > 0) return problems;
  const ids = idsOf(items);
  if (items.length !== 1 || ids[0] !== primary.id) {
    problems.push({
      file,
      line: 1,
      message: `expected one study card, for the primary study "${primary.id}"; found ${ids.map((id) => `"${id}"`).join(', ') || 'none'}.`,
    });
    return problems;
  }
  const card = studyCardSchema.parse(items[0]);
  card.facts.forEach((fact, i) => {
    const missing = fact.field === 'journal' ? !primary['container-title'] : fact.field === 'published' && !primary.issued;
    if (missing) {
      problems.push({
        file,
        line: source.lineOf([0, 'facts', i, 'field']),
        field: `${primary.id}.facts[${i}].field`,
        message: `reads "${fact.field}" from ${primary.id}, but that record has no ${fact.field === 'journal' ? 'container-title' : 'issued date'}; add it to the record or give a value.`,
      });
    }
  });
  return problems;
}

/** A translation's words for references (reader notes, supplied titles): each for a reference that exists. */
function checkReferenceNotes(file: string, references: Bibliography): Problem[] {
  const source = readIfExists(file);
  if (!source) return [];
  const { items, problems } = checkRecords(file, source, referenceNoteSchema, {
    what: 'reference note',
    expectation: 'notes.yaml must be a list of notes, each starting with "- id: <reference key>"',
  });
  if (references.size === 0) return problems;
  idsOf(items).forEach((id, i) => {
    if (!id || references.has(id)) return;
    const near = closest(id, references.keys());
    problems.push({
      file,
      line: source.lineOf([i, 'id']),
      field: `${id}.id`,
      message: `"${id}" is not the id of any reference in references.json.${near ? ` Did you mean "${near}"?` : ''} A note translates the words of an existing reference.`,
    });
  });
  return problems;
}

function checkFigures(file: string, references: Bibliography): Problem[] {
  const source = readIfExists(file);
  if (!source) return [];
  const { items, problems } = checkRecords(file, source, figureSchema, {
    what: 'figure',
    expectation: 'figures.yaml must be a list of figures, each starting with "- id: …"',
  });
  problems.push(...referenceKeyProblems(file, source, items, references), ...figureLabelProblems(file, source, items, references));
  items.forEach((item, i) => {
    const events = (item as { id?: unknown; events?: unknown } | null)?.events;
    if (!Array.isArray(events)) return;
    events.forEach((event: { ref?: unknown } | null, j) => {
      const ref = typeof event?.ref === 'string' ? references.get(event.ref) : undefined;
      if (ref && !ref.issued) {
        problems.push({
          file,
          line: source.lineOf([i, 'events', j, 'ref']),
          field: `timeline.events[${j}].ref`,
          message: `"${ref.id}" has no verified year in references.json, so it cannot be placed on the timeline.`,
        });
      }
    });
  });
  return problems;
}

/**
 * A certainty label in a data file (`level` on a figure note) may be no stronger than the `sources`
 * beside it allow (the label table, src/schemas/label-rules.ts), and needs at least one.
 */
function figureLabelProblems(file: string, source: LocatedSource, items: readonly unknown[], references: Bibliography): Problem[] {
  if (references.size === 0) return [];
  const ids = idsOf(items);
  return items.flatMap((item, i) => {
    const notes = (item as { notes?: unknown } | null)?.notes;
    if (!Array.isArray(notes)) return [];
    return notes.flatMap((note: { level?: unknown; sources?: unknown } | null, j) => {
      const level = note?.level;
      if (typeof level !== 'string' || !(level in CERTAINTY)) return [];
      const keys = Array.isArray(note?.sources) ? note.sources.filter((key): key is string => typeof key === 'string') : [];
      const cited = new Map(keys.flatMap((key) => profileOf(references, key)));
      // Unknown keys are reported by referenceKeyProblems; judge the label on the known ones.
      if (cited.size < keys.length) return [];
      const message = labelProblem(level as Certainty, cited, 'note', englishName);
      return message ? [{ file, line: source.lineOf([i, 'notes', j, 'level']), field: `${itemLabel(ids, i)}.notes[${j}].level`, message }] : [];
    });
  });
}

/** A record's kind and read level, for the label rules; none for an unknown or invalid record. */
const profileOf = (references: Bibliography, key: string): Array<[string, SourceProfile]> => {
  const record = references.get(key);
  return record ? [[key, { kind: record.custom.kind, read: record.custom.read }]] : [];
};

/**
 * Every reference key written in a data file (a `sources` list or a `ref`, at any depth) must name
 * a record in the bibliography: the one place this rule is checked. And wherever keys cite something
 * together (a `ref` with its `sources`, or a `sources` list), they may not all be works nobody here
 * could read: the data-file half of the rule rehype-citation-check enforces in articles.
 */
function referenceKeyProblems(file: string, source: LocatedSource, items: readonly unknown[], references: Bibliography): Problem[] {
  if (references.size === 0) return [];
  const problems: Problem[] = [];
  const ids = idsOf(items);
  const check = (ref: unknown, at: PropertyKey[]) => {
    if (typeof ref !== 'string' || references.has(ref)) return;
    const [index, ...field] = at;
    problems.push({
      file,
      line: source.lineOf(at),
      field: `${itemLabel(ids, Number(index))}.${fieldName(field)}`,
      message: `"${ref}" is not the id of any reference in references.json; fix the key or add the reference.`,
    });
  };
  const checkUnreadOnly = (value: object, at: PropertyKey[]) => {
    const { ref, sources } = value as { ref?: unknown; sources?: unknown };
    const keys = [ref, ...(Array.isArray(sources) ? sources : [])].filter((key): key is string => typeof key === 'string');
    if (keys.length === 0 || !keys.every((key) => unreadRecord(references, key))) return;
    const [index, ...field] = [...at, typeof ref === 'string' ? 'ref' : 'sources'];
    problems.push({
      file,
      line: source.lineOf([...at, typeof ref === 'string' ? 'ref' : 'sources']),
      field: `${itemLabel(ids, Number(index))}.${fieldName(field)}`,
      message: `cites only works we could not read (${keys.join(', ')}: custom.read is record or reports). Add the source that reports this${reportersHint(keys, references)}, e.g. sources: [${[...keys.filter((key) => key !== ref), reporters(keys, references)[0] ?? 'a-source-you-read'].join(', ')}].`,
    });
  };
  const walk = (value: unknown, at: PropertyKey[]): void => {
    if (Array.isArray(value)) {
      for (const [i, item] of value.entries()) walk(item, [...at, i]);
      return;
    }
    if (!value || typeof value !== 'object') return;
    checkUnreadOnly(value, at);
    for (const [key, child] of Object.entries(value)) {
      if (key === 'sources' && Array.isArray(child)) for (const [i, ref] of child.entries()) check(ref, [...at, key, i]);
      if (key === 'ref') check(child, [...at, key]);
      walk(child, [...at, key]);
    }
  };
  for (const [i, item] of items.entries()) walk(item, [i]);
  return problems;
}

interface RecordRules {
  /** What one record is, for messages. */
  what: string;
  /** What the file must be, when it is not a list. */
  expectation: string;
}

/** A file holding a list of records with unique ids: each record against the schema, and the ids. */
function checkRecords(file: string, source: LocatedSource, schema: z.ZodType, rules: RecordRules): { items: unknown[]; problems: Problem[] } {
  const { items, problems } = listOf(file, source, rules.expectation);
  const ids = idsOf(items);
  problems.push(...items.flatMap((item, i) => schemaProblems(file, source, schema, { value: item, prefix: [i], label: itemLabel(ids, i) })));
  ids.forEach((id, i) => {
    const first = ids.indexOf(id);
    if (!id || first === i) return;
    problems.push({
      file,
      line: source.lineOf([i, 'id']),
      field: `${itemLabel(ids, i)}.id`,
      message: `"${id}" is already the id of the ${rules.what} on line ${source.lineOf([first, 'id'])}; every id must be unique.`,
    });
  });
  return { items, problems };
}

/**
 * The bibliography's records by key: what other files' reference keys are checked against. A record
 * that fails its schema is `null`: it exists (a key naming it is not wrong too), but nothing is read
 * from it, since its own problems are already reported.
 */
function referenceRecords(source: LocatedSource): Bibliography {
  const items = Array.isArray(source.value) ? source.value : [];
  return new Map(
    items.flatMap((item) => {
      const id = (item as { id?: unknown } | null)?.id;
      const parsed = referenceSchema.safeParse(item);
      return typeof id === 'string' ? [[id, parsed.success ? parsed.data : null] as const] : [];
    }),
  );
}

type Bibliography = ReadonlyMap<string, Reference | null>;

/** The records that report unread works (their `custom.sources`), to suggest one. */
const reporters = (keys: readonly string[], references: Bibliography): string[] => [
  ...new Set(keys.flatMap((key) => references.get(key)?.custom.sources ?? [])),
];
const reportersHint = (keys: readonly string[], references: Bibliography): string => {
  const found = reporters(keys, references);
  return found.length > 0 ? ` (${found.join(', ')} report${found.length === 1 ? 's' : ''} it)` : '';
};

function readIfExists(file: string): LocatedSource | undefined {
  return existsSync(file) ? readLocated(file) : undefined;
}
