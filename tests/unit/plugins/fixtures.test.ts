/**
 * Runs every case in tests/fixtures/plugins/<case>/ through the site's real plugin list, in the
 * site's order (src/plugins/index.ts), so ordering bugs show up here too. A case is files:
 * - input.md: the Markdown;
 * - output.html: the expected HTML (written on first run; review it);
 * - error.txt: instead of output, text the build error must contain (file, line and hint);
 * - data.json: optional; the citation data handed to the layout.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import { VFile } from 'vfile';
import { markdownPlugins } from '../../../src/plugins/index.ts';

const root = 'tests/fixtures/plugins';
const bibliographyPath = path.join(root, 'bibliography.json');
const keys = new Set((JSON.parse(readFileSync(bibliographyPath, 'utf8')) as Array<{ id: string }>).map((r) => r.id));
const cases = readdirSync(root, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name);

function process(input: string) {
  const { remarkPlugins, rehypePlugins } = markdownPlugins({ bibliographyPath, keys });
  const file = new VFile({ path: 'input.md', value: input });
  const processor = unified().use(remarkParse).use(remarkPlugins).use(remarkRehype).use(rehypePlugins).use(rehypeStringify);
  return { file, run: () => processor.process(file) };
}

describe('markdown plugins (fixtures)', () => {
  test('there are cases to run', () => {
    expect(cases.length).toBeGreaterThan(10);
  });

  test.each(cases)('%s', async (name) => {
    const dir = path.join(root, name);
    const read = (f: string) => readFileSync(path.join(dir, f), 'utf8');
    const { file, run } = process(read('input.md'));

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
