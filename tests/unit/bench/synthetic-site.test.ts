import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { checkContent } from '../../../src/integrations/content-preflight/check-content.ts';
import { contentPaths } from '../../../src/config/content-paths.ts';
import { writeSyntheticSite } from '../../../scripts/bench/synthetic-site.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'synthetic-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test('the benchmark site is the real content plus N articles that pass the content checks', async () => {
  const root = writeSyntheticSite(path.join(dir, 'content'), 3);
  const articles = readdirSync(path.join(root, 'articles'));
  expect(articles.filter((name) => name.startsWith('synthetic-'))).toEqual(['synthetic-0001.mdx', 'synthetic-0002.mdx', 'synthetic-0003.mdx']);
  expect(articles.length).toBe(readdirSync('content/articles').length + 3);
  const problems = await checkContent(contentPaths(root));
  expect(problems).toEqual([]);
});
