import { describe, expect, test } from 'vitest';
import { activationPoints, currentSection, tocEntries } from '../../../src/lib/toc.ts';

describe('table of contents entries', () => {
  test('h3 sections nest under the h2 before them; other levels are left out', () => {
    const entries = tocEntries([
      { depth: 2, slug: 'a', text: 'A' },
      { depth: 3, slug: 'a1', text: 'A1' },
      { depth: 4, slug: 'a1x', text: 'A1x' },
      { depth: 3, slug: 'a2', text: 'A2' },
      { depth: 2, slug: 'b', text: 'B' },
    ]);
    expect(entries).toEqual([
      {
        id: 'a',
        text: 'A',
        children: [
          { id: 'a1', text: 'A1', children: [] },
          { id: 'a2', text: 'A2', children: [] },
        ],
      },
      { id: 'b', text: 'B', children: [] },
    ]);
  });

  test('an h3 before any h2 stands alone', () => {
    expect(tocEntries([{ depth: 3, slug: 'x', text: 'X' }])).toEqual([{ id: 'x', text: 'X', children: [] }]);
  });
});

describe('the current section', () => {
  test('is the last section whose heading has crossed the reading line', () => {
    const points = activationPoints([-200, 400, 1200], 5000);
    expect(points).toEqual([-200, 400, 1200]);
    expect(currentSection(points, 0)).toBe(0);
    expect(currentSection(points, 399)).toBe(0);
    expect(currentSection(points, 400)).toBe(1);
    expect(currentSection(points, 4000)).toBe(2);
    expect(currentSection([100, 400], 0)).toBe(-1);
  });

  test('sections the page ends before reaching share the last stretch of scrolling, the last one at the bottom', () => {
    // A tall screen: the page can scroll to 1000, but the last three headings would need 1100, 1500 and 1900.
    const points = activationPoints([0, 700, 1100, 1500, 1900], 1000);
    expect(points).toEqual([0, 700, 800, 900, 1000]);
    const seen = [0, 650, 750, 850, 950, 1000].map((y) => currentSection(points, y));
    expect(seen).toEqual([0, 0, 1, 2, 3, 4]);
  });

  test('the bottom counts as reached despite a fractional scroll position', () => {
    expect(currentSection(activationPoints([0, 2000], 1000.4), 1000)).toBe(1);
  });
});
