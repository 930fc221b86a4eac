/**
 * Every figure, rendered by the real component from the real content (content/figures and the
 * bibliography, read and checked with the collections' schemas): each must carry its
 * text alternatives (a title naming the figure, alt text naming the drawing, a description in
 * words) and its links, and use no inline styles (a strict Content-Security-Policy blocks them).
 */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import type { Element } from 'hast';
import { describe, expect, test } from 'vitest';
import { readLocated } from '../../../src/config/content-files.ts';
import FigureFrame from '../../../src/components/internals/figures/FigureFrame.astro';
import { FIGURE_NAMES, figureSchema } from '../../../src/schemas/figure.ts';
import { referenceSchema } from '../../../src/schemas/reference.ts';
import { attr, parseHtml, referenced, select, selectAll, textOf } from '../../support/html.ts';

const container = await AstroContainer.create();

const figures = (readLocated('content/figures/figures.yaml').value as unknown[]).map((f) => figureSchema.parse(f));
const references = new Map((readLocated('content/references/references.json').value as unknown[]).map((r) => referenceSchema.parse(r)).map((r) => [r.id, r]));
async function render(name: string) {
  const figure = figures.find((f) => f.id === name);
  return parseHtml(await container.renderToString(FigureFrame, { props: { figure, references } }));
}

describe.each(FIGURE_NAMES)('figure "%s"', (name) => {
  test('has a title, a named drawing and a description in words', async () => {
    const tree = await render(name);
    const figure = select('figure', tree);
    const title = referenced(tree, attr(figure, 'ariaLabelledBy'));
    // The anchor is on the frame around the <figure> and its details (HTML allows no <details> beside a <figcaption>).
    const frame = select('.ev-figure', tree);
    expect(attr(frame, 'id')).toBe(`figure-${name}`);
    expect(figure && frame && select('figure', frame)).toBe(figure);
    expect(textOf(title).length).toBeGreaterThan(10);

    const drawing = select('svg', tree);
    expect(attr(drawing, 'role')).toBe(name === 'timeline' ? 'group' : 'img');
    expect(attr(drawing, 'ariaLabel').length).toBeGreaterThan(40);
    const description = referenced(tree, attr(drawing, 'ariaDescribedBy'));
    expect(textOf(description).length).toBeGreaterThan(80);
    expect(select('figcaption', tree)).toBeDefined();
  });

  test('uses no inline styles and links only to pages of this site', async () => {
    const tree = await render(name);
    expect(selectAll('[style]', tree)).toEqual([]);
    for (const link of selectAll('a', tree)) expect(attr(link, 'href')).toMatch(/^\/(about|references)\/#[a-z0-9-]+$/);
  });
});

test('the timeline links each point to its reference, oldest first, from 2000 to this study', async () => {
  const tree = await render('timeline');
  const drawing = select('svg', tree) as Element;
  const points = selectAll('a', drawing).map((a) => [textOf(select('.year', a)), attr(a, 'href')]);
  expect(points.at(0)).toEqual(['2000', '/references/#ref-berman2000']);
  expect(points).toContainEqual(['2020', '/references/#ref-miyazaki2020']);
  expect(points.at(-1)).toEqual(['2026', '/references/#ref-takahashi2026']);
  expect(points.map(([year]) => Number(year))).toEqual(points.map(([year]) => Number(year)).sort((a, b) => a - b));
});

test('the synapse numbers its notes and labels the hypothesis as one', async () => {
  const tree = await render('synapse');
  const markers = selectAll('.marker', tree).map((m) => textOf(m));
  const notes = selectAll('.notes li', tree);
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
