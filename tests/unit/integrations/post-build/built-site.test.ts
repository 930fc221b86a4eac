import { afterAll, expect, test } from 'vitest';
import { elements, readHtmlPages } from '../../../../src/integrations/post-build/built-site.ts';
import { tempFolder } from '../../../support/temp-folder.ts';

const folder = tempFolder('pages-');
afterAll(() => folder.remove());

test('pages are read in a stable order, and their elements listed in document order, once per parsed page', async () => {
  folder.write({ 'b/index.html': '<p id="one">One <a href="/">link</a></p><p id="two">Two</p>', 'index.html': '<p>Home</p>' });
  const pages = await readHtmlPages(folder.dir);
  expect(pages.map((p) => p.file)).toEqual(['b/index.html', 'index.html']);
  const page = pages[0];
  if (!page) throw new Error('no page was read');
  const listed = elements(page.tree);
  expect(listed.map((el) => el.tagName)).toEqual(['html', 'head', 'body', 'p', 'a', 'p']);
  expect(elements(page.tree)).toBe(listed);
});
