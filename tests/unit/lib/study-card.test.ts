import { describe, expect, test } from 'vitest';
import { primaryStudy, studyCard } from '../../../src/lib/study-card.ts';
import type { Reference } from '../../../src/schemas/reference.ts';

const study: Reference = {
  id: 'alpha2026',
  type: 'article-journal',
  'container-title': 'Journal of Tests',
  issued: { 'date-parts': [[2026, 3, 5]] },
  note: 'test record',
  custom: { primary: true, kind: 'human-study', read: 'reports' },
};
const press = { id: 'press', type: 'webpage', title: 'Press release', URL: 'https://example.org/', note: 'test record' } as Reference;
const references = new Map([
  [study.id, study],
  [press.id, press],
]);
const card = {
  id: 'alpha2026',
  summary: { text: 'A study of something, in one sentence long enough.', sources: ['press'] },
  facts: [
    { id: 'journal', label: 'Journal', field: 'journal' as const, sources: ['press'] },
    { id: 'published', label: 'Published', field: 'published' as const, sources: ['press'] },
    { id: 'people', label: 'People', value: '34 patients', sources: ['press', 'alpha2026'] },
  ],
};

describe('the study card', () => {
  test('the primary study is the record marked custom.primary', () => {
    expect(primaryStudy(references)).toBe(study);
    expect(() => primaryStudy(new Map([[press.id, press]]))).toThrow('The primary study (custom.primary in references.json) is missing');
  });

  test('facts read from the record (journal in italics, the date in words) or written as values, with their sources', () => {
    const { study: found, summary, lines } = studyCard([card], references);
    expect(found).toBe(study);
    expect(summary).toBe(card.summary.text);
    expect(lines.map(({ id, value, isJournal }) => [id, value, isJournal])).toEqual([
      ['journal', 'Journal of Tests', true],
      ['published', '5 March 2026', false],
      ['people', '34 patients', false],
    ]);
    expect(lines[2]?.sources).toEqual([press, study]);
  });

  test('on a Japanese card the date read from the record is written in Japanese', () => {
    const { lines } = studyCard([card], references, 'ja');
    expect(lines.find((line) => line.id === 'published')?.value).toBe('2026年3月5日');
    expect(lines.find((line) => line.id === 'journal')?.value).toBe('Journal of Tests');
  });

  test('a card for another study is not this study’s card', () => {
    expect(() => studyCard([{ ...card, id: 'beta' }], references)).toThrow('The study card of "alpha2026" is missing');
  });
});
