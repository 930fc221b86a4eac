import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { contentPaths } from '../../src/config/content-paths.ts';
import { DEFAULT_LOCALE, LOCALE_CODES } from '../../src/lib/site.ts';
import { CERTAINTY, type Certainty } from '../../src/schemas/labels.ts';

/**
 * Writes a content folder for build benchmarks: the real site's English content (articles, references,
 * glossary, figures) plus `count` synthetic articles shaped like real ones (frontmatter with
 * takeaways, sections with explicit ids, citations, a claim with a certainty label, a glossary
 * term, a table, a list), and an anchor registry that lists their pages and ids, as
 * `npm run anchors:update` would. Their text says only that they are synthetic: they are never
 * published. Returns the folder, for `SITE_CONTENT_DIR`.
 *
 * The articles obey the evidence rules by reading the content, not by naming keys: they cite only
 * references someone has read, the primary study (which every article must cite) only together with
 * a read source that reports it, and carry the weakest certainty label there is.
 *
 * The site is English only: a language is built only when every article is translated, and the
 * synthetic articles are not, so the translations and their pages in the registry are left out.
 */
export function writeSyntheticSite(dir: string, count: number, source = 'content'): string {
  cpSync(source, dir, { recursive: true });
  for (const translation of Object.values(contentPaths(dir).translations)) rmSync(translation.root, { recursive: true, force: true });
  mkdirSync(path.join(dir, 'articles'), { recursive: true });
  const synthetic = syntheticPages(count, source);
  for (const article of synthetic) writeFileSync(path.join(dir, 'articles', `${article.slug}.mdx`), article.mdx);
  const registryFile = path.join(source, 'anchors.json');
  if (existsSync(registryFile)) {
    const registry = JSON.parse(readFileSync(registryFile, 'utf8')) as Registry;
    writeFileSync(path.join(dir, 'anchors.json'), `${JSON.stringify(withSyntheticPages(registry, synthetic), null, 2)}\n`);
  }
  return dir;
}

/** The first `count` synthetic articles for the content in `source`, without writing them. */
export function syntheticPages(count: number, source = 'content'): SyntheticPage[] {
  const references = JSON.parse(readFileSync(path.join(source, 'references', 'references.json'), 'utf8')) as BibliographyRecord[];
  const shape: ArticleShape = { ...citableKeys(references), term: glossaryTerm(path.join(source, 'glossary', 'terms.yaml')), label: weakestCertainty() };
  return Array.from({ length: count }, (_, i) => syntheticArticle(i + 1, shape));
}

/** The parts of a CSL-JSON record the generator reads. */
export interface BibliographyRecord {
  id: string;
  type?: string;
  custom?: { primary?: boolean; unread?: boolean; read?: string; sources?: string[] };
}

/** What a synthetic article may cite. */
export interface CitableKeys {
  /** References someone has read: any of them may back a claim alone. */
  read: string[];
  /** The citation every article needs: the primary study, with a read source that reports it when the study itself was not read. */
  primary: string[];
}

/**
 * How much of a reference was read: `custom.unread: true` today; `custom.read` ("record" for a
 * bibliographic entry only, "reports" for a work known only through others' reports) once the
 * reading level is recorded for every reference. Either way such a reference may never be cited
 * alone.
 */
const UNREAD_LEVELS = new Set(['record', 'reports']);
export const isUnread = (ref: BibliographyRecord): boolean =>
  ref.custom?.unread === true || (ref.custom?.read !== undefined && UNREAD_LEVELS.has(ref.custom.read));

/** Chooses the keys the synthetic articles cite, from the bibliography itself. */
export function citableKeys(references: readonly BibliographyRecord[]): CitableKeys {
  const read = references.filter((ref) => !isUnread(ref)).map((ref) => ref.id);
  if (read.length === 0) throw new Error('the bibliography has no reference marked as read, so a synthetic article has nothing it may cite alone');
  const primary = references.find((ref) => ref.custom?.primary === true);
  if (!primary) return { read, primary: [] };
  if (!isUnread(primary)) return { read, primary: [primary.id] };
  const reporter = primary.custom?.sources?.find((key) => read.includes(key));
  if (!reporter) throw new Error(`the primary study "${primary.id}" is unread and none of its custom.sources is a read reference, so it cannot be cited`);
  return { read, primary: [primary.id, reporter] };
}

/**
 * The weakest certainty label (fewest dots): a synthetic sentence claims nothing, so whatever rule
 * ties a label to its citations, the weakest one cannot be stronger than them.
 */
export function weakestCertainty(): Certainty {
  const levels = Object.entries(CERTAINTY) as Array<[Certainty, { strength: number }]>;
  const [weakest] = levels.sort(([, a], [, b]) => a.strength - b.strength)[0] ?? [];
  if (!weakest) throw new Error('src/schemas/labels.ts defines no certainty label');
  return weakest;
}

/** The first glossary term that is linked automatically, so the glossary plugin has its usual work. */
function glossaryTerm(file: string): string {
  if (!existsSync(file)) return 'Synapse';
  const terms = parseYaml(readFileSync(file, 'utf8')) as Array<{ term?: string; autoLink?: boolean }> | null;
  return terms?.find((t) => t.term && t.autoLink !== false)?.term ?? 'Synapse';
}

interface ArticleShape extends CitableKeys {
  /** A glossary term the text names. */
  term: string;
  /** The certainty label on each claim. */
  label: Certainty;
}

export interface SyntheticPage {
  slug: string;
  mdx: string;
  /** The ids the article itself writes (takeaways, sections, claims), in page order. */
  ids: string[];
}

const SECTIONS = [1, 2, 3, 4];
const TAKEAWAYS = ['takeaway-synthetic-one', 'takeaway-synthetic-two', 'takeaway-synthetic-three'];
const LIMITS_ID = 'what-this-does-not-show';

export function syntheticArticle(n: number, shape: ArticleShape): SyntheticPage {
  const slug = `synthetic-${String(n).padStart(4, '0')}`;
  const key = (i: number) => shape.read[(n + i) % shape.read.length] ?? '';
  const cite = (...keys: string[]) => `[${[...new Set(keys)].map((k) => `@${k}`).join('; ')}]`;
  const primary = shape.primary.length > 0 ? ` ${cite(...shape.primary)}` : '';
  const section = (i: number) => `## Synthetic section ${i} \\{#section-${i}}

Synthetic article ${n}, section ${i}. This text exists only to measure how the build grows with the number of articles${primary}.
A second sentence cites two records at once, as real articles do ${cite(key(i), key(i + 7))}.

<Claim id="claim-${i}">

A synthetic claim that names a glossary term, ${shape.term}, which links to the glossary on its first use ${cite(key(i + 1))}. <Evidence level="${shape.label}" />

</Claim>

- A list item that cites a record ${cite(key(i + 3))}.
- A plain list item with a [link to the first section](#section-1).

| Column | Value |
| --- | --- |
| Row ${i} | A table cell with a citation ${cite(key(i + 5))} |
`;
  const mdx = `---
title: Synthetic benchmark article ${n}
description: A generated article, used only to measure how long the site takes to build at this size.
audience: everyone
topics: [benchmark]
reviewed: 2026-11-26
nextReview: 2027-05-26
history:
  - date: 2026-11-26
    kind: published
    summary: Generated for the build benchmark.
order: ${1000 + n}
takeaways:
  - id: ${TAKEAWAYS[0]}
    text: This synthetic article exists only for the build benchmark.
  - id: ${TAKEAWAYS[1]}
    text: Its sections have explicit ids and cite real bibliography keys.
  - id: ${TAKEAWAYS[2]}
    text: It is generated into a temporary folder and never published.
---

${SECTIONS.map(section).join('\n')}
## What this does not show \\{#${LIMITS_ID}}

Synthetic text shows nothing; it only takes up the space a real section would${primary}.
`;
  return { slug, mdx, ids: [...TAKEAWAYS, ...SECTIONS.flatMap((i) => [`section-${i}`, `claim-${i}`]), LIMITS_ID] };
}

/** The parts of content/anchors.json the generator reads. */
export interface Registry {
  pages: Record<string, string[]>;
  redirects?: Record<string, string>;
  [field: string]: unknown;
}

/**
 * The registry with the synthetic pages added, as `npm run anchors:update` would write it after a
 * build. Besides the ids an article writes, the article layout adds ids of its own (the page
 * history, say); those are the ones every real article in the registry shares, so the layout can
 * change without this list going stale.
 */
export function withSyntheticPages(registry: Registry, pages: readonly SyntheticPage[]): Registry {
  const english = Object.entries(registry.pages).filter(([page]) => !inTranslation(page));
  const articles = english.filter(([page]) => page.startsWith('/articles/'));
  const shared = articles.reduce<string[] | undefined>((common, [, ids]) => (common ? common.filter((id) => ids.includes(id)) : [...ids]), undefined) ?? [];
  const added = Object.fromEntries(pages.map((page) => [`/articles/${page.slug}/`, [...new Set([...page.ids, ...shared])]]));
  const redirects = Object.entries(registry.redirects ?? {}).filter(([from, to]) => !inTranslation(from) && !inTranslation(to));
  return { ...registry, pages: { ...Object.fromEntries(english), ...added }, ...(registry.redirects ? { redirects: Object.fromEntries(redirects) } : {}) };
}

/** A page of a translation (`/ja/…`), which the English-only synthetic site does not have. */
const inTranslation = (page: string): boolean => LOCALE_CODES.some((locale) => locale !== DEFAULT_LOCALE && page.startsWith(`/${locale}/`));
