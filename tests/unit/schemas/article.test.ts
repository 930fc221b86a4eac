import { describe, expect, test } from 'vitest';
import { articleSchema } from '../../../src/schemas/article.ts';

const valid = {
  title: 'What the study found',
  description: 'A plain summary of a brain-imaging study of ketamine and AMPA receptors.',
  audience: 'everyone',
  topics: ['ketamine'],
  reviewed: new Date('2026-11-26'),
  nextReview: '2027-05-26',
  history: [{ date: '2026-11-26', kind: 'published', summary: 'First published on this site.' }],
  takeaways: [
    { id: 'takeaway-one', text: 'The first takeaway is a full sentence.' },
    { id: 'takeaway-two', text: 'The second takeaway is a full sentence.' },
    { id: 'takeaway-three', text: 'The third takeaway is a full sentence.' },
  ],
};

const messages = (input: unknown) => {
  const result = articleSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

describe('article frontmatter', () => {
  test('accepts a complete article and normalises dates to YYYY-MM-DD', () => {
    const data = articleSchema.parse(valid);
    expect(data.reviewed).toBe('2026-11-26');
    expect(data.nextReview).toBe('2027-05-26');
    expect(data.order).toBe(100);
  });

  test('names the field and the fix for a bad date', () => {
    expect(messages({ ...valid, reviewed: '26/11/2026' })).toEqual(['reviewed: reviewed must be a date written as YYYY-MM-DD, for example 2026-11-26']);
    expect(messages({ ...valid, reviewed: '2026-02-30' })).toEqual([
      'reviewed: reviewed is not a real calendar day; write it as YYYY-MM-DD, for example 2026-11-26',
    ]);
  });

  test('requires the next review to come after the last one', () => {
    expect(messages({ ...valid, nextReview: '2026-01-01' })).toEqual(['nextReview: nextReview must be later than reviewed']);
  });

  test('requires 3 to 5 takeaways with unique, kebab-case ids', () => {
    expect(messages({ ...valid, takeaways: valid.takeaways.slice(0, 2) })).toEqual(['takeaways: give at least 3 key takeaways']);
    const { takeaways: _omitted, ...withoutTakeaways } = valid;
    expect(messages(withoutTakeaways)).toEqual(['takeaways: takeaways is required: a list of 3 to 5 short sentences, each with an id']);
    const duplicated = [...valid.takeaways.slice(0, 2), { id: 'takeaway-one', text: 'A repeated id on a full sentence.' }];
    expect(messages({ ...valid, takeaways: duplicated })).toEqual(['takeaways: two takeaways share an id; each needs its own']);
    const badId = [{ id: 'Takeaway One', text: 'A takeaway with a bad id here.' }, ...valid.takeaways.slice(1)];
    expect(messages({ ...valid, takeaways: badId })).toEqual([
      'takeaways.0.id: takeaway id must be lowercase words joined by hyphens, like "what-the-study-found"',
    ]);
  });

  test('requires a one-sentence description and a known audience', () => {
    expect(messages({ ...valid, description: 'No full stop at the end of this description here' })).toEqual([
      'description: description must be one sentence ending in a full stop',
    ]);
    expect(messages({ ...valid, audience: 'doctors' })).toEqual(['audience: audience must be one of: patients, clinicians, everyone']);
  });

  test('keeps a dated history, newest first, that ends with the first publication', () => {
    const history = [
      {
        date: '2026-12-02',
        kind: 'corrected',
        summary: 'Corrected how the placebo was described.',
        section: 'who-took-part',
        checkedAgainst: ['ohtani2024'],
        sourceNote: 'None of the sources says what the placebo was.',
      },
      { date: '2026-11-27', summary: 'Added what the trial registry says about the age range.' },
      { date: new Date('2026-11-26'), kind: 'published', summary: 'First published on this site.' },
    ];
    const data = articleSchema.parse({ ...valid, history });
    expect(data.history.map((entry) => [entry.date, entry.kind])).toEqual([
      ['2026-12-02', 'corrected'],
      ['2026-11-27', 'updated'],
      ['2026-11-26', 'published'],
    ]);
  });

  test('names the entry and the fix for a history out of order, in the future, unpublished or without a summary', () => {
    const published = { date: '2026-11-26', kind: 'published', summary: 'First published on this site.' };
    expect(messages({ ...valid, history: [{ date: '2026-11-20', summary: 'An update dated before publication.' }, published] })).toEqual([
      'history.1.date: history must be newest first, but 2026-11-26 comes after the newer entry 2026-11-20; move it down',
    ]);
    expect(messages({ ...valid, history: [{ date: '2999-01-01', summary: 'An update from the far future.' }, published] })).toEqual([
      'history.0.date: history date 2999-01-01 is in the future; date an entry on the day its change is published',
    ]);
    expect(messages({ ...valid, history: [{ date: '2026-11-26', summary: 'The only entry is not the publication.' }] })).toEqual([
      'history.0.kind: the last (oldest) history entry must be the first publication: set kind: published',
    ]);
    expect(messages({ ...valid, history: [published, published] })).toEqual([
      'history.0.kind: only the last (oldest) history entry can be kind: published; use updated or corrected for later changes',
    ]);
    expect(messages({ ...valid, history: [{ date: '2026-11-26', kind: 'published' }] })).toEqual([
      'history.0.summary: every history entry needs a summary: one plain sentence saying what changed',
    ]);
    expect(messages({ ...valid, history: [] })).toEqual(['history: history needs at least one entry: the day the article was published (kind: published)']);
    expect(messages({ ...valid, history: [{ date: '2026-11-27', kind: 'corrected', summary: 'Corrected the age limit of the trial.' }, published] })).toEqual([
      'history.0.checkedAgainst: a correction must name its basis: add checkedAgainst: [reference keys] (the sources that show the fix is right, or, for a removed claim, the sources checked that do not say it)',
    ]);
    expect(
      messages({ ...valid, history: [{ date: '2026-11-27', summary: 'Added a sentence about the trial.', sourceNote: 'What the registry says.' }, published] }),
    ).toEqual(['history.0.sourceNote: sourceNote says what the sources in checkedAgainst say; add checkedAgainst too']);
    expect(
      messages({
        ...valid,
        history: [
          {
            date: '2026-11-27',
            kind: 'corrected',
            summary: 'Corrected the age limit of the trial.',
            checkedAgainst: ['jrct-s031210124'],
            sourceNote: { quote: '登録時、20歳以上60歳未満の男女', lang: 'Japanese', meaning: 'Aged 20 or over and under 60 at registration.' },
          },
          published,
        ],
      }),
    ).toEqual(['history.0.sourceNote.lang: sourceNote.lang must be a BCP 47 tag such as "ja"']);
    const { history: _omitted, ...withoutHistory } = valid;
    expect(messages(withoutHistory)).toEqual([
      'history: history is required: a list of dated changes, newest first, ending with the day the article was published',
    ]);
  });
});
