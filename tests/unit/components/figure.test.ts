/**
 * Every figure, rendered by the real component from the real content (content/figures and the
 * bibliography, read and checked with the collections' schemas): each must carry its
 * text alternatives (a title naming the figure, alt text naming the drawing, a description in
 * words) and its links, and use no inline styles (a strict Content-Security-Policy blocks them).
 */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { fromHtml } from 'hast-util-from-html';
import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';
import { describe, expect, test } from 'vitest';
import { readLocated } from '../../../src/config/content-files.ts';
import FigureFrame from '../../../src/components/internals/figures/FigureFrame.astro';
import { FIGURE_NAMES, figureSchema } from '../../../src/schemas/figure.ts';
import { referenceSchema } from '../../../src/schemas/reference.ts';

const container = await AstroContainer.create();

/** The elements under `root` that pass `test`, in document order. */
function all(root: Root | Element, test: (e: Element) => boolean): Element[] {
  const found: Element[] = [];
  visit(root, 'element', (e: Element) => {
    if (test(e)) found.push(e);
  });
  return found;
}
const one = (root: Root | Element, test: (e: Element) => boolean) => all(root, test)[0];
const tag = (name: string) => (e: Element) => e.tagName === name;
/** Matches the element an ARIA reference (hast keeps id lists such as aria-labelledby as arrays) points to. */
const id = (reference: unknown) => (e: Element) =>
  reference !== undefined && e.properties['id'] === (Array.isArray(reference) ? reference.join(' ') : reference);
const cls = (name: string) => (e: Element) => Array.isArray(e.properties['className']) && e.properties['className'].includes(name);
function textOf(node: Root | Element | undefined): string {
  let text = '';
  if (node) {
    visit(node, 'text', (t: { value: string }) => {
      text += t.value;
    });
  }
  return text;
}

const figures = (readLocated('content/figures/figures.yaml').value as unknown[]).map((f) => figureSchema.parse(f));
const references = new Map((readLocated('content/references/references.json').value as unknown[]).map((r) => referenceSchema.parse(r)).map((r) => [r.id, r]));
async function render(name: string) {
  const figure = figures.find((f) => f.id === name);
  return fromHtml(await container.renderToString(FigureFrame, { props: { figure, references } }), { fragment: true });
}

describe.each(FIGURE_NAMES)('figure "%s"', (name) => {
  test('has a title, a named drawing and a description in words', async () => {
    const tree = await render(name);
    const figure = one(tree, tag('figure'));
    const title = one(tree, id(figure?.properties['ariaLabelledBy']));
    // The anchor is on the frame around the <figure> and its details (HTML allows no <details> beside a <figcaption>).
    const frame = one(tree, cls('ev-figure'));
    expect(frame?.properties['id']).toBe(`figure-${name}`);
    expect(figure && frame && one(frame, tag('figure'))).toBe(figure);
    expect(textOf(title).length).toBeGreaterThan(10);

    const drawing = one(tree, tag('svg'));
    expect(drawing?.properties['role']).toBe(name === 'timeline' ? 'group' : 'img');
    expect(String(drawing?.properties['ariaLabel']).length).toBeGreaterThan(40);
    const description = one(tree, id(drawing?.properties['ariaDescribedBy']));
    expect(textOf(description).length).toBeGreaterThan(80);
    expect(one(tree, tag('figcaption'))).toBeDefined();
  });

  test('uses no inline styles and links only to pages of this site', async () => {
    const tree = await render(name);
    expect(all(tree, (e) => 'style' in e.properties)).toEqual([]);
    for (const link of all(tree, tag('a'))) expect(String(link.properties['href'])).toMatch(/^\/(about|references)\/#[a-z0-9-]+$/);
  });
});

test('the timeline links each point to its reference, oldest first, from 2000 to this study', async () => {
  const tree = await render('timeline');
  const drawing = one(tree, tag('svg')) as Element;
  const points = all(drawing, tag('a')).map((a) => [textOf(one(a, cls('year'))), String(a.properties['href'])]);
  expect(points.at(0)).toEqual(['2000', '/references/#ref-berman2000']);
  expect(points).toContainEqual(['2020', '/references/#ref-miyazaki2020']);
  expect(points.at(-1)).toEqual(['2026', '/references/#ref-takahashi2026']);
  expect(points.map(([year]) => Number(year))).toEqual(points.map(([year]) => Number(year)).sort((a, b) => a - b));
});

test('the synapse numbers its notes and labels the hypothesis as one', async () => {
  const tree = await render('synapse');
  const markers = all(tree, cls('marker')).map((m) => textOf(m));
  const notes = all(one(tree, cls('notes')) as Element, tag('li'));
  expect(markers).toEqual(notes.map((_, i) => String(i + 1)));
  const hypothesis = notes.find((li) => textOf(li).includes('may depend on AMPA receptors'));
  expect(textOf(hypothesis)).toContain('Hypothesis');
});

test('the study design states its numbers and where they come from', async () => {
  const text = textOf(await render('study-design'));
  for (const fact of ['34', '49', 'Ketamine or placebo', 'two weeks', 'PET scan before treatment', 'PET scan after the last infusion'])
    expect(text).toContain(fact);
  expect(text).toContain('Journal article, as reported in the press release');
});
