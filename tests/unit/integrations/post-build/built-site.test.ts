import { afterAll, expect, test } from 'vitest';
import { fromHtml } from 'hast-util-from-html';
import { elements, parseBuiltPage, readHtmlPages } from '../../../../src/integrations/post-build/built-site.ts';
import { tempFolder } from '../../../support/temp-folder.ts';

const folder = tempFolder('pages-');
afterAll(() => folder.remove());

const page = (body: string) => `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>T</title></head><body>${body}</body></html>`;

test('pages are read in a stable order, and their elements listed in document order, once per parsed page', async () => {
  folder.write({ 'b/index.html': page('<p id="one">One <a href="/">link</a></p><p id="two">Two</p>'), 'index.html': page('<p>Home</p>') });
  const pages = await readHtmlPages(folder.dir);
  expect(pages.map((p) => p.file)).toEqual(['b/index.html', 'index.html']);
  const first = pages[0];
  if (!first) throw new Error('no page was read');
  const listed = elements(first.tree);
  expect(listed.map((el) => el.tagName)).toEqual(['html', 'head', 'meta', 'title', 'body', 'p', 'a', 'p']);
  expect(elements(first.tree)).toBe(listed);
});

test('a built page reads as hast-util-from-html reads it, for everything the steps look at', () => {
  const html = page(
    [
      '<meta http-equiv="refresh" content="0; url=/a/">',
      '<h2 id="x" data-anchor="section" class="a b">Café &amp; <em>more</em></h2>',
      '<a href="/glossary/#pet" rel="noopener external">PET</a><img src="/i.png" alt="An &quot;image&quot;">',
      // A script in pieces of text, with what looks like markup inside: hashed exactly as written.
      `<script type="module">const a = "</p>" + '&amp;'; ${'x'.repeat(70_000)}</script>`,
      '<style>.a{color:red}</style><p style="color: red">styled</p>',
    ].join('\n'),
  );
  const summary = (tree: ReturnType<typeof parseBuiltPage>) =>
    elements(tree).map((el) => ({
      tag: el.tagName,
      properties: el.properties,
      text: el.children.flatMap((c) => (c.type === 'text' ? [c.value] : [])).join(''),
    }));
  expect(summary(parseBuiltPage(html))).toEqual(summary(fromHtml(html)));
});

test("a template's content is kept apart, as in hast: its ids are not on the page until a script copies them", () => {
  const tree = parseBuiltPage(page('<template id="t"><div id="inside"><a href="#x">x</a></div></template><p id="after">after</p>'));
  expect(elements(tree).map((el) => el.properties['id'] ?? el.tagName)).toEqual(['html', 'head', 'meta', 'title', 'body', 't', 'after']);
  const template = elements(tree).find((el) => el.tagName === 'template');
  expect(template?.content && elements(template.content).map((el) => el.properties['id'] ?? el.tagName)).toEqual(['inside', 'a']);
});
