import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { citationText, exportReferences, pageReference, toBibTeX, toCslJson, toRIS } from '../../../src/lib/citation-exports.ts';
import { referenceSchema, type Reference } from '../../../src/schemas/reference.ts';
import { parseBibTeX, parseRIS, type CslItem } from '../../support/parse-citations.ts';

const all = (JSON.parse(readFileSync('content/references/references.json', 'utf8')) as unknown[]).map((r) => referenceSchema.parse(r));
const ref = (id: string): Reference => {
  const found = all.find((r) => r.id === id);
  if (!found) throw new Error(`no reference ${id}`);
  return found;
};
const page = pageReference({
  slug: 'what-the-study-found',
  title: 'What the ketamine AMPA-receptor PET study found',
  reviewed: '2026-11-26',
  url: 'https://example.org/articles/what-the-study-found/',
});

/** The fields a reader's reference manager must get right, from a parsed record. */
function essentials(item: CslItem) {
  return {
    title: item['title'],
    DOI: item['DOI'],
    URL: item['URL'],
    year: (item['issued'] as { 'date-parts': number[][] } | undefined)?.['date-parts'][0]?.[0],
  };
}

describe('BibTeX and RIS exports parse back to the same record (citation-js)', () => {
  test.each(all.map((r) => r.id))('%s', (id) => {
    const reference = ref(id);
    const expected = {
      title: reference.title ?? `[${reference.custom?.suppliedTitle}]`,
      DOI: reference.DOI,
      URL: reference.URL,
      year: reference.issued?.['date-parts'][0][0],
    };
    const [fromBib, ...moreBib] = parseBibTeX(toBibTeX(reference));
    const [fromRis, ...moreRis] = parseRIS(toRIS(reference));
    expect(moreBib).toEqual([]);
    expect(moreRis).toEqual([]);
    expect(essentials(fromBib as CslItem)).toEqual(expected);
    expect(essentials(fromRis as CslItem)).toEqual(expected);
    expect(fromBib?.['PMID']).toBe(reference.PMID);
    const families = (reference.author ?? []).map((a) => a.family ?? a.literal);
    expect(fromRis?.author?.map((a) => a['family'] ?? a['literal'])).toEqual(families.length ? families : undefined);
  });

  test('a whole bibliography parses as one file with every record', () => {
    expect(parseBibTeX(exportReferences(all, 'bib')).map((r) => r['id'])).toEqual(all.map((r) => r.id));
    expect(parseRIS(exportReferences(all, 'ris'))).toHaveLength(all.length);
  });

  test('TeX specials are escaped and capitals protected, so styles keep "AMPA" and "&"', () => {
    const bib = toBibTeX({ ...ref('miyazaki2020'), title: 'AMPA & NMDA at 50% in mTOR_2 {x}' });
    expect(bib).toMatch(/title\s+= \{\{AMPA\} \\& \{NMDA\} at 50\\% in \{mTOR\\_2\} \\\{x\\\}\},\n/);
    expect(parseBibTeX(bib)[0]?.['title']).toBe('AMPA & NMDA at 50% in mTOR_2 {x}');
  });

  test('an incomplete author list ends in "others", and the export says what is missing', () => {
    const bib = toBibTeX(ref('takahashi2026'));
    expect(bib).toMatch(/author\s+= \{Takahashi, Takuya and others\}/);
    expect(bib).toMatch(/note\s+= \{title not verified \(description in brackets supplied by the citing site\); author list incomplete\.\}/);
    expect(toRIS(ref('takahashi2026'))).toContain('N1  - title not verified');
    expect(toCslJson(ref('takahashi2026'))['note']).toMatch(/^title not verified/);
  });

  test('non-articles get their own types', () => {
    expect(toBibTeX(ref('ycu2026pr'))).toMatch(/^@misc\{ycu2026pr,/);
    expect(toRIS(ref('ycu2026pr'))).toMatch(/^TY {2}- ELEC\r\n/);
    expect(toRIS(ref('newsmedical2026'))).toMatch(/^TY {2}- NEWS\r\n/);
    expect(toRIS(ref('jrct-s031210124'))).toContain('M1  - jRCTs031210124');
    expect(parseRIS(toRIS(ref('ycu2026pr')))[0]?.['language']).toBe('ja');
  });
});

describe("an article's own citation", () => {
  test('names the site as author, never a person, and points at the canonical URL', () => {
    const [bib] = parseBibTeX(toBibTeX(page));
    // A braced BibTeX name is one unsplittable name; citation-js reports it as a family name.
    expect(bib?.author).toEqual([{ family: 'Ketamine & AMPA receptors: an evidence explainer' }]);
    expect(bib?.['URL']).toBe('https://example.org/articles/what-the-study-found/');
    expect(bib?.['issued']).toEqual({ 'date-parts': [[2026, 11, 26]] });
    const [ris] = parseRIS(toRIS(page));
    expect(ris?.author).toEqual([{ literal: 'Ketamine & AMPA receptors: an evidence explainer' }]);
  });

  test('CSL-JSON is plain CSL: no site bookkeeping', () => {
    const csl = JSON.parse(exportReferences([page], 'json')) as Array<Record<string, unknown>>;
    expect(csl[0]).toEqual({
      id: 'what-the-study-found',
      type: 'webpage',
      title: 'What the ketamine AMPA-receptor PET study found',
      author: [{ literal: 'Ketamine & AMPA receptors: an evidence explainer' }],
      issued: { 'date-parts': [[2026, 11, 26]] },
      URL: 'https://example.org/articles/what-the-study-found/',
    });
    expect(toCslJson(ref('zarate2006'))).not.toHaveProperty('custom');
  });

  test('the text form ends with the address (or the DOI for articles)', () => {
    expect(citationText(page)).toBe(
      'Ketamine & AMPA receptors: an evidence explainer. What the ketamine AMPA-receptor PET study found. 2026 Nov 26. Available from: https://example.org/articles/what-the-study-found/',
    );
    expect(citationText(ref('li2010'))).toMatch(/Science\. 2010 Aug 20;329\(5994\):959–964\. doi:10\.1126\/science\.1190287$/);
  });
});
