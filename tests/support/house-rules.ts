/**
 * The house rules of this codebase, checked on the source files themselves (tests/unit/house-rules.test.ts):
 *
 * - every folder of `src/` has one runtime, and imports only from folders that run where it runs
 *   (RUNTIMES below, e.g. `client/` never imports `node:` modules, `lib/` never touches the DOM);
 * - `lib/` is the floor: it imports only `schemas/` and itself, so contracts several layers share
 *   (the citation ids, the site's paths, the DOM names) live there;
 * - only `collections/` and `pages/` ask Astro for content (`astro:content`);
 * - `src/` never imports `scripts/` or `tests/`; `components/` and `user-components/` share parts
 *   only through `components/internals/`;
 * - browser code never reaches zod at run time: following every import that is not `import type`
 *   from every browser entry (`src/client/**` and the `<script>`s of `.astro` files), through any
 *   number of modules, no chain may end in `src/schemas/` or in a module that imports zod (zod would
 *   ship to every page, and the Content-Security-Policy blocks the code it evaluates), nor the
 *   dictionaries' index, which holds every interface word of every language (scripts import the
 *   groups they need from each dictionary);
 * - no import cycles, and no `node:` module in a `.ts` file of a folder without Node: Biome's
 *   noImportCycles and noNodejsModules (biome.json) check those; `nodeFreeFolders` lists the
 *   folders biome.json must name;
 * - an inline `<script>` in a `.astro` file is a few lines that call a module (at most
 *   MAX_INLINE_SCRIPT_LINES); anything longer belongs in `src/client/`, where it can be tested;
 * - plugins build nodes with hastscript / unist-builder rather than object literals;
 * - no function is longer than MAX_FUNCTION_LINES, counted from its first line to its last
 *   (LONG_FUNCTIONS names the ones waiting for other work, with the reason).
 *
 * Each problem is reported as `file:line  rule: message`, like every other problem in this project.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

/** Lines of code an inline `<script>` may have: enough to import a module and call it. */
export const MAX_INLINE_SCRIPT_LINES = 10;

/** Lines a function may span, its signature and closing brace included: split a longer one by what it does. */
export const MAX_FUNCTION_LINES = 60;

/** Functions allowed to be longer for now, by `file:name`, each with why. */
const LONG_FUNCTIONS: Record<string, string> = {};

/** Where code in a folder runs, and what it may import. */
interface Runtime {
  /** What the folder is, for messages. */
  what: string;
  /** Folders (under src/) this one may import from. */
  imports: readonly string[];
  /** May use `node:` modules (the file system, the environment). */
  node: boolean;
  /** May touch the DOM (document, window, …). */
  dom: boolean;
}

/** lib/ is the floor of render-time code: it imports only schemas/ and itself, so every layer may import it. */
const FLOOR = ['schemas', 'lib'];
const PURE = [...FLOOR, 'plugins'];
const RENDER = [...PURE, 'config', 'collections', 'components', 'user-components', 'layouts', 'styles', 'client'];

/** The runtime of each folder of src/. A folder not listed here is itself a problem. */
export const RUNTIMES: Record<string, Runtime> = {
  schemas: { what: 'pure (zod schemas)', imports: ['schemas'], node: false, dom: false },
  lib: { what: 'pure render-time helpers, the floor', imports: FLOOR, node: false, dom: false },
  plugins: { what: 'pure Markdown plugins', imports: PURE, node: false, dom: false },
  config: { what: 'Node at config time', imports: [...PURE, 'config'], node: true, dom: false },
  integrations: { what: 'Node at build time', imports: [...PURE, 'config', 'integrations'], node: true, dom: false },
  collections: { what: 'render-time queries of the content collections', imports: [...FLOOR, 'collections'], node: false, dom: false },
  client: { what: 'browser code', imports: ['client', 'lib', 'schemas'], node: false, dom: true },
  components: { what: 'components (render time)', imports: RENDER.filter((f) => f !== 'user-components'), node: false, dom: false },
  'user-components': {
    what: 'article components (render time)',
    imports: [...RENDER.filter((f) => f !== 'components'), 'components/internals'],
    node: false,
    dom: false,
  },
  layouts: { what: 'layouts (render time)', imports: RENDER, node: false, dom: false },
  pages: { what: 'pages (render time)', imports: RENDER, node: false, dom: false },
  styles: { what: 'stylesheets', imports: ['styles'], node: false, dom: false },
  // The top-level files of src/ (content.config.ts, env.d.ts).
  '.': { what: 'content configuration', imports: [...PURE, 'config'], node: false, dom: false },
};

/** The folders that may ask Astro for content (`astro:content`): everything else is passed what it needs. */
const READS_COLLECTIONS = ['collections', 'pages', '.'];

export interface HouseProblem {
  file: string;
  line: number;
  rule: string;
  message: string;
}

/** One import found in a file. */
interface Import {
  specifier: string;
  line: number;
  typeOnly: boolean;
  /** Written in a `<script>` of a `.astro` file: code that runs in the browser. */
  inBrowserScript: boolean;
}

const CODE = /\.(ts|mts|mjs|js|astro)$/;
const DOM_GLOBALS = /(?<![\w.$])(document|window|localStorage|sessionStorage|navigator|location|customElements)(?=\s*[.[(])/;
const NODE_LITERAL = /\btype:\s*['"](element|text|root)['"]/;

/** Every problem in the project at `root` (its `src/` and `scripts/`). */
export function checkHouseRules(root: string): HouseProblem[] {
  const files = [...walk(path.join(root, 'src')), ...walk(path.join(root, 'scripts'))].filter((f) => CODE.test(f));
  const problems: HouseProblem[] = [];
  for (const file of files) {
    const rel = path.relative(root, file);
    const text = readFileSync(file, 'utf8');
    for (const found of importsOf(text, file.endsWith('.astro'))) {
      const problem = checkImport(root, rel, found);
      if (problem) problems.push(problem);
    }
    problems.push(...checkContent(rel, text));
  }
  problems.push(...browserBundleProblems(root, files));
  return problems.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
}

/** The folders of src/ that run without Node, as biome.json's noNodejsModules override names them (`src/lib/**`; `src/*.ts` for the top level). */
export const nodeFreeFolders = (): string[] =>
  Object.entries(RUNTIMES)
    .filter(([, runtime]) => !runtime.node)
    .map(([folder]) => (folder === '.' ? 'src/*.ts' : `src/${folder}/**`));

/** `file:line  rule: message`, one per line. */
export const formatHouseProblems = (problems: readonly HouseProblem[]) => problems.map((p) => `  ${p.file}:${p.line}  ${p.rule}: ${p.message}`).join('\n');

/** The folder of src/ a file belongs to: `client`, `components/internals`, `.` for top-level files. */
function folderOf(rel: string): string | undefined {
  const parts = rel.split(path.sep);
  if (parts[0] !== 'src') return undefined;
  if (parts.length === 2) return '.';
  if (parts[1] === 'components' && parts[2] === 'internals') return 'components/internals';
  return parts[1];
}

function runtimeOf(folder: string): Runtime | undefined {
  return RUNTIMES[folder === 'components/internals' ? 'components' : folder];
}

function checkImport(root: string, rel: string, found: Import): HouseProblem | undefined {
  const at = (rule: string, message: string): HouseProblem => ({ file: rel, line: found.line, rule, message });
  const folder = folderOf(rel);
  const { specifier } = found;
  const isNode = specifier.startsWith('node:');

  if (rel.startsWith(`scripts${path.sep}`) || folder === undefined) return undefined; // scripts/ may call into src/
  const runtime = runtimeOf(folder);
  if (!runtime)
    return at(
      'folder',
      `src/${folder}/ is not a folder of the house map (tests/support/house-rules.ts RUNTIMES); put the file in one that says where it runs, or add the folder with its runtime.`,
    );

  const browser = found.inBrowserScript || folder === 'client';
  // In .ts files Biome's noNodejsModules says so (biome.json, for every folder without Node);
  // Biome does not read .astro files' scripts, so those are checked here.
  if (isNode && rel.endsWith('.astro') && (browser || !runtime.node)) {
    return at(
      'runtime',
      `imports "${specifier}", but ${browser ? 'browser code' : `src/${folder}/ (${runtime.what})`} cannot use Node modules. Move the file-system or environment part to src/config/ or src/integrations/ and pass the result in.`,
    );
  }
  if (specifier === 'astro:content' && !READS_COLLECTIONS.includes(folder)) {
    return at(
      'collections',
      `imports astro:content; only ${READS_COLLECTIONS.map((f) => (f === '.' ? 'src/content.config.ts' : `src/${f}/`)).join(', ')} read the content collections. Add a query to src/collections/queries.ts and pass its result in.`,
    );
  }
  if (!specifier.startsWith('.')) return undefined; // packages and astro: modules
  const target = path.relative(root, path.resolve(path.dirname(path.join(root, rel)), specifier.split('?')[0] ?? specifier));
  if (!target.startsWith(`src${path.sep}`)) {
    return at(
      'src-imports-outside',
      `imports ${target}; src/ never imports scripts/ or tests/. Move the shared code into src/ (build logic belongs to src/integrations or src/config) and let scripts/ call it.`,
    );
  }
  const targetFolder = folderOf(target) ?? '';
  const allowed = browser ? (RUNTIMES['client']?.imports ?? []) : runtime.imports;
  const within = (f: string) => allowed.some((a) => a === f || (a === 'components' && f === 'components/internals'));
  if (targetFolder !== folder && !within(targetFolder) && !(folder === 'components/internals' && targetFolder === 'components')) {
    const where = browser ? 'browser code' : `src/${folder}/ (${runtime.what})`;
    return at(
      'layers',
      `${where} imports ${target}, from src/${targetFolder}/ (${runtimeOf(targetFolder)?.what ?? 'unknown'}). It may import from: ${allowed.map((a) => `src/${a}/`).join(', ')}.`,
    );
  }
  if (folder === 'components/internals' && targetFolder === 'user-components') {
    return at('layers', `components/internals imports ${target}; internals are what user-components/ build on, never the other way round.`);
  }
  return undefined;
}

/** What a chain of runtime imports from browser code must never end in: what it is, what it would cost, and what to do instead. */
interface Forbidden {
  what: string;
  cost: string;
}

const SHIPS_ZOD =
  'That ships zod to every page, and the Content-Security-Policy blocks the code it evaluates. Import only types along the way ("import type"), or move the value the browser needs into src/lib/ on its own.';
const SHIPS_EVERY_WORD =
  "That ships every interface word, in every language, to every page. Import the group the script needs by name from each dictionary (`import { searchWords as ja } from '../../lib/i18n/ja.ts'`) and pick it with inPageLanguage (src/client/page-locale.ts).";

/** Where a chain of runtime imports must never end in browser code, and why. */
function forbiddenInBrowser(rel: string, imports: readonly Import[]): Forbidden | undefined {
  if (rel.startsWith(`src${path.sep}schemas${path.sep}`)) return { what: 'a zod schema module', cost: SHIPS_ZOD };
  if (rel === path.join('src', 'lib', 'i18n', 'index.ts')) return { what: 'every dictionary whole', cost: SHIPS_EVERY_WORD };
  return imports.some((found) => !found.typeOnly && ZOD.test(found.specifier)) ? { what: 'a module that imports zod', cost: SHIPS_ZOD } : undefined;
}

const ZOD = /^(?:zod|astro\/zod)(?:\/|$)/;

/**
 * Follows the runtime imports (every import but `import type`) of each browser entry, through any
 * number of modules, and reports each import that leads to zod or to every dictionary whole: at the entry's import, with the
 * chain of files. Browser entries are the modules of src/client/ and the `<script>`s of `.astro`
 * files; an import of another client module is reported there, not twice.
 */
function browserBundleProblems(root: string, files: readonly string[]): HouseProblem[] {
  const graph = new ImportGraph(root);
  const problems: HouseProblem[] = [];
  for (const file of files) {
    const rel = path.relative(root, file);
    const astro = rel.endsWith('.astro');
    if (!astro && folderOf(rel) !== 'client') continue;
    for (const found of graph.importsOf(rel).filter((i) => !i.typeOnly && (!astro || i.inBrowserScript))) {
      const target = graph.resolve(rel, found.specifier);
      if (!target || folderOf(target) === 'client') continue;
      const chain = graph.chainToForbidden(target);
      if (!chain) continue;
      const { reason, cost, files: through } = chain;
      problems.push({
        file: rel,
        line: found.line,
        rule: 'browser-bundle',
        message: `browser code reaches ${reason} at run time: ${[rel, ...through].map((f) => f.split(path.sep).join('/')).join(' → ')}. ${cost}`,
      });
    }
  }
  return problems;
}

/** A chain of runtime imports to a module browser code must not reach: the module and why, what it costs, and the files from the start. */
interface Chain {
  reason: string;
  cost: string;
  files: string[];
}

/** The project's modules and their imports, read once each, for following chains of runtime imports. */
class ImportGraph {
  private readonly imports = new Map<string, Import[]>();
  private readonly chains = new Map<string, Chain | null>();
  private readonly root: string;

  constructor(root: string) {
    this.root = root;
  }

  importsOf(rel: string): Import[] {
    let found = this.imports.get(rel);
    if (!found) {
      found = importsOf(readFileSync(path.join(this.root, rel), 'utf8'), rel.endsWith('.astro'));
      this.imports.set(rel, found);
    }
    return found;
  }

  /** The module a relative specifier names (relative to the root), or undefined for a package or a file that is not code. */
  resolve(from: string, specifier: string): string | undefined {
    if (!specifier.startsWith('.')) return undefined;
    const target = path.relative(this.root, path.resolve(path.dirname(path.join(this.root, from)), specifier.split('?')[0] ?? specifier));
    return CODE.test(target) && existsSync(path.join(this.root, target)) ? target : undefined;
  }

  /** The first chain found of runtime imports from `rel` (included) to a module browser code must not reach, or null. */
  chainToForbidden(rel: string, visiting = new Set<string>()): Chain | null {
    const known = this.chains.get(rel);
    if (known !== undefined) return known;
    if (visiting.has(rel)) return null; // a cycle (Biome reports those)
    visiting.add(rel);
    const imports = this.importsOf(rel);
    const forbidden = forbiddenInBrowser(rel, imports);
    let chain: Chain | null = forbidden ? { reason: `${rel.split(path.sep).join('/')} (${forbidden.what})`, cost: forbidden.cost, files: [rel] } : null;
    for (const found of imports) {
      if (chain) break;
      const target = found.typeOnly ? undefined : this.resolve(rel, found.specifier);
      const next = target ? this.chainToForbidden(target, visiting) : null;
      if (next) chain = { ...next, files: [rel, ...next.files] };
    }
    visiting.delete(rel);
    this.chains.set(rel, chain);
    return chain;
  }
}

/** Checks on a file's own text: DOM use in pure folders, inline script length, hand-built nodes in plugins. */
function checkContent(rel: string, text: string): HouseProblem[] {
  const problems: HouseProblem[] = [];
  const folder = folderOf(rel);
  const runtime = folder ? runtimeOf(folder) : undefined;
  if (folder && !runtime) {
    problems.push({
      file: rel,
      line: 1,
      rule: 'folder',
      message: `src/${folder}/ is not a folder of the house map (tests/support/house-rules.ts RUNTIMES); put the file in one that says where it runs, or add the folder with its runtime.`,
    });
  }
  if (runtime && !runtime.dom && !rel.endsWith('.astro')) {
    const code = stripCommentsAndStrings(text);
    const match = DOM_GLOBALS.exec(code);
    if (match)
      problems.push({
        file: rel,
        line: lineAt(code, match.index),
        rule: 'runtime',
        message: `uses "${match[1]}", but src/${folder}/ (${runtime.what}) runs where there is no DOM. DOM code belongs in src/client/.`,
      });
  }
  if (rel.endsWith('.astro')) {
    for (const script of scriptsOf(text)) {
      const lines = script.body.split('\n').filter((l) => l.trim() && !/^\s*(\/\/|\/\*|\*)/.test(l)).length;
      if (lines > MAX_INLINE_SCRIPT_LINES) {
        problems.push({
          file: rel,
          line: script.line,
          rule: 'inline-script',
          message: `this <script> has ${lines} lines of code (at most ${MAX_INLINE_SCRIPT_LINES}). Move it to a module in src/client/, with unit tests, and import it here.`,
        });
      }
    }
  }
  problems.push(...longFunctions(rel, text));
  if (folder === 'plugins') {
    const code = stripComments(text);
    const match = NODE_LITERAL.exec(code);
    if (match)
      problems.push({
        file: rel,
        line: lineAt(code, match.index),
        rule: 'plugin-builders',
        message: `builds a "${match[1]}" node as an object literal; build nodes with hastscript (h, s) or unist-builder (u), as the unified plugins do.`,
      });
  }
  return problems;
}

/** Every function (declaration, expression, arrow, method) over MAX_FUNCTION_LINES, in a module or an `.astro` file's frontmatter. */
function longFunctions(rel: string, text: string): HouseProblem[] {
  const astro = rel.endsWith('.astro');
  const code = astro ? (/^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1] ?? '') : text;
  const offset = astro ? 1 : 0;
  const source = ts.createSourceFile(rel, code, ts.ScriptTarget.Latest, true);
  const line = (position: number) => source.getLineAndCharacterOfPosition(position).line + 1;
  const problems: HouseProblem[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isFunctionLike(node) && 'body' in node && node.body) {
      const first = line(node.getStart(source));
      const lines = line(node.end) - first + 1;
      const name = functionName(node);
      if (lines > MAX_FUNCTION_LINES && !(`${rel.split(path.sep).join('/')}:${name}` in LONG_FUNCTIONS)) {
        problems.push({
          file: rel,
          line: first + offset,
          rule: 'function-length',
          message: `${name} is ${lines} lines long (at most ${MAX_FUNCTION_LINES}). Split it by what it does: each part a function named for its job.`,
        });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return problems;
}

/** A function's name as a reader finds it: its own, the variable or property it is assigned to, or "a function". */
function functionName(node: ts.Node): string {
  const own = (node as { name?: ts.Node }).name;
  if (own && ts.isIdentifier(own)) return own.text;
  const parent = node.parent;
  if (parent && (ts.isVariableDeclaration(parent) || ts.isPropertyAssignment(parent)) && ts.isIdentifier(parent.name)) return parent.name.text;
  return 'a function';
}

/** Imports in a module, or in an `.astro` file's frontmatter and `<script>` blocks. */
function importsOf(text: string, astro: boolean): Import[] {
  if (!astro) return importsIn(stripComments(text), 0, false);
  const found: Import[] = [];
  const frontmatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text);
  if (frontmatter) found.push(...importsIn(stripComments(frontmatter[1] ?? ''), 1, false));
  for (const script of scriptsOf(text)) found.push(...importsIn(stripComments(script.body), script.line - 1, true));
  return found;
}

const IMPORT = /(?:^|[\s;}])(import|export)\s+(type\s+)?(?:[\w*${}\s,]+?\s+from\s+)?['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]\s*\)/g;

function importsIn(code: string, lineOffset: number, inBrowserScript: boolean): Import[] {
  const found: Import[] = [];
  for (const match of code.matchAll(IMPORT)) {
    const specifier = match[3] ?? match[4];
    if (!specifier) continue;
    // The match may start with the character before `import`; the line is the keyword's own.
    const at = match.index + Math.max(0, match[0].search(/\b(import|export)\b/));
    found.push({ specifier, line: lineAt(code, at) + lineOffset, typeOnly: Boolean(match[2]), inBrowserScript });
  }
  return found;
}

/** The processed `<script>` blocks of an `.astro` file (not JSON data or `is:inline`), with their first line. */
function scriptsOf(text: string): Array<{ body: string; line: number }> {
  const scripts: Array<{ body: string; line: number }> = [];
  // A self-closing <script … /> (JSON data written with set:html) has no body of its own.
  for (const match of text.matchAll(/<script(?:\s[^>]*?)?\/>|<script(\s[^>]*?)?>([\s\S]*?)<\/script>/g)) {
    if (match[0].endsWith('/>')) continue;
    const attributes = match[1] ?? '';
    if (/\btype=["']application\/(ld\+)?json["']/.test(attributes) || /\bset:html\b/.test(attributes)) continue;
    scripts.push({ body: match[2] ?? '', line: lineAt(text, match.index) });
  }
  return scripts;
}

function walk(dir: string): string[] {
  let entries: string[];
  try {
    entries = readdirSync(dir);
  } catch {
    return [];
  }
  return entries.flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? walk(full) : [full];
  });
}

const lineAt = (text: string, index: number) => text.slice(0, index).split('\n').length;

/** The text with comments blanked (newlines kept, so line numbers stay right). */
function stripComments(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\/|(?<![:'"\\])\/\/[^\n]*/g, (comment) => comment.replace(/[^\n]/g, ' '));
}

/** The text with comments and string contents blanked, for looking at identifiers only. */
function stripCommentsAndStrings(text: string): string {
  return stripComments(text).replace(/'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"|`(?:[^`\\]|\\.)*`/g, (s) => s.replace(/[^\n]/g, ' '));
}
