import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import remarkRehype from 'remark-rehype';
import { VFile } from 'vfile';
import { checkContent } from '../../../src/integrations/content-preflight/check-content.ts';
import { contentPaths } from '../../../src/config/content-paths.ts';
import { bibliographyKeys } from '../../../src/config/bibliography-file.ts';
import { readGlossary } from '../../../src/config/glossary-file.ts';
import { markdownPlugins } from '../../../src/plugins/index.ts';
import { CERTAINTY } from '../../../src/schemas/labels.ts';
import { citableKeys, weakestCertainty, withSyntheticPages, writeSyntheticSite, type BibliographyRecord } from '../../../scripts/bench/synthetic-site.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'synthetic-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const root = writeSyntheticSite(path.join(dir, 'content'), 3);
const paths = contentPaths(root);

test('the benchmark site is the real content plus N articles that pass the content checks', async () => {
  const articles = readdirSync(path.join(root, 'articles'));
  expect(articles.filter((name) => name.startsWith('synthetic-'))).toEqual(['synthetic-0001.mdx', 'synthetic-0002.mdx', 'synthetic-0003.mdx']);
  expect(articles.length).toBe(readdirSync('content/articles').length + 3);
  expect(existsSync(path.join(root, 'ja'))).toBe(false);
  expect(await checkContent(paths)).toEqual([]);
});

test("a synthetic article passes the site's Markdown plugins with the real bibliography (citation checks and article rules)", async () => {
  const { keys, primaryKey, unread } = bibliographyKeys(paths.references);
  const glossary = { terms: readGlossary(paths.glossary), href: '/glossary/' };
  const { remarkPlugins, rehypePlugins } = markdownPlugins({
    bibliographyPath: paths.references,
    keys,
    primaryKey,
    unread,
    languages: { en: { glossary, base: '/' } },
  });
  const processor = unified()
    .use(remarkParse)
    .use(remarkMdx)
    .use(remarkPlugins)
    .use(remarkRehype, { passThrough: ['mdxJsxFlowElement', 'mdxJsxTextElement'] })
    .use(rehypePlugins);
  const value = readFileSync(path.join(root, 'articles', 'synthetic-0002.mdx'), 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '');
  const file = new VFile({ path: 'synthetic-0002.mdx', value });
  await processor.run(processor.parse(file), file);
  expect(file.messages).toEqual([]);
});

test('the registry lists every synthetic page with its own ids and the ids every real article shares', () => {
  const registry = JSON.parse(readFileSync(path.join(root, 'anchors.json'), 'utf8')) as { pages: Record<string, string[]> };
  const real = JSON.parse(readFileSync('content/anchors.json', 'utf8')) as { pages: Record<string, string[]> };
  expect(Object.keys(registry.pages)).toEqual([
    // English only: the synthetic articles have no translation, so the site builds no other language.
    ...Object.keys(real.pages).filter((page) => !page.startsWith('/ja/')),
    '/articles/synthetic-0001/',
    '/articles/synthetic-0002/',
    '/articles/synthetic-0003/',
  ]);
  expect(registry.pages['/articles/synthetic-0001/']).toEqual(
    expect.arrayContaining(['takeaway-synthetic-one', 'section-4', 'claim-1', 'what-this-does-not-show']),
  );
  const pages = { '/': [], '/articles/a/': ['takeaway-a', 'history', 'limits'], '/articles/b/': ['limits', 'takeaway-b', 'history'] };
  expect(withSyntheticPages({ pages }, [{ slug: 's', mdx: '', ids: ['own', 'limits'] }]).pages['/articles/s/']).toEqual(['own', 'limits', 'history']);
});

describe('the keys a synthetic article cites, read from the bibliography', () => {
  const records = (primary: BibliographyRecord['custom']): BibliographyRecord[] => [
    { id: 'study', custom: { primary: true, sources: ['paper', 'release'], ...primary } },
    { id: 'release', custom: {} },
    { id: 'paper', custom: { read: 'record' } },
    { id: 'review', custom: { read: 'full-text' } },
  ];

  test('an unread primary study is cited with a read source that reports it (custom.unread, or custom.read "reports")', () => {
    for (const level of [{ unread: true }, { read: 'reports' }]) {
      expect(citableKeys(records(level))).toEqual({ read: ['release', 'review'], primary: ['study', 'release'] });
    }
  });

  test('a primary study that was read is cited alone; a record read only as an entry is never cited', () => {
    expect(citableKeys(records({ read: 'full-text' }))).toEqual({ read: ['study', 'release', 'review'], primary: ['study'] });
  });

  test('an unread primary study with no read source fails loudly', () => {
    const unreadOnly = [
      { id: 'study', custom: { primary: true, unread: true, sources: ['paper'] } },
      { id: 'paper', custom: { read: 'record' } },
      { id: 'other' },
    ];
    expect(() => citableKeys(unreadOnly)).toThrow(/none of its custom.sources is a read reference/);
  });

  test('the label is the weakest certainty there is', () => {
    const strength = CERTAINTY[weakestCertainty()].strength;
    expect(Object.values(CERTAINTY).every((level) => level.strength >= strength)).toBe(true);
  });
});
