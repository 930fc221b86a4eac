import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { elements, readHtmlPages } from '../../../../src/integrations/built-site/html-pages.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'pages-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test('pages are read in a stable order, and their elements listed in document order, once per parsed page', async () => {
  mkdirSync(path.join(dir, 'b'), { recursive: true });
  writeFileSync(path.join(dir, 'b', 'index.html'), '<p id="one">One <a href="/">link</a></p><p id="two">Two</p>');
  writeFileSync(path.join(dir, 'index.html'), '<p>Home</p>');
  const pages = await readHtmlPages(dir);
  expect(pages.map((p) => p.file)).toEqual(['b/index.html', 'index.html']);
  const page = pages[0];
  if (!page) throw new Error('no page was read');
  const listed = elements(page.tree);
  expect(listed.map((el) => el.tagName)).toEqual(['html', 'head', 'body', 'p', 'a', 'p']);
  expect(elements(page.tree)).toBe(listed);
});
