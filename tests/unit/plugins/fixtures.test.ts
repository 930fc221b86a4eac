/**
 * Runs every case in tests/fixtures/plugins/<case>/ through the site's real plugin list, in the
 * site's order (src/plugins/index.ts), so ordering bugs show up here too. A case is files:
 * - input.md: the Markdown; or input.mdx, parsed as MDX, for cases about components (JSX is
 *   dropped from output.html, which shows what the plugins did around it);
 * - output.html: the expected HTML (written on first run; review it);
 * - error.txt: instead of output, text the build error must contain (file, line and hint);
 * - data.json: optional; the citation data handed to the layout;
 * - config.json: optional; `"options"` are pipeline options on top of the bibliography (e.g.
 *   `{ "options": { "primaryKey": "alpha2000" } }` turns on the article rules), and `"without"`
 *   leaves plugins out (`{ "without": ["rehypeCitationCheck"] }`), to show that a later safety net
 *   catches what an earlier check would have; `"page": true` runs the input as a page's prose
 *   (content/pages/), not an article, which the article-only plugins leave alone.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import remarkRehype, { type Options as RemarkRehypeOptions } from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import { VFile } from 'vfile';
import type { Parent } from 'unist';
import { markdownPlugins, type PipelineOptions } from '../../../src/plugins/index.ts';
import { readGlossary } from '../../../src/config/glossary-file.ts';
import { bibliographyKeys } from '../../../src/config/bibliography-file.ts';

const root = 'tests/fixtures/plugins';
const bibliographyPath = path.join(root, 'bibliography.json');
const { keys, unread, profiles } = bibliographyKeys(bibliographyPath);
const glossary = { terms: readGlossary(path.join(root, 'glossary.yaml')), href: '/glossary/' };
const languages = { en: { glossary, base: '/' } };
const cases = readdirSync(root, { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .map((e) => e.name);

/** MDX nodes that remark-rehype should hand through untouched, as MDX's own pipeline does. */
const MDX_NODES = ['mdxJsxFlowElement', 'mdxJsxTextElement', 'mdxFlowExpression', 'mdxTextExpression', 'mdxjsEsm'] as const;

/** A plugin list entry's function name (`plugin` or `[plugin, options]`). */
const pluginName = (entry: unknown) => (Array.isArray(entry) ? entry[0] : entry)?.name as string | undefined;

/** A case's config.json. */
interface CaseConfig {
  options?: Partial<PipelineOptions>;
  without?: string[];
  page?: boolean;
}

function process(input: string, name: string, { options = {}, without = [], page = false }: CaseConfig) {
  const plugins = markdownPlugins({ bibliographyPath, keys, unread, profiles, languages, ...options, ...(page ? { isArticle: () => false } : {}) });
  const remarkPlugins = plugins.remarkPlugins.filter((p) => !without.includes(pluginName(p) ?? ''));
  const rehypePlugins = plugins.rehypePlugins.filter((p) => !without.includes(pluginName(p) ?? ''));
  const mdx = name.endsWith('.mdx');
  const file = new VFile({ path: name, value: input });
  const processor = unified()
    .use(remarkParse)
    .use(mdx ? [remarkMdx] : [])
    .use(remarkPlugins)
    .use(remarkRehype, { passThrough: [...MDX_NODES] } satisfies RemarkRehypeOptions)
    .use(rehypePlugins)
    .use(() => (tree) => unwrapJsx(tree as Parent))
    .use(rehypeStringify);
  return { file, run: () => processor.process(file) };
}

/** Replaces JSX elements by their children, so the rest of the tree can be printed as HTML. */
function unwrapJsx(node: Parent): void {
  node.children = node.children.flatMap((child) => {
    if ('children' in child) unwrapJsx(child as Parent);
    if (child.type === 'mdxJsxFlowElement' || child.type === 'mdxJsxTextElement') return (child as Parent).children;
    return (MDX_NODES as readonly string[]).includes(child.type) ? [] : [child];
  });
}

describe('markdown plugins (fixtures)', () => {
  test('there are cases to run', () => {
    expect(cases.length).toBeGreaterThan(10);
  });

  test.each(cases)('%s', async (name) => {
    const dir = path.join(root, name);
    const read = (f: string) => readFileSync(path.join(dir, f), 'utf8');
    const input = existsSync(path.join(dir, 'input.mdx')) ? 'input.mdx' : 'input.md';
    const config = existsSync(path.join(dir, 'config.json')) ? (JSON.parse(read('config.json')) as CaseConfig) : {};
    const { file, run } = process(read(input), input, config);

    if (existsSync(path.join(dir, 'error.txt'))) {
      const expected = read('error.txt').trim();
      await expect(run()).rejects.toThrow(expected);
      return;
    }
    const html = String(await run());
    await expect(html).toMatchFileSnapshot(path.resolve(dir, 'output.html'));
    expect(html.replace(/<code>.*?<\/code>/g, '')).not.toMatch(/\[@/);
    if (existsSync(path.join(dir, 'data.json'))) {
      const astro = file.data['astro'] as { frontmatter?: { citations?: unknown } } | undefined;
      expect(astro?.frontmatter?.citations).toEqual(JSON.parse(read('data.json')));
    }
  });
});

test('a citation is named in the language of its article, so a screen reader says 「文献2」 on a Japanese page', async () => {
  const japanese = { ...languages, ja: { glossary: { terms: [], href: '/ja/glossary/' }, base: '/ja/' } };
  const options = { languages: japanese, languageOf: (file: string | undefined) => (file?.startsWith('ja/') ? 'ja' : 'en') };
  const input = 'Three sources agree [@alpha2000; @beta2001].\n';
  const html = (name: string) => process(input, name, { options }).run().then(String);
  expect(await html('ja/input.md')).toMatch(/aria-label="文献1">1<\/a>, <a [^>]*aria-label="文献2">2</);
  expect(await html('input.md')).toMatch(/aria-label="Reference 1">1<\/a>, <a [^>]*aria-label="Reference 2">2</);
});
