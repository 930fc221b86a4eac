/**
 * Real cards, drawn with the real fonts: an English and a Japanese one, checked as a previewer
 * would fetch them (PNG, 1200 × 630, at most 300 KB). The drawn cards are kept in
 * test-results/share-cards/ to look at.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { readArticleSections } from '../../../../src/integrations/share-cards/article-sections.ts';
import { createFontSource } from '../../../../src/integrations/share-cards/card-fonts.ts';
import { pageCard, sectionCard } from '../../../../src/integrations/share-cards/card-content.ts';
import { cardTheme } from '../../../../src/integrations/share-cards/card-theme.ts';
import { renderCard, rendererVersions } from '../../../../src/integrations/share-cards/render-card.ts';
import { checkCardImage, imageSize } from '../../../support/unfurl.ts';

const theme = cardTheme(readFileSync(new URL('../../../../src/styles/tokens.css', import.meta.url), 'utf8'));
const fonts = createFontSource();
const fixture = (name: string) => readArticleSections(readFileSync(new URL(`../../../fixtures/share-cards/${name}`, import.meta.url), 'utf8'));
const out = path.join('test-results', 'share-cards');
mkdirSync(out, { recursive: true });

async function drawAndCheck(name: string, card: Parameters<typeof renderCard>[0]) {
  const drawn = await renderCard(card, { theme, fonts });
  const file = path.join(out, `${name}.png`);
  writeFileSync(file, drawn.png);
  const check = await checkCardImage(file);
  expect(check.problems).toEqual([]);
  expect(check).toMatchObject({ exists: true, type: 'png', width: 1200, height: 630 });
  expect(drawn.missing).toEqual([]);
  return { drawn, check };
}

describe('card images', () => {
  test('an English section card: a real PNG of 1200 × 630, at most 300 KB, Latin fonts only', async () => {
    const article = fixture('article-en.html');
    const section = article.sections.find((s) => s.id === 'finding-baseline-difference');
    if (!section) throw new Error('fixture changed');
    const { drawn, check } = await drawAndCheck('en-section', sectionCard(section, article, 'Ketamine & AMPA receptors: an evidence explainer'));
    expect(drawn.fontFiles).toEqual(['noto-sans-jp-latin-400-normal.woff', 'noto-sans-jp-latin-700-normal.woff']);
    // A flat card of text is tens of kilobytes; a card many times that would mean something drew wrong.
    expect(check.bytes).toBeGreaterThan(10_000);
    expect(check.bytes).toBeLessThan(150_000);
  });

  test('a Japanese section card: Japanese glyphs from the npm font package, within the same limits', async () => {
    const article = fixture('article-ja.html');
    const section = article.sections.find((s) => s.id === 'finding-change-tracked-improvement');
    if (!section) throw new Error('fixture changed');
    const { drawn } = await drawAndCheck('ja-section', sectionCard(section, article, 'ケタミンとAMPA受容体：エビデンス解説'));
    expect(drawn.fontFiles.some((f) => /noto-sans-jp-\d+-700-normal\.woff/.test(f))).toBe(true);
  });

  test('the Japanese glyphs come from the Japanese files: with Latin files only, the same card draws differently', async () => {
    const card = pageCard('研究チームが報告していること', 'ケタミンとAMPA受容体：エビデンス解説', 'ja');
    const latinOnly = {
      version: fonts.version,
      fontsFor: (text: Record<400 | 700, string>) => {
        const all = fonts.fontsFor(text);
        return { ...all, fonts: all.fonts.filter((f) => f.name.startsWith('card-latin')), families: { 400: 'card-latin-400', 700: 'card-latin-700' } };
      },
    };
    const real = await renderCard(card, { theme, fonts });
    const boxes = await renderCard(card, { theme, fonts: latinOnly });
    expect(real.png.equals(boxes.png)).toBe(false);
  });

  test('a card with no words still draws', async () => {
    const blank = await renderCard(pageCard('', '', 'ja'), { theme, fonts });
    expect(imageSize(blank.png)).toEqual({ type: 'png', width: 1200, height: 630 });
  });

  test('a page-level card', async () => {
    await drawAndCheck('en-page', pageCard('Glossary', 'Ketamine & AMPA receptors: an evidence explainer', 'en'));
  });

  test('the renderer versions name satori, sharp and the libraries sharp draws with', () => {
    expect(rendererVersions()).toEqual([
      expect.stringMatching(/^satori@\d/),
      expect.stringMatching(/^sharp@\d/),
      expect.stringMatching(/^libvips@\d/),
      expect.stringMatching(/^librsvg@\d/),
      'png-level@3',
    ]);
  });
});
