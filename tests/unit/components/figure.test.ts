/**
 * Every figure, rendered by the real component from the real content (content/figures and the
 * bibliography, read and checked with the collections' schemas): each must carry its
 * text alternatives (a title naming the figure, alt text naming the drawing, a description in
 * words) and its links, and use no inline styles (a strict Content-Security-Policy blocks them).
 * The Japanese figures (content/ja/figures) are drawn on a Japanese page: their words, the names
 * of the synapse's parts and every line of text must fit inside the drawing in both languages.
 */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import type { Element } from 'hast';
import { describe, expect, test } from 'vitest';
import { readLocated } from '../../../src/config/content-files.ts';
import FigureFrame from '../../../src/components/internals/figures/FigureFrame.astro';
import { FIGURE_NAMES, figureSchema } from '../../../src/schemas/figure.ts';
import { referenceSchema } from '../../../src/schemas/reference.ts';
import { CHAR_WIDTH } from '../../../src/lib/figures.ts';
import { attr, parseHtml, referenced, select, selectAll, textOf } from '../../support/html.ts';

const container = await AstroContainer.create();

const figuresIn = (file: string) => (readLocated(file).value as unknown[]).map((f) => figureSchema.parse(f));
const figures = figuresIn('content/figures/figures.yaml');
const japanese = figuresIn('content/ja/figures/figures.yaml');
const references = new Map((readLocated('content/references/references.json').value as unknown[]).map((r) => referenceSchema.parse(r)).map((r) => [r.id, r]));
async function render(name: string, language: 'en' | 'ja' = 'en') {
  const figure = (language === 'ja' ? japanese : figures).find((f) => f.id === name);
  const request = new Request(`http://localhost/${language === 'ja' ? 'ja/' : ''}figures/`);
  return parseHtml(await container.renderToString(FigureFrame, { props: { figure, references }, request }));
}

/**
 * How far each line of drawing text reaches, left and right, in the drawing's units (360 wide), from
 * its size, weight and anchor: kana, kanji and full-width marks a whole em, anything else an average
 * Latin letter (measured here on its own, not with the wrapping code's measure).
 */
function reach(text: Element): [number, number] {
  const size = attr(text, 'className').includes('small') ? 12.5 : 14;
  const bold = attr(text, 'className').includes('year') || attr(text, 'className').includes('count-number');
  const em = Array.from(textOf(text)).reduce((sum, c) => sum + (/[\u3000-\u9fff\uff01-\uff60]/u.test(c) ? 1 : CHAR_WIDTH / 14), 0);
  const width = em * size * (bold ? 1.12 : 1);
  const x = Number(attr(text, 'x'));
  const anchor = attr(text, 'textAnchor');
  return anchor === 'middle' ? [x - width / 2, x + width / 2] : anchor === 'end' ? [x - width, x] : [x, x + width];
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

describe.each(FIGURE_NAMES)('figure "%s" in both languages', (name) => {
  test.each(['en', 'ja'] as const)('every line of text fits inside the drawing (%s)', async (language) => {
    const drawing = select('svg', await render(name, language)) as Element;
    const texts = selectAll('text', drawing);
    expect(texts.length).toBeGreaterThan(0);
    for (const text of texts) {
      const [left, right] = reach(text);
      expect.soft(left, `"${textOf(text)}" starts inside the drawing`).toBeGreaterThanOrEqual(0);
      expect.soft(right, `"${textOf(text)}" ends inside the drawing`).toBeLessThanOrEqual(360);
    }
  });
});

test('on a Japanese page a figure is in Japanese, names the parts of the synapse in Japanese and links to the Japanese references page', async () => {
  const tree = await render('synapse', 'ja');
  const words = selectAll('svg text.label', tree).map((text) => textOf(text));
  expect(words).toEqual(expect.arrayContaining(['送り手の神経細胞', 'グルタミン酸', 'AMPA受容体', 'NMDA受容体', 'ケタミン', '受け手の神経細胞']));
  expect(words.join(' ')).not.toMatch(/[a-z]{4,}/);
  expect(textOf(select('details.description summary', tree))).toBe('図の内容を言葉で読む');
  for (const link of selectAll('a', tree)) expect(attr(link, 'href')).toMatch(/^\/ja\/(about|references)\/#[a-z0-9-]+$/);
});
