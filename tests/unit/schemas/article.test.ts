import { describe, expect, test } from 'vitest';
import { articleSchema } from '../../../src/schemas/article.ts';

const valid = {
  title: 'What the study found',
  description: 'A plain summary of a brain-imaging study of ketamine and AMPA receptors.',
  audience: 'everyone',
  topics: ['ketamine'],
  reviewed: new Date('2026-11-26'),
  nextReview: '2027-05-26',
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
});
