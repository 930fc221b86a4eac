import { describe, expect, test } from 'vitest';
import { CHAR_WIDTH, charsIn, figureIds, paragraphs, sourceLinks, textWidth, timelineEvents, timelineSources, wrapText } from '../../../src/lib/figures.ts';
import type { Reference } from '../../../src/schemas/reference.ts';
import type { FigureOf } from '../../../src/schemas/figure.ts';

const reference = (id: string, year?: number): Reference => ({
  id,
  type: 'article-journal',
  title: `Title of ${id}`,
  author: [{ family: id.replace(/\d+$/, ''), given: 'A' }],
  ...(year ? { issued: { 'date-parts': [[year]] } } : {}),
  DOI: `10.1000/${id}`,
  note: 'test record, not a real reference',
  custom: { kind: 'human-study', read: 'abstract' },
});
const references = new Map([reference('berman2000', 2000), reference('miyazaki2020', 2020), reference('undated')].map((r) => [r.id, r]));
const timeline = (events: Array<{ ref: string; text: string; highlight?: boolean; sources?: string[] }>): FigureOf<'timeline'> => ({
  id: 'timeline',
  title: 'A timeline',
  alt: 'A timeline of research steps, for testing only.',
  caption: 'A caption for testing.',
  description: 'A description.',
  sources: [],
  events: events.map((e) => ({ highlight: false, sources: [], ...e })),
});

describe('wrapping text for drawings', () => {
  test('breaks at spaces within the width and keeps a long word whole', () => {
    expect(wrapText('PET scan before treatment', 12)).toEqual(['PET scan', 'before', 'treatment']);
    expect(wrapText('treatment-resistant depression', 10)).toEqual(['treatment-resistant', 'depression']);
    expect(wrapText('  spaced   out  ', 20)).toEqual(['spaced out']);
  });

  test('fits fewer bold characters than regular ones into the same width', () => {
    expect(charsIn(296)).toBe(40);
    expect(charsIn(296, true)).toBeLessThan(40);
  });

  test('a full-width character is a whole em wide, about two average Latin letters', () => {
    expect(textWidth('PET scan')).toBe(8);
    expect(textWidth('PET検査') * CHAR_WIDTH).toBeCloseTo(3 * CHAR_WIDTH + 2 * 14);
    expect(textWidth('（、）')).toBeCloseTo(textWidth('検査中'));
  });

  test('Japanese, which has no spaces, breaks between phrases, and every line fits', () => {
    const text = 'ケタミンまたはプラセボを2週間、静脈に';
    const lines = wrapText(text, 20);
    expect(lines).toEqual(['ケタミンまたは', 'プラセボを2週間、', '静脈に']);
    expect(lines.join('')).toBe(text);
    for (const line of lines) expect(textWidth(line)).toBeLessThanOrEqual(20);
  });

  test('a Japanese phrase wider than the line is broken between characters, never before a closing mark', () => {
    const text = '日本で登録された臨床研究3件、2016年8月〜2023年10月';
    for (const width of [6, 8, 11, 14]) {
      const lines = wrapText(text, width);
      expect(lines.join('')).toBe(text);
      for (const line of lines) expect(line).not.toMatch(/^[、。）〜]/);
      // Only a closing mark kept at a line's end may go past the width, by that mark.
      for (const line of lines) expect(textWidth(line.replace(/[、。）〜]$/, ''))).toBeLessThanOrEqual(width);
    }
  });

  test('mixed text keeps its spaces between Latin words and none inside Japanese', () => {
    expect(wrapText('PET検査 before treatment', 40)).toEqual(['PET検査 before treatment']);
    expect(wrapText('AMPA受容体 and PET', 10)).toEqual(['AMPA受容体', 'and PET']);
  });
});

describe('figure references', () => {
  test('link each key to its entry on the references page, with a short label and year', () => {
    expect(sourceLinks(['berman2000'], references, 'timeline')).toEqual([
      { key: 'berman2000', label: 'berman, 2000', year: 2000, href: '/references/#ref-berman2000' },
    ]);
  });

  test('on a Japanese page they lead to the Japanese references page, and so do the timeline points', () => {
    expect(sourceLinks(['berman2000'], references, 'timeline', 'ja').map((link) => link.href)).toEqual(['/ja/references/#ref-berman2000']);
    const events = timelineEvents(timeline([{ ref: 'berman2000', text: '最初の試験' }]), references, 'ja');
    expect(events.map((event) => event.href)).toEqual(['/ja/references/#ref-berman2000']);
  });

  test('an unknown key, which the content preflight reports first, still stops the page with the key and the figure', () => {
    expect(() => sourceLinks(['bermann2000'], references, 'synapse')).toThrow('Reference "bermann2000" (cited by figure "synapse") is missing');
  });

  test('timeline points take their year from the reference and come out in date order', () => {
    const events = timelineEvents(
      timeline([
        { ref: 'miyazaki2020', text: 'The tracer', highlight: true },
        { ref: 'berman2000', text: 'The first trial' },
      ]),
      references,
    );
    expect(events.map((e) => [e.year, e.text, e.highlight])).toEqual([
      [2000, 'The first trial', false],
      [2020, 'The tracer', true],
    ]);
  });

  test('a timeline point whose reference has no year, which the content preflight reports first, still stops the page', () => {
    expect(() => timelineEvents(timeline([{ ref: 'undated', text: 'Some step' }]), references)).toThrow('The year of timeline point "undated" is missing');
  });
});

test('figure ids and description paragraphs', () => {
  expect(figureIds('pet-scan')).toEqual({ figure: 'figure-pet-scan', title: 'figure-pet-scan-title', description: 'figure-pet-scan-description' });
  expect(paragraphs('One.\n\n  Two.\n \nThree.')).toEqual(['One.', 'Two.', 'Three.']);
});

test('a timeline point can name the records that report it, and the source line lists every point', () => {
  const withReport = new Map([...references, ['report2020', reference('report2020', 2020)]]);
  const figure = timeline([
    { ref: 'miyazaki2020', text: 'The tracer', sources: ['report2020'] },
    { ref: 'berman2000', text: 'The first trial' },
  ]);
  const [first, second] = timelineEvents(figure, withReport);
  expect(first?.reportedBy).toEqual([]);
  expect(second?.reportedBy.map((link) => link.key)).toEqual(['report2020']);
  expect(timelineSources(figure, withReport).map((link) => link.key)).toEqual(['berman2000', 'miyazaki2020', 'report2020']);
});
