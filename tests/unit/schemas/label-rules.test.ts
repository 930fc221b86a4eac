import { describe, expect, test } from 'vitest';
import { labelProblem, labelsAllowed, labelsAllowedBy, type SourceProfile } from '../../../src/schemas/label-rules.ts';
import { SOURCE_KINDS } from '../../../src/schemas/reference.ts';
import type { Certainty } from '../../../src/schemas/labels.ts';
import { en } from '../../../src/lib/i18n/en.ts';

const read = (kind: SourceProfile['kind']): SourceProfile => ({ kind, read: 'abstract' });

describe('the label table', () => {
  test('what one source allows on its own, strongest first', () => {
    expect(labelsAllowedBy(read('review'))).toEqual(['established', 'human', 'consistent', 'animal', 'hypothesis']);
    expect(labelsAllowedBy(read('human-study'))).toEqual(['human', 'consistent', 'hypothesis']);
    expect(labelsAllowedBy(read('animal-study'))).toEqual(['animal', 'hypothesis']);
    for (const kind of ['press-release', 'news', 'secondary-report', 'grant-report', 'trial-registration', 'commentary'] as const) {
      expect(labelsAllowedBy(read(kind))).toEqual(['consistent', 'hypothesis']);
    }
  });

  test('a source nobody here read allows at most "Consistent with one human study", whatever its kind', () => {
    for (const kind of SOURCE_KINDS) {
      for (const level of ['record', 'reports'] as const) expect(labelsAllowedBy({ kind, read: level })).toEqual(['consistent', 'hypothesis']);
    }
  });

  test('"Established" needs a read review or two different read human studies', () => {
    expect(labelsAllowed([read('human-study')])).not.toContain('established');
    expect(labelsAllowed([read('human-study'), read('human-study')])).toContain('established');
    expect(labelsAllowed([read('human-study'), { kind: 'human-study', read: 'record' }])).not.toContain('established');
    expect(labelsAllowed([read('human-study'), read('press-release'), read('news')])).not.toContain('established');
    expect(labelsAllowed([read('review')])).toContain('established');
  });

  test('a refused label says what the citations allow and what to do, naming labels as the legend does', () => {
    const name = (level: Certainty) => en.labels.certainty[level].name;
    const cited = new Map([['ycu2026pr', { kind: 'press-release', read: 'full-text' } as SourceProfile]]);
    expect(labelProblem('human', cited, 'paragraph', name)).toBe(
      'the label "Supported in humans" is stronger than the citations in its paragraph allow: ycu2026pr (press release, read in full) allow at most "Consistent with one human study", "Hypothesis". Either use "Consistent with one human study" or "Hypothesis", or cite a source that supports it (the label table is on the About page, #label-rules).',
    );
    expect(labelProblem('consistent', cited, 'paragraph', name)).toBeUndefined();
    expect(labelProblem('hypothesis', new Map(), 'table row', name)).toBe(
      'the label "Hypothesis" has no citation in its table row. Cite the source it rests on in the same table row, or remove the label.',
    );
  });
});
