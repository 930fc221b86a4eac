import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { readArticleSections } from '../../../../src/integrations/share-cards/article-sections.ts';
import { pageCard, sectionCard } from '../../../../src/integrations/share-cards/card-content.ts';
import { type CardNode, cardAlt, cardElement, cardText, headingSize, wrapable } from '../../../../src/integrations/share-cards/card-layout.ts';
import { cardTheme } from '../../../../src/integrations/share-cards/card-theme.ts';

const theme = cardTheme(readFileSync(new URL('../../../../src/styles/tokens.css', import.meta.url), 'utf8'));
const article = readArticleSections(readFileSync(new URL('../../../fixtures/share-cards/article-en.html', import.meta.url), 'utf8'));
const site = 'Ketamine & AMPA receptors: an evidence explainer';
const finding = article.sections.find((s) => s.id === 'finding-baseline-difference');
if (!finding) throw new Error('fixture changed');

/** Every text in the tree, in order. */
const texts = (node: CardNode | string): string[] => {
  if (typeof node === 'string') return [node];
  const children = node.props.children;
  return children === undefined ? [] : (Array.isArray(children) ? children : [children]).flatMap(texts);
};

describe('what a card shows', () => {
  test("a claim's card: the site, its section, its heading, the article and its evidence label, in that order", () => {
    const card = sectionCard(finding, article, site);
    expect(texts(cardElement(card, theme, { 400: 'r', 700: 'b' }))).toEqual([
      site,
      'What the team reports',
      'Before treatment',
      'What the ketamine AMPA-receptor PET study found',
      'Supported in humans',
    ]);
    expect(cardAlt(card, '. ')).toBe(`What the team reports. Before treatment. What the ketamine AMPA-receptor PET study found. Supported in humans. ${site}`);
  });

  test('a page-level card: its title and the site, no label', () => {
    const card = pageCard('Glossary', site, 'en');
    expect(texts(cardElement(card, theme, { 400: 'r', 700: 'b' }))).toEqual([site, 'Glossary']);
  });

  test('the words in each weight decide the fonts loaded for each', () => {
    expect(cardText(sectionCard(finding, article, site))).toEqual({
      400: 'What the team reports\nWhat the ketamine AMPA-receptor PET study found',
      700: `${site}\nBefore treatment\nSupported in humans`,
    });
  });

  test('the label is drawn in its certainty colour, with dots filled by strength', () => {
    const tree = JSON.stringify(cardElement(sectionCard(finding, article, site), theme, { 400: 'r', 700: 'b' }));
    expect(tree).toContain(`3px solid ${theme.certainty.human}`);
    expect(tree.match(new RegExp(`"background":"${theme.certainty.human}"`, 'g'))).toHaveLength(2);
  });
});

describe('card typography', () => {
  test('short headings are large, long ones smaller; Japanese characters count double', () => {
    expect(headingSize('The scans')).toBe(76);
    expect(headingSize('A research team in Japan used a PET tracer called [11C]K-2 to image…')).toBe(58);
    expect(headingSize('研究チームが報告していること')).toBe(76);
    expect(headingSize('あ'.repeat(30))).toBe(66);
    expect(headingSize('a'.repeat(30))).toBe(76);
    expect(headingSize('x'.repeat(200))).toBe(50);
  });

  test('Japanese breaks only between phrases: a word joiner inside each phrase, none between phrases', () => {
    expect(wrapable('この研究は関連を示すものです。', 'ja')).toBe(
      ['こ\u2060の', '研\u2060究\u2060は', '関\u2060連\u2060を', '示\u2060す\u2060も\u2060の\u2060で\u2060す\u2060。'].join(''),
    );
    expect(wrapable('English stays as it is', 'en')).toBe('English stays as it is');
  });
});
