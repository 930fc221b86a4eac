import { describe, expect, test } from 'vitest';
import { changeBasis, changeHtml, changeLabel, publishedOn, siteChanges, updatedOn } from '../../../src/lib/history.ts';
import type { Reference } from '../../../src/schemas/reference.ts';
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

describe('what a correction was checked against', () => {
  const reference = (id: string, custom: Reference['custom'], extra: Partial<Reference> = {}): Reference => ({
    id,
    type: 'webpage',
    title: `Title of ${id}`,
    URL: `https://example.org/${id}`,
    note: 'test record, not a real reference',
    custom,
    ...extra,
  });
  const references = new Map<string, Reference>([
    ['registry', reference('registry', { kind: 'trial-registration', read: 'full-text' }, { publisher: 'A registry', number: 'jRCT0001' })],
    [
      'paper2020',
      reference(
        'paper2020',
        { kind: 'human-study', read: 'abstract' },
        { type: 'article-journal', author: [{ family: 'Paper', given: 'P' }], issued: { 'date-parts': [[2020]] } },
      ),
    ],
  ]);
  const correction: Change = {
    date: '2026-12-06',
    kind: 'corrected',
    summary: 'Corrected the age limit <again>.',
    checkedAgainst: ['registry', 'paper2020'],
    sourceNote: { quote: '20歳以上60歳未満', lang: 'ja', meaning: 'Aged 20 or over and under 60 & registered.' },
  };

  test('links each reference to its entry on the references page, named with its kind when it is not an article', () => {
    expect(changeBasis(correction, references)?.links.map(({ label, href }) => [label, href])).toEqual([
      ['Trial registration jRCT0001', '/references/#ref-registry'],
      ['Paper, 2020', '/references/#ref-paper2020'],
    ]);
    expect(changeBasis({ date: '2026-12-06', kind: 'updated', summary: 'Added a section.' }, references)).toBeUndefined();
  });

  test('the feed item HTML carries the summary, full links and the quote marked with its language', () => {
    const html = changeHtml(correction, changeBasis(correction, references), (path) => `https://example.org${path}`);
    expect(html).toBe(
      '<p>Corrected the age limit &lt;again&gt;.</p><p>Checked against: <a href="https://example.org/references/#ref-registry">Trial registration jRCT0001</a>; ' +
        '<a href="https://example.org/references/#ref-paper2020">Paper, 2020</a>. <q lang="ja">20歳以上60歳未満</q> (Aged 20 or over and under 60 &amp; registered.)</p>',
    );
  });

  test('on a Japanese page the kind, the lead-in and the brackets are Japanese, and the links lead to the Japanese references page', () => {
    const basis = changeBasis(correction, references, 'ja');
    expect(basis?.links.map(({ label, href }) => [label, href])).toEqual([
      ['臨床試験登録：jRCT0001', '/ja/references/#ref-registry'],
      ['Paper, 2020', '/ja/references/#ref-paper2020'],
    ]);
    expect(changeLabel('corrected', 'ja')).toBe('訂正');
    expect(changeLabel('corrected')).toBe('Correction');
    expect(changeHtml(correction, basis, (path) => `https://example.org${path}`, 'ja')).toBe(
      '<p>Corrected the age limit &lt;again&gt;.</p><p>照合した資料：<a href="https://example.org/ja/references/#ref-registry">臨床試験登録：jRCT0001</a>; ' +
        '<a href="https://example.org/ja/references/#ref-paper2020">Paper, 2020</a>。<q lang="ja">20歳以上60歳未満</q>（Aged 20 or over and under 60 &amp; registered.）</p>',
    );
  });
});
