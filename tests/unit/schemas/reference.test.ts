import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { referenceSchema } from '../../../src/schemas/reference.ts';

const records = JSON.parse(readFileSync('content/references/references.json', 'utf8')) as Array<Record<string, unknown>>;
const base = {
  id: 'example2020',
  type: 'article-journal',
  title: 'An example',
  note: 'verified at an example source for this test',
  custom: { kind: 'human-study', read: 'abstract' },
};
const messages = (input: unknown) => {
  const result = referenceSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

describe('reference records', () => {
  test.each(records.map((r) => [r['id'], r] as const))('%s is valid', (_id, record) => {
    expect(messages(record)).toEqual([]);
  });

  test('the bibliography has unique ids and exactly one primary study', () => {
    const ids = records.map((r) => r['id']);
    expect(new Set(ids).size).toBe(ids.length);
    expect(records.filter((r) => (r['custom'] as { primary?: boolean } | undefined)?.primary)).toHaveLength(1);
  });

  test('the primary study has no unverified title, DOI or PMID, and names its sources', () => {
    const primary = records.find((r) => (r['custom'] as { primary?: boolean } | undefined)?.primary) as Record<string, unknown>;
    expect(primary['title']).toBeUndefined();
    expect(primary['DOI']).toBeUndefined();
    expect(primary['PMID']).toBeUndefined();
    const sources = (primary['custom'] as { sources: string[] }).sources;
    for (const key of sources) expect(records.find((r) => r['id'] === key)?.['URL']).toMatch(/^https:\/\//);
  });

  test('a key keeps its capitals; it is letters, digits and single hyphens, at least two characters, from a letter', () => {
    const withId = (id: string) => messages({ ...base, id, DOI: '10.1000/x' });
    for (const id of ['ZetaReview2004', 'miyazaki2020', 'jrct-s031210124', 'Ab']) expect(withId(id)).toEqual([]);
    const message = 'id: reference id must be letters, digits and single hyphens, starting with a letter, e.g. "miyazaki2020"';
    // `--` is how rehype-citation joins a citation's keys; one letter is a key rehype-citation does not read.
    for (const id of ['a--b', 'A', '1abc', 'abc-', 'ab_c', 'ab c']) expect(withId(id)).toEqual([message]);
  });

  test('refuses a record with no DOI, PMID, URL or sources', () => {
    expect(messages(base)).toEqual(['DOI: a reference needs a DOI, a PMID, a URL, or custom.sources naming references that report it']);
  });

  test('refuses a DOI written as a URL, a non-numeric PMID and a missing note', () => {
    expect(messages({ ...base, DOI: 'https://doi.org/10.1/x' })).toContain('DOI: DOI must look like 10.1234/abc (no https://doi.org/ prefix)');
    expect(messages({ ...base, PMID: 'PMID123' })).toContain('PMID: PMID must be digits only');
    const { note: _note, ...noNote } = { ...base, DOI: '10.1000/x' };
    expect(messages(noNote)).toEqual(['note: note is required: say where this record was verified']);
  });

  test('a supplied title is only for records without a verified title', () => {
    expect(messages({ ...base, DOI: '10.1000/x', custom: { ...base.custom, suppliedTitle: 'A description we wrote' } })).toEqual([
      'custom.suppliedTitle: custom.suppliedTitle is only for records whose title is not verified; remove it now that title is set',
    ]);
  });

  test('every record says what kind of source it is and how much of it was read; article kinds are for journal articles', () => {
    expect(messages({ ...base, DOI: '10.1000/x', custom: {} })).toEqual([
      'custom.kind: custom.kind is required: what kind of source this is, one of review, human-study, animal-study, commentary, methods, press-release, news, trial-registration, investigator-page, regulator-notice, grant-report, secondary-report (say why in note if it is not obvious)',
      'custom.read: custom.read is required: how much of this source was read, one of full-text, abstract, record, reports (record and reports count as unread)',
    ]);
    expect(messages({ ...base, type: 'webpage', URL: 'https://example.org/' })).toEqual([
      'custom.kind: custom.kind review, human-study, animal-study, commentary, methods is for journal articles; a web page or report is one of press-release, news, trial-registration, investigator-page, regulator-notice, grant-report, secondary-report',
    ]);
    expect(messages({ ...base, DOI: '10.1000/x', custom: { kind: 'human-study', read: 'unread' } })[0]).toMatch(/^custom\.read: custom\.read is required/);
    expect(messages({ ...base, DOI: '10.1000/x', custom: { kind: 'human-study', read: 'abstract', unread: true } })[0]).toMatch(/Unrecognized key/);
  });

  test('unknown fields are refused rather than silently kept', () => {
    expect(messages({ ...base, DOI: '10.1000/x', doi: '10.1000/x' })[0]).toMatch(/Unrecognized key/);
  });
});
