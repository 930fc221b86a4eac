import { describe, expect, test } from 'vitest';
import { studyCardSchema } from '../../../src/schemas/study-fact.ts';

const messages = (input: unknown) => studyCardSchema.safeParse(input).error?.issues.map((i) => i.message);
const summary = { text: 'A brain-imaging study of AMPA receptors in 34 people, described in one sentence.', sources: ['newsmedical2026'] };

describe('study card', () => {
  test('a card with a record field and a worded fact is valid', () => {
    const card = {
      id: 'takahashi2026',
      summary,
      facts: [
        { id: 'journal', label: 'Journal', field: 'journal', sources: ['ycu2026pr'] },
        { id: 'participants', label: 'Participants', value: '34 people', sources: ['newsmedical2026'] },
      ],
    };
    expect(studyCardSchema.parse(card)).toEqual(card);
  });

  test('a fact needs a source, and either a value or a record field', () => {
    expect(messages({ id: 'takahashi2026', summary, facts: [{ id: 'participants', label: 'Participants', value: '34 people' }] })).toEqual([
      'sources is required: the reference keys that report this fact',
    ]);
    expect(messages({ id: 'takahashi2026', summary, facts: [{ id: 'journal', label: 'Journal', sources: ['ycu2026pr'] }] })).toEqual([
      'give either value (the fact in words) or field (journal or published, read from the reference record), not both',
    ]);
    expect(
      messages({ id: 'takahashi2026', summary, facts: [{ id: 'journal', label: 'Journal', field: 'journal', value: 'Nature', sources: ['ycu2026pr'] }] }),
    ).toEqual(['give either value (the fact in words) or field (journal or published, read from the reference record), not both']);
  });

  test('refuses an empty source list, an unknown field and two facts with one id', () => {
    const fact = { id: 'tracer', label: 'PET tracer', value: '[11C]K-2', sources: ['newsmedical2026'] };
    expect(messages({ id: 'takahashi2026', summary, facts: [{ ...fact, sources: [] }] })).toEqual([
      'every fact needs at least one source: the reference keys that report it',
    ]);
    expect(messages({ id: 'takahashi2026', summary, facts: [{ ...fact, value: undefined, field: 'dose' }] })).toContain(
      'field must be one of: journal, published',
    );
    expect(messages({ id: 'takahashi2026', summary, facts: [fact, fact] })).toEqual(['two facts share an id; each needs its own']);
  });

  test('the one-line summary is one sentence, with the references that report it', () => {
    const facts = [{ id: 'tracer', label: 'PET tracer', value: '[11C]K-2', sources: ['newsmedical2026'] }];
    expect(messages({ id: 'takahashi2026', facts })).toEqual([
      'summary is required: the study in one sentence (text) and the references that report it (sources)',
    ]);
    expect(messages({ id: 'takahashi2026', summary: { text: 'Too short.', sources: [] }, facts })).toEqual([
      'summary.text should be one full sentence',
      'summary.sources: the reference keys that report what the sentence says',
    ]);
  });
});
