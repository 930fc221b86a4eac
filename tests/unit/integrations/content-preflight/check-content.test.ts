import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { checkContent } from '../../../../src/integrations/content-preflight/check-content.ts';
import { contentPaths } from '../../../../src/config/content-paths.ts';
import { formatProblems } from '../../../../src/lib/problems.ts';
import { locateJson, locateYaml } from '../../../../src/config/source-positions.ts';

let root: string;
const paths = () => contentPaths(root);
/** Problems as `name:line  field: message`, with the temporary folder left out. */
const report = async () =>
  formatProblems(await checkContent(paths()))
    .replaceAll(`${root}/`, '')
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), 'preflight-'));
  cpSync('tests/fixtures/sites/base', root, { recursive: true });
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

/** Replaces the fixture's figures with a timeline of these event lines (YAML, indented as list items). */
const writeTimeline = (events: readonly string[]) =>
  writeFileSync(
    path.join(root, 'figures', 'figures.yaml'),
    [
      '- id: timeline',
      '  title: A sample timeline for the checks',
      '  alt: A line of years with a point for each study, drawn only to test the checks.',
      '  caption: A caption for the checks.',
      '  description: A description of the sample timeline, long enough to stand for a real one.',
      '  events:',
      ...events,
      '',
    ].join('\n'),
  );

describe('source positions', () => {
  test('YAML: the line of a nested field, of a list item, and of the parent when the field is missing', () => {
    const source = locateYaml('title: T\ntakeaways:\n  - id: a\n    text: first\n  - id: b\n', { lineOffset: 1 });
    expect(source.lineOf(['title'])).toBe(2);
    expect(source.lineOf(['takeaways', 1])).toBe(6);
    expect(source.lineOf(['takeaways', 0, 'text'])).toBe(5);
    expect(source.lineOf(['takeaways', 1, 'text'])).toBe(6);
    expect(source.lineOf(['description'])).toBe(2);
  });

  test('YAML 1.1, as Astro reads it: an unquoted day is a date', () => {
    expect(locateYaml('reviewed: 2026-11-26').value).toEqual({ reviewed: new Date('2026-11-26T00:00:00Z') });
  });

  test('JSON: the line of a field inside the n-th record, and the line of a syntax error', () => {
    const source = locateJson('[\n  {"id": "a"},\n  {\n    "id": "b",\n    "DOI": "x"\n  }\n]');
    expect(source.lineOf([1, 'DOI'])).toBe(5);
    expect(source.lineOf([1, 'PMID'])).toBe(3);
    const broken = locateJson('[\n  {"id": "a"},\n  {"id": "b",}\n]');
    expect(broken.value).toBeUndefined();
    expect(broken.errors[0]?.line).toBe(3);
  });
});

describe('content preflight', () => {
  test('the clean fixture site has no problems', async () => {
    expect(await checkContent(paths())).toEqual([]);
  });

  test('reports every problem in every file at once, each with its line', async () => {
    writeFileSync(
      path.join(root, 'articles', 'Bad Name.mdx'),
      '---\ntitle: A title that is fine\ndescription: Too short\naudience: kids\ntopics: [ketamine]\nreviewed: 2026-11-26\nnextReview: 2027-01-01\nhistory:\n  - date: 2026-11-26\n    summary: First published on this site.\ntakeaways:\n  - id: Not-Kebab\n    text: A full sentence that is long enough.\n  - id: b\n    text: short\n---\n',
    );
    writeFileSync(
      path.join(root, 'glossary', 'terms.yaml'),
      '- id: a\n  term: A term\n  definition: A definition long enough to pass.\n- id: a\n  term: Another\n  definition: Another definition long enough.\n',
    );
    expect(await report()).toEqual([
      'articles/Bad Name.mdx:1  the file name becomes the page URL, so it must be lowercase words joined by hyphens (e.g. what-the-study-found.mdx).',
      'articles/Bad Name.mdx:3  description: description should be one full sentence (at least 40 characters)',
      'articles/Bad Name.mdx:3  description: description must be one sentence ending in a full stop',
      'articles/Bad Name.mdx:4  audience: audience must be one of: patients, clinicians, everyone',
      'articles/Bad Name.mdx:9  history[0].kind: the last (oldest) history entry must be the first publication: set kind: published',
      'articles/Bad Name.mdx:11  takeaways: give at least 3 key takeaways',
      'articles/Bad Name.mdx:12  takeaways[0].id: takeaway id must be lowercase words joined by hyphens, like "what-the-study-found"',
      'articles/Bad Name.mdx:15  takeaways[1].text: a takeaway should be a full sentence (at least 20 characters)',
      'glossary/terms.yaml:4  a.id: "a" is already the id of the glossary term on line 1; every id must be unique.',
    ]);
  });

  test('an article without frontmatter, YAML that cannot be read, and a reference naming an unknown source', async () => {
    writeFileSync(path.join(root, 'articles', 'no-frontmatter.mdx'), '## Just a heading\n');
    writeFileSync(path.join(root, 'articles', 'sample.mdx'), '---\ntitle: [unclosed\n---\n');
    writeFileSync(
      path.join(root, 'references', 'references.json'),
      '[\n  { "id": "a2000", "type": "article-journal", "title": "A study", "note": "test fixture record, not a real one",\n    "custom": { "kind": "review", "read": "abstract", "sources": ["nowhere"] } }\n]',
    );
    const lines = await report();
    expect(lines[0]).toBe(
      'articles/no-frontmatter.mdx:1  the article must start with frontmatter between two "---" lines (title, description, reviewed, takeaways, …).',
    );
    expect(lines[1]).toMatch(/^articles\/sample\.mdx:\d+ {2}is not valid YAML: /);
    // With the bibliography down to one record, the keys the study card and the figure name are gone too.
    expect(lines.slice(2)).toEqual([
      'references/references.json:1  exactly one reference must be the study this site explains ("custom": { "primary": true }); found 0.',
      'references/references.json:3  a2000.custom.sources[0]: "nowhere" is not the id of any reference; name a record in this file that reports this one.',
      'references/primary-study.yaml:5  alpha2000.summary.sources[0]: "delta-report" is not the id of any reference in references.json; fix the key or add the reference.',
      'references/primary-study.yaml:10  alpha2000.facts[0].sources[0]: "alpha2000" is not the id of any reference in references.json; fix the key or add the reference.',
      'references/primary-study.yaml:14  alpha2000.facts[1].sources[0]: "delta-report" is not the id of any reference in references.json; fix the key or add the reference.',
      'figures/figures.yaml:16  pet-scan.sources[0]: "alpha2000" is not the id of any reference in references.json; fix the key or add the reference.',
    ]);
  });

  test('a timeline point needs a dated reference, and a reporting source needs an address of its own', async () => {
    const file = path.join(root, 'references', 'references.json');
    const records = JSON.parse(readFileSync(file, 'utf8')) as Array<Record<string, unknown>>;
    records.push(
      {
        id: 'undated',
        type: 'webpage',
        title: 'An undated page',
        URL: 'https://example.org/undated',
        custom: { kind: 'news', read: 'full-text' },
        note: 'test fixture record, not a real one',
      },
      {
        id: 'no-address',
        type: 'article-journal',
        title: 'A paper known only from a report',
        custom: { kind: 'human-study', read: 'reports', sources: ['reported'] },
        note: 'test fixture record, not a real one',
      },
      {
        id: 'reported',
        type: 'article-journal',
        title: 'A report with no address',
        custom: { kind: 'news', read: 'full-text', sources: ['delta-report'] },
        note: 'test fixture record, not a real one',
      },
    );
    writeFileSync(file, JSON.stringify(records, null, 2));
    writeTimeline([
      '    - ref: alpha2000',
      '      text: The first point on the line.',
      '    - ref: undated',
      '      text: A point whose reference has no year.',
    ]);
    expect(await report()).toEqual([
      'references/references.json:116  no-address.custom.sources[0]: "reported" has no DOI, PMID or URL, so readers could not follow it; give it one, or name a source that has one.',
      'figures/figures.yaml:9  timeline.events[1].ref: "undated" has no verified year in references.json, so it cannot be placed on the timeline.',
    ]);
  });

  test('a history entry must point at a place on its own page', async () => {
    const file = path.join(root, 'articles', 'sample.mdx');
    const text = readFileSync(file, 'utf8').replace(
      'history:\n',
      'history:\n  - date: 2026-11-27\n    kind: corrected\n    summary: Corrected a sentence in the first section.\n    section: a-sektion\n    checkedAgainst: [beta2001]\n  - date: 2026-11-27\n    summary: Added a takeaway about the build.\n    section: takeaway-first\n',
    );
    writeFileSync(file, text);
    expect(await report()).toEqual([
      'articles/sample.mdx:12  history[0].section: "a-sektion" is not a place on this page. Did you mean "a-section"? Use a section heading\'s {#id}, a takeaway id or a <Claim id>.',
    ]);
  });

  test('a correction names its basis: checkedAgainst is required, its keys must exist, and one must be a source we read', async () => {
    const file = path.join(root, 'articles', 'sample.mdx');
    const records = path.join(root, 'references', 'references.json');
    writeFileSync(
      records,
      readFileSync(records, 'utf8').replace(
        '"PMID": "1000001", "custom": { "kind": "human-study", "read": "abstract" }',
        '"PMID": "1000001", "custom": { "kind": "human-study", "read": "record" }',
      ),
    );
    const entries = [
      '  - date: 2026-11-28',
      '    kind: corrected',
      '    summary: Corrected a sentence without saying what it was checked against.',
      '  - date: 2026-11-28',
      '    kind: corrected',
      '    summary: Corrected a sentence against a misspelt reference.',
      '    checkedAgainst: [alpha2000, gama2002]',
      '  - date: 2026-11-27',
      '    kind: corrected',
      '    summary: Corrected a sentence against a paper nobody here could read.',
      '    checkedAgainst: [beta2001]',
      '  - date: 2026-11-27',
      '    kind: corrected',
      '    summary: Corrected a sentence, with a quote from the source.',
      '    checkedAgainst: [beta2001, alpha2000]',
      '    sourceNote:',
      '      quote: 登録時、20歳以上60歳未満の男女',
      '      lang: ja',
      '      meaning: Aged 20 or over and under 60 at registration.',
    ];
    writeFileSync(file, readFileSync(file, 'utf8').replace('history:\n', `history:\n${entries.join('\n')}\n`));
    expect(await report()).toEqual([
      'articles/sample.mdx:9  history[0].checkedAgainst: a correction must name its basis: add checkedAgainst: [reference keys] (the sources that show the fix is right, or, for a removed claim, the sources checked that do not say it)',
    ]);
    // Once every entry parses, the keys are checked against the bibliography.
    writeFileSync(
      file,
      readFileSync(file, 'utf8').replace('without saying what it was checked against.', 'against a review.\n    checkedAgainst: [gamma2002]'),
    );
    expect(await report()).toEqual([
      'articles/sample.mdx:16  history[1].checkedAgainst[1]: "gama2002" is not the id of any reference in references.json. Did you mean "gamma2002"? Name the record the correction was checked against, or add it.',
      'articles/sample.mdx:20  history[2].checkedAgainst: names only works we could not read (beta2001: custom.read is record or reports). Name the source the correction was actually checked against.',
    ]);
  });

  test('a work we could not read is never the only source in a data file: the study card, a timeline point, a glossary term', async () => {
    const records = path.join(root, 'references', 'references.json');
    writeFileSync(
      records,
      readFileSync(records, 'utf8')
        .replace(
          '"kind": "human-study", "read": "abstract", "primary": true',
          '"kind": "human-study", "read": "reports", "primary": true, "sources": ["delta-report"]',
        )
        .replace(
          '"custom": { "kind": "human-study", "read": "abstract" }, "note": "test fixture record, not a real reference" },\n  { "id": "gamma2002"',
          '"custom": { "kind": "human-study", "read": "record" }, "note": "test fixture record, not a real reference" },\n  { "id": "gamma2002"',
        ),
    );
    writeTimeline([
      '    - ref: alpha2000',
      '      text: The unread study on its own.',
      '    - ref: alpha2000',
      '      sources: [delta-report]',
      '      text: The unread study with the notice that reports it.',
    ]);
    const glossary = path.join(root, 'glossary', 'terms.yaml');
    writeFileSync(glossary, `${readFileSync(glossary, 'utf8')}  sources: [beta2001]\n`);
    expect(await report()).toEqual([
      'glossary/terms.yaml:4  synapse.sources: cites only works we could not read (beta2001: custom.read is record or reports). Add the source that reports this, e.g. sources: [beta2001, a-source-you-read].',
      'references/primary-study.yaml:10  alpha2000.facts[0].sources: cites only works we could not read (alpha2000: custom.read is record or reports). Add the source that reports this (delta-report reports it), e.g. sources: [alpha2000, delta-report].',
      'figures/figures.yaml:7  timeline.events[0].ref: cites only works we could not read (alpha2000: custom.read is record or reports). Add the source that reports this (delta-report reports it), e.g. sources: [delta-report].',
    ]);
  });

  test("a figure note's certainty label may be no stronger than the note's sources allow", async () => {
    writeFileSync(
      path.join(root, 'figures', 'figures.yaml'),
      [
        '- id: synapse',
        '  title: A sample synapse for the checks',
        '  alt: A synapse with numbered notes, drawn only to test the checks of its labels.',
        '  caption: A caption for the checks.',
        '  description: A description of the sample synapse, long enough to stand for a real one.',
        '  notes:',
        '    - part: glutamate',
        '      text: A review says the sending cell releases glutamate.',
        '      level: established',
        '      sources: [gamma2002]',
        '    - part: ampa',
        '      text: A notice says AMPA receptors pass the signal on.',
        '      level: human',
        '      sources: [delta-report]',
        '    - part: ketamine',
        '      text: A statement with a label and no source at all.',
        '      level: hypothesis',
        '',
      ].join('\n'),
    );
    expect(await report()).toEqual([
      'figures/figures.yaml:13  synapse.notes[1].level: the label "Supported in humans" is stronger than the citations in its note allow: delta-report (regulator notice, read in full) allow at most "Consistent with one human study", "Hypothesis". Either use "Consistent with one human study" or "Hypothesis", or cite a source that supports it (the label table is on the About page, #label-rules).',
      'figures/figures.yaml:17  synapse.notes[2].level: the label "Hypothesis" has no citation in its note. Cite the source it rests on in the same note, or remove the label.',
    ]);
  });

  test('every reference says what kind of source it is and how much of it was read', async () => {
    const records = path.join(root, 'references', 'references.json');
    writeFileSync(records, readFileSync(records, 'utf8').replace('"custom": { "kind": "human-study", "read": "abstract" }, ', ''));
    expect(await report()).toEqual([
      'references/references.json:3  beta2001.custom: custom is required: every reference says what kind of source it is and how much of it was read, as "custom": { "kind": …, "read": … }',
    ]);
  });
});
