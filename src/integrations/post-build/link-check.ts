import { readFile, readdir } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { hrefUnder, normaliseBase, pageOfFile, withoutBase } from '../../lib/site.ts';
import { type BuiltSite, elements, type HtmlPage } from './built-site.ts';
import type { PostBuildStep } from './step.ts';

/**
 * Fails the build when any internal link or fragment in the output does not resolve, so a broken
 * link is never published. The same check runs alone as `npm run check:links`.
 */
export function linkCheck(options: { sourceDirs: string[] }): PostBuildStep {
  return {
    name: 'link check',
    async run({ site, base, siteUrl }) {
      const problems = await checkLinks(site, { base, ...(siteUrl ? { site: siteUrl } : {}), sourceDirs: options.sourceDirs });
      if (problems.length > 0) throw new Error(`${problems.length} broken internal link(s). Fix them and build again:\n${formatLinkProblems(problems)}`);
      return 'every internal link and fragment resolves';
    },
  };
}

export interface LinkCheckOptions {
  /** The base path the site is served under, e.g. `/` or `/ketamine-ampa/`. */
  base?: string;
  /** The site's own origin (`https://example.org`): absolute links to it are checked like internal ones. */
  site?: string;
  /** Source folders searched to name the file and line a broken link was written in. */
  sourceDirs?: string[];
}

export interface LinkProblem {
  /** The built page, relative to the build folder. */
  page: string;
  /** What is wrong and what to do. */
  message: string;
  /** `file:line` of the source that probably wrote it, when it could be found. */
  source?: string | undefined;
}

/** Where links are checked: the built site, its base path and its public origin. */
interface Where {
  site: BuiltSite;
  base: string;
  origin: string | undefined;
}

/** Attributes that point at another resource of the site. */
const LINK_ATTRIBUTES: Array<[tag: string, attribute: string]> = [
  ['a', 'href'],
  ['link', 'href'],
  ['img', 'src'],
  ['script', 'src'],
  ['source', 'src'],
  ['form', 'action'],
];

/**
 * Walks the built HTML and reports every internal link that does not resolve: a missing page or
 * file, a `#fragment` with no matching id on its target page, an empty `#` link, and any id used
 * twice on one page (a fragment to it would be ambiguous). External links are not fetched.
 */
export async function checkLinks(site: BuiltSite, options: LinkCheckOptions = {}): Promise<LinkProblem[]> {
  const base = normaliseBase(options.base ?? '/');
  const pages = await site.htmlPages();
  const idsByFile = new Map(pages.map((p) => [p.file, collectIds(p)]));
  const problems: LinkProblem[] = [];
  // Read only when something is broken, once.
  let sources: Promise<SourceFile[]> | undefined;
  const sourceFiles = () => (sources ??= readSources(options.sourceDirs ?? []));

  for (const page of pages) {
    for (const [id, count] of idsByFile.get(page.file)?.counts ?? []) {
      if (count <= 1) continue;
      const [first, ...others] = idDefinitions(id, page.file, await sourceFiles());
      // The other places, as "line 17" when they are in the same file as the first.
      const also = others.map((at) => (first && at.startsWith(`${first.replace(/:\d+$/, '')}:`) ? `line ${at.split(':').at(-1)}` : at));
      const where = also.length > 0 ? ` Also written at ${also.join(', ')}; rename all but one.` : '';
      problems.push({ page: page.file, message: `id "${id}" is used ${count} times on this page; fragments to it are ambiguous.${where}`, source: first });
    }
    for (const { tag, value } of links(page)) {
      const problem = checkOne(value, tag, page, { site, base, origin: options.site }, idsByFile);
      if (problem) problems.push({ page: page.file, message: problem, source: findSource(value, base, await sourceFiles()) });
    }
  }
  return problems;
}

/** Human-readable report, one problem per line. */
export function formatLinkProblems(problems: readonly LinkProblem[]): string {
  return problems.map((p) => `  ${p.source ?? p.page}  ${p.message}${p.source ? ` (built page: ${p.page})` : ''}`).join('\n');
}

function checkOne(raw: string, tag: string, page: HtmlPage, options: Where, idsByFile: Map<string, { ids: Set<string> }>): string | undefined {
  const value = raw.trim();
  if (value === '#') return `link "#" goes nowhere; link to a real section or use a <button>.`;
  const url = resolve(value, page.file, options);
  if (!url) return undefined; // external or not a navigable link

  if (!url.pathname.startsWith(options.base)) {
    return `link "${raw}" is outside the site's base path ${options.base}; build links with sitePath() or siteFile() from src/lib/site.ts.`;
  }
  const target = targetFile(options.site, withoutBase(options.base, url.pathname));
  if (!target) return `link "${raw}" points to a page that does not exist.`;

  const fragment = decodeURIComponent(url.hash.slice(1));
  if (!fragment || fragment.startsWith(':~:') || tag !== 'a') return undefined;
  const ids = idsByFile.get(target)?.ids;
  if (!ids) return undefined; // a non-HTML file: fragments are not ours to check
  if (!ids.has(fragment)) return `link "${raw}" points to #${fragment}, which is not an id on ${target}.`;
  return undefined;
}

/** An internal URL for `value` on `pageFile`, or undefined for external and non-navigable links. */
function resolve(value: string, pageFile: string, options: Where): URL | undefined {
  if (/^(mailto|tel|data|javascript|sms):/i.test(value)) return undefined;
  const origin = 'http://site.invalid';
  const pageUrl = new URL(hrefUnder(options.base, pageOfFile(pageFile)), origin);
  const url = new URL(value, pageUrl);
  if (url.origin === origin) return url;
  if (options.origin && url.origin === new URL(options.origin).origin) return new URL(url.pathname + url.search + url.hash, origin);
  return undefined;
}

/** The built file a site path serves, the way a static host resolves it. */
function targetFile(site: BuiltSite, sitePath: string): string | undefined {
  const clean = decodeURIComponent(sitePath).replace(/^\/+/, '');
  const candidates = clean === '' || clean.endsWith('/') ? [`${clean}index.html`] : [clean, `${clean}.html`, `${clean}/index.html`];
  return candidates.find((c) => site.has(c));
}

function links(page: HtmlPage): Array<{ tag: string; value: string }> {
  const found: Array<{ tag: string; value: string }> = [];
  for (const el of elements(page.tree)) {
    for (const [tag, attribute] of LINK_ATTRIBUTES) {
      if (el.tagName !== tag) continue;
      const value = el.properties[attribute === 'href' ? 'href' : attribute];
      if (tag === 'link' && !String(el.properties['rel'] ?? '').length) continue;
      if (typeof value === 'string') found.push({ tag, value });
    }
  }
  return found;
}

function collectIds(page: HtmlPage): { ids: Set<string>; counts: Map<string, number> } {
  const counts = new Map<string, number>();
  for (const el of elements(page.tree)) {
    const id = el.properties['id'];
    if (typeof id === 'string' && id) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  return { ids: new Set(counts.keys()), counts };
}

interface SourceFile {
  file: string;
  lines: string[];
}

/** Every file under `dirs` that can write a link or an id. */
async function readSources(dirs: readonly string[]): Promise<SourceFile[]> {
  const files: SourceFile[] = [];
  for (const dir of dirs) {
    if (!existsSync(dir)) continue;
    const entries = await readdir(dir, { recursive: true, withFileTypes: true });
    for (const entry of entries) {
      // Not .json: the anchor registry lists every page address and would always match first.
      if (!entry.isFile() || !/\.(mdx?|astro|ts|ya?ml)$/.test(entry.name)) continue;
      const file = path.join(entry.parentPath, entry.name);
      files.push({ file, lines: (await readFile(file, 'utf8')).split('\n') });
    }
  }
  return files;
}

/** Finds `file:line` of the first source file that contains the link as written (minus the base). */
function findSource(href: string, base: string, sources: readonly SourceFile[]): string | undefined {
  const needles = [href, base !== '/' ? withoutBase(base, href) : undefined].filter((n): n is string => Boolean(n && n.length > 1));
  for (const { file, lines } of sources) {
    for (const needle of needles) {
      const index = lines.findIndex((line) => line.includes(`(${needle})`) || line.includes(`"${needle}"`) || line.includes(`'${needle}'`));
      if (index >= 0) return `${file}:${index + 1}`;
    }
  }
  return undefined;
}

/**
 * `file:line` of every place an id is written: a heading's `{#id}`, a frontmatter or YAML
 * `id: id`, or an `id="id"` attribute. When some of them are in the source named like the page
 * (`articles/x/index.html` ← `x.mdx`), only those: the same id may well exist on other pages.
 */
function idDefinitions(id: string, page: string, sources: readonly SourceFile[]): string[] {
  const escaped = id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const definition = new RegExp(`\\{#${escaped}\\}|\\bid:\\s*['"]?${escaped}['"]?\\s*$|\\bid=["']${escaped}["']`);
  const found = sources.flatMap(({ file, lines }) => lines.flatMap((line, i) => (definition.test(line) ? [{ file, at: `${file}:${i + 1}` }] : [])));
  const slug = path.basename(path.dirname(page));
  const own = found.filter(({ file }) => path.basename(file).replace(/\.[^.]+$/, '') === slug);
  return (own.length > 0 ? own : found).slice(0, 5).map(({ at }) => at);
}
