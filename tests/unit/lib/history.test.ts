import { describe, expect, test } from 'vitest';
import { publishedOn, siteChanges, updatedOn } from '../../../src/lib/history.ts';
import type { Change } from '../../../src/schemas/article.ts';

const study: Change[] = [
  { date: '2026-12-02', kind: 'corrected', summary: 'Corrected how the scans are described.', section: 'the-scans' },
  { date: '2026-12-02', kind: 'updated', summary: 'Added the likely parent trial.' },
  { date: '2026-11-27', kind: 'corrected', summary: 'Corrected the age range.' },
  { date: '2026-11-26', kind: 'published', summary: 'First published on this site.' },
];
const brief: Change[] = [
  { date: '2026-11-27', kind: 'updated', summary: 'Added a table row.' },
  { date: '2026-11-26', kind: 'published', summary: 'First published on this site.' },
];

describe('change histories', () => {
  test('an article was published on its oldest entry and updated on its newest', () => {
    expect(publishedOn(study)).toBe('2026-11-26');
    expect(updatedOn(study)).toBe('2026-12-02');
  });

  test('every change on the site, newest first, each with an id that a newer entry never changes', () => {
    const changes = siteChanges([
      { slug: 'study', title: 'The study', history: study },
      { slug: 'brief', title: 'The brief', history: brief },
    ]);
    expect(changes.map((c) => c.id)).toEqual([
      'study-2026-12-02-2',
      'study-2026-12-02-1',
      'study-2026-11-27-1',
      'brief-2026-11-27-1',
      'study-2026-11-26-1',
      'brief-2026-11-26-1',
    ]);
    const later = siteChanges([
      { slug: 'study', title: 'The study', history: [{ date: '2026-12-02', kind: 'updated', summary: 'Another change that day.' }, ...study] },
    ]);
    expect(later.map((c) => c.id).slice(1)).toEqual(['study-2026-12-02-2', 'study-2026-12-02-1', 'study-2026-11-27-1', 'study-2026-11-26-1']);
    expect(later[0]?.id).toBe('study-2026-12-02-3');
  });
});
