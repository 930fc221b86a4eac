/**
 * The house rules (tests/support/house-rules.ts) hold for this codebase, and a deliberate break of
 * each one is caught: a small tree written to a temporary folder breaks them one by one.
 */
import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, test } from 'vitest';
import { checkHouseRules, formatHouseProblems, nodeFreeFolders } from '../support/house-rules.ts';
import { tempFolder } from '../support/temp-folder.ts';

const folder = tempFolder('house-');
const root = folder.dir;
const chains = tempFolder('house-chains-');
const words = tempFolder('house-words-');
afterAll(() => {
  folder.remove();
  chains.remove();
  words.remove();
});

const write = (file: string, text: string) => folder.write({ [file]: text });

/** The end of every browser-bundle message. */
const SHIPS_ZOD =
  ' That ships zod to every page, and the Content-Security-Policy blocks the code it evaluates. Import only types along the way ("import type"), or move the value the browser needs into src/lib/ on its own.';

describe('house rules', () => {
  test('this codebase keeps them', () => {
    const problems = checkHouseRules('.');
    expect(problems, formatHouseProblems(problems)).toEqual([]);
  });

  test('each rule catches a deliberate break, at its file and line', () => {
    write('scripts/bench/tool.ts', 'export const tool = 1;\n');
    write('src/schemas/thing.ts', "import { z } from 'astro/zod';\nexport const thing = z.string();\n");
    write('src/components/ReadsFiles.astro', "<p>x</p>\n<script>\n  import { readFileSync } from 'node:fs';\n  readFileSync('x');\n</script>\n");
    write(
      'src/client/ships-zod.ts',
      "import { thing } from '../schemas/thing.ts';\nimport type { Thing } from '../schemas/types.ts';\nexport const parse = (x: unknown) => thing.parse(x);\n",
    );
    write('src/lib/touches-dom.ts', '// document.title in a comment is fine\nexport const title = () => document.title;\n');
    write('src/lib/uses-scripts.ts', "import { tool } from '../../scripts/bench/tool.ts';\nexport const t = tool;\n");
    write('src/lib/uses-plugins.ts', "import { x } from '../plugins/x.ts';\nexport const y = x;\n");
    write('src/plugins/x.ts', 'export const x = 1;\n');
    write('src/lib/reads-collections.ts', "import { getCollection } from 'astro:content';\nexport const all = () => getCollection('articles');\n");
    write('src/plugins/rehype-literal.ts', "export const node = { type: 'element', tagName: 'a', properties: {}, children: [] };\n");
    write('src/components/Uses.astro', "---\nimport Evidence from '../user-components/Evidence.astro';\n---\n<Evidence />\n");
    write(
      'src/user-components/Evidence.astro',
      "---\nimport Badge from '../components/internals/Badge.astro';\nimport Meta from '../components/Meta.astro';\n---\n<Badge />\n",
    );
    write('src/components/internals/Badge.astro', '<span />\n');
    write('src/components/Meta.astro', '<span />\n');
    write('src/components/LongScript.astro', `<p>x</p>\n<script>\n${Array.from({ length: 11 }, (_, i) => `  console.log(${i});`).join('\n')}\n</script>\n`);
    write(
      'src/components/ShortScript.astro',
      "<p>x</p>\n<script type=\"application/json\" set:html={'{}'} />\n<script>\n  import { run } from '../client/run.ts';\n  run();\n</script>\n",
    );
    write('src/client/run.ts', 'export const run = () => undefined;\n');
    write('src/widgets/Thing.ts', 'export const x = 1;\n');
    write(
      'src/lib/long.ts',
      `export function long(): number {\n${'  let x = 1;\n'.repeat(59)}  return 1;\n}\nexport const short = () => {\n${'  1;\n'.repeat(57)}};\n`,
    );

    expect(formatHouseProblems(checkHouseRules(root)).split('\n')).toEqual([
      `  src/client/ships-zod.ts:1  browser-bundle: browser code reaches src/schemas/thing.ts (a zod schema module) at run time: src/client/ships-zod.ts → src/schemas/thing.ts.${SHIPS_ZOD}`,
      '  src/components/LongScript.astro:2  inline-script: this <script> has 11 lines of code (at most 10). Move it to a module in src/client/, with unit tests, and import it here.',
      '  src/components/ReadsFiles.astro:3  runtime: imports "node:fs", but browser code cannot use Node modules. Move the file-system or environment part to src/config/ or src/integrations/ and pass the result in.',
      '  src/components/Uses.astro:2  layers: src/components/ (components (render time)) imports src/user-components/Evidence.astro, from src/user-components/ (article components (render time)). It may import from: src/schemas/, src/lib/, src/plugins/, src/config/, src/collections/, src/components/, src/layouts/, src/styles/, src/client/.',
      '  src/lib/long.ts:1  function-length: long is 62 lines long (at most 60). Split it by what it does: each part a function named for its job.',
      '  src/lib/reads-collections.ts:1  collections: imports astro:content; only src/collections/, src/pages/, src/content.config.ts read the content collections. Add a query to src/collections/queries.ts and pass its result in.',
      '  src/lib/touches-dom.ts:2  runtime: uses "document", but src/lib/ (pure render-time helpers, the floor) runs where there is no DOM. DOM code belongs in src/client/.',
      '  src/lib/uses-plugins.ts:1  layers: src/lib/ (pure render-time helpers, the floor) imports src/plugins/x.ts, from src/plugins/ (pure Markdown plugins). It may import from: src/schemas/, src/lib/.',
      '  src/lib/uses-scripts.ts:1  src-imports-outside: imports scripts/bench/tool.ts; src/ never imports scripts/ or tests/. Move the shared code into src/ (build logic belongs to src/integrations or src/config) and let scripts/ call it.',
      '  src/plugins/rehype-literal.ts:1  plugin-builders: builds a "element" node as an object literal; build nodes with hastscript (h, s) or unist-builder (u), as the unified plugins do.',
      '  src/user-components/Evidence.astro:3  layers: src/user-components/ (article components (render time)) imports src/components/Meta.astro, from src/components/ (components (render time)). It may import from: src/schemas/, src/lib/, src/plugins/, src/config/, src/collections/, src/user-components/, src/layouts/, src/styles/, src/client/, src/components/internals/.',
      '  src/widgets/Thing.ts:1  folder: src/widgets/ is not a folder of the house map (tests/support/house-rules.ts RUNTIMES); put the file in one that says where it runs, or add the folder with its runtime.',
    ]);
  });

  test('browser code reaches zod through no chain of runtime imports, however long; each chain is named at its entry', () => {
    chains.write({
      // The merge that shipped zod to every page: a name module importing the history, which imports
      // the references, which import a value from a schema.
      'src/client/start.ts':
        "import { NAME } from '../lib/names.ts';\nimport type { Thing } from '../lib/types-only.ts';\nexport const start = (t: Thing) => NAME + t;\n",
      'src/client/again.ts': "import { start } from './start.ts';\nexport const again = start;\n",
      'src/lib/names.ts': "import { when } from './history.ts';\nexport const NAME = 'x' + when;\n",
      'src/lib/history.ts': "import { kind } from './references.ts';\nexport const when = kind;\n",
      'src/lib/references.ts':
        "import type { Ref } from '../schemas/reference.ts';\nimport { sourceKind } from '../schemas/reference.ts';\nexport const kind = (r: Ref) => sourceKind(r);\n",
      'src/schemas/reference.ts':
        "import { z } from 'astro/zod';\nexport const ref = z.object({});\nexport type Ref = z.infer<typeof ref>;\nexport const sourceKind = (r: Ref) => r;\n",
      // Types only, all the way: nothing of it runs in the browser.
      'src/lib/types-only.ts': "import type { Ref } from '../schemas/reference.ts';\nexport type Thing = Ref;\n",
      // Render-time code may use schemas; the page's <script> reaches zod through a helper of its own.
      'src/components/Widget.astro':
        "---\nimport { sourceKind } from '../schemas/reference.ts';\n---\n<p>{sourceKind}</p>\n<script>\n  import { parse } from '../lib/parse.ts';\n  parse();\n</script>\n",
      'src/lib/parse.ts': "import { z } from 'zod';\nexport const parse = () => z.string().parse('x');\n",
    });
    expect(formatHouseProblems(checkHouseRules(chains.dir)).split('\n')).toEqual([
      `  src/client/start.ts:1  browser-bundle: browser code reaches src/schemas/reference.ts (a zod schema module) at run time: src/client/start.ts → src/lib/names.ts → src/lib/history.ts → src/lib/references.ts → src/schemas/reference.ts.${SHIPS_ZOD}`,
      `  src/components/Widget.astro:6  browser-bundle: browser code reaches src/lib/parse.ts (a module that imports zod) at run time: src/components/Widget.astro → src/lib/parse.ts.${SHIPS_ZOD}`,
    ]);
  });

  test('browser code reaches no dictionary whole: a script bundles the groups of words it needs, not every word of every language', () => {
    words.write({
      'src/lib/i18n/index.ts':
        "import { en } from './en.ts';\nimport { ja } from './ja.ts';\nexport const strings = (l: 'en' | 'ja') => ({ en, ja })[l];\nexport type Strings = typeof en;\n",
      'src/lib/i18n/en.ts': "export const searchWords = { button: 'Search' };\nexport const en = { search: searchWords };\n",
      'src/lib/i18n/ja.ts': "export const searchWords = { button: '検索' };\nexport const ja = { search: searchWords };\n",
      // The copy-link script once picked its words from the whole dictionaries: 20 KB more on every page.
      'src/client/copy.ts': "import { strings } from '../lib/i18n/index.ts';\nexport const words = strings('ja').search;\n",
      // By group, and the type alone from the index: what the scripts do.
      'src/client/search.ts':
        "import type { Strings } from '../lib/i18n/index.ts';\nimport { searchWords as en } from '../lib/i18n/en.ts';\nimport { searchWords as ja } from '../lib/i18n/ja.ts';\nexport const words: Array<Strings['search']> = [en, ja];\n",
    });
    expect(formatHouseProblems(checkHouseRules(words.dir)).split('\n')).toEqual([
      "  src/client/copy.ts:1  browser-bundle: browser code reaches src/lib/i18n/index.ts (every dictionary whole) at run time: src/client/copy.ts → src/lib/i18n/index.ts. That ships every interface word, in every language, to every page. Import the group the script needs by name from each dictionary (`import { searchWords as ja } from '../../lib/i18n/ja.ts'`) and pick it with inPageLanguage (src/client/page-locale.ts).",
    ]);
  });

  test('biome.json forbids Node modules in every folder that runs without Node (Biome checks .ts files; .astro scripts are checked here)', () => {
    const biome = JSON.parse(readFileSync('biome.json', 'utf8')) as {
      overrides: Array<{ includes: string[]; linter?: { rules?: { correctness?: Record<string, unknown> } } }>;
    };
    const override = biome.overrides.find((o) => o.linter?.rules?.correctness?.['noNodejsModules'] === 'error');
    expect(override?.includes.sort()).toEqual(nodeFreeFolders().sort());
  });
});
