/**
 * Colour contrast of the design tokens, in both themes, computed from src/styles/tokens.css
 * itself: text (labels, links, muted text) at least 4.5:1 on every surface it sits on (WCAG AA),
 * drawn shapes in the figures and the focus ring at least 3:1 (WCAG 1.4.11).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';

const css = readFileSync('src/styles/tokens.css', 'utf8');
const declarations = new Map([...css.matchAll(/--(ev-[a-z0-9-]+):\s*([^;]+);/g)].map((m) => [m[1] ?? '', (m[2] ?? '').trim()]));

/** A token's colour in one theme: follows var() and picks a side of light-dark(). */
function colour(token: string, theme: 'light' | 'dark'): string {
  const value = declarations.get(token);
  if (!value) throw new Error(`tokens.css has no --${token}`);
  const pair = /^light-dark\((.+?),\s*(.+)\)$/.exec(value);
  const chosen = pair ? ((theme === 'light' ? pair[1] : pair[2]) ?? '') : value;
  const reference = /^var\(--([a-z0-9-]+)\)$/.exec(chosen.trim());
  return reference ? colour(reference[1] ?? '', theme) : chosen.trim();
}

function luminance(hex: string): number {
  const channels = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
  const [r, g, b] = channels.map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

const SURFACES = ['ev-color-bg', 'ev-color-surface', 'ev-color-surface-muted', 'ev-color-accent-soft', 'ev-color-notice-bg'];
const TEXT = [
  'ev-color-text',
  'ev-color-text-muted',
  'ev-color-link',
  'ev-color-notice-text',
  'ev-color-certainty-established',
  'ev-color-certainty-human',
  'ev-color-certainty-animal',
  'ev-color-certainty-hypothesis',
];
const SHAPES = ['ev-color-fig-ampa', 'ev-color-fig-nmda', 'ev-color-fig-glutamate', 'ev-color-fig-ketamine', 'ev-color-certainty-hypothesis', 'ev-color-focus'];

describe.each(['light', 'dark'] as const)('%s theme', (theme) => {
  test('text and labels reach 4.5:1 on every surface', () => {
    const failures = TEXT.flatMap((fg) =>
      SURFACES.map((bg) => ({ fg, bg, ratio: contrast(colour(fg, theme), colour(bg, theme)) })).filter((p) => p.ratio < 4.5),
    );
    expect(failures).toEqual([]);
  });

  test('figure shapes and the focus ring reach 3:1 on the figure surfaces and the page', () => {
    const failures = SHAPES.flatMap((fg) =>
      ['ev-color-bg', 'ev-color-surface', 'ev-color-surface-muted']
        .map((bg) => ({ fg, bg, ratio: contrast(colour(fg, theme), colour(bg, theme)) }))
        .filter((p) => p.ratio < 3),
    );
    expect(failures).toEqual([]);
  });
});

test('the resolver reads both sides of light-dark() and follows var()', () => {
  expect(colour('ev-color-text', 'light')).toBe('#1b2430');
  expect(colour('ev-color-text', 'dark')).toBe('#e7ebf0');
  expect(colour('ev-color-fig-ampa', 'dark')).toBe(colour('ev-color-accent', 'dark'));
  expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
});
