import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { formatReference, initials, referenceHref, referenceLinks, reportingSources, shortLabel, sourceLabel } from '../../../src/lib/references.ts';
import { referenceSchema, type Reference } from '../../../src/schemas/reference.ts';

const all = (JSON.parse(readFileSync('content/references/references.json', 'utf8')) as unknown[]).map((r) => referenceSchema.parse(r));
const ref = (id: string): Reference => {
  const found = all.find((r) => r.id === id);
  if (!found) throw new Error(`no reference ${id}`);
  return found;
};

describe('reference formatting', () => {
  test('initials follow Vancouver, keeping suffixes', () => {
    expect(initials('Robert M.')).toBe('RM');
    expect(initials('C. A., Jr.')).toBe('CA Jr');
    expect(initials('Ming-Rong')).toBe('MR');
  });

  test('a journal article with more than six authors lists six, then et al.', () => {
    expect(formatReference(ref('berman2000')).text).toBe(
      'Berman RM, Cappiello A, Anand A, Oren DA, Heninger GR, Charney DS, et al. Antidepressant effects of ketamine in depressed patients. Biological Psychiatry. 2000 Feb 15;47(4):351–354.',
    );
  });

  test('an incomplete author list says et al. even with three names', () => {
    expect(formatReference(ref('zarate2006')).authors).toBe('Zarate CA Jr, Singh JB, Carlson PJ, et al.');
  });

  test('the primary study shows only what is verified, with its supplied description in brackets', () => {
    const f = formatReference(ref('takahashi2026'));
    expect(f.titleSupplied).toBe(true);
    expect(f.text).toMatch(/^Takahashi T, et al\. \[AMPA-receptor PET imaging .* not been verified\]\. Molecular Psychiatry\. 2026 Mar 5\.$/);
    expect(referenceLinks(ref('takahashi2026'))).toEqual([]);
  });

  test('DOI and PubMed become links only where verified', () => {
    expect(referenceLinks(ref('li2010')).map((l) => l.href)).toEqual(['https://doi.org/10.1126/science.1190287', 'https://pubmed.ncbi.nlm.nih.gov/20724638/']);
    expect(referenceLinks(ref('berman2000')).map((l) => l.label)).toEqual(['DOI']);
  });

  test('non-article sources are labelled by kind', () => {
    expect(formatReference(ref('ycu2026pr')).kindLabel).toBe('Press release');
    expect(formatReference(ref('jrct-s031210124')).kindLabel).toBe('Trial registration');
    expect(sourceLabel(ref('jrct-s031210124'))).toBe('Trial registration jRCTs031210124');
    expect(formatReference(ref('fda2019esketamine')).kindLabel).toBe('Regulator notice');
    expect(formatReference(ref('li2010')).kindLabel).toBeUndefined();
  });

  test('on a Japanese page the labels are Japanese; the record itself keeps its own language', () => {
    const press = formatReference(ref('ycu2026pr'), 'ja');
    expect(press.kindLabel).toBe('プレスリリース');
    expect(press.text).toBe(formatReference(ref('ycu2026pr')).text);
    expect(sourceLabel(ref('jrct-s031210124'), 'ja')).toBe('臨床試験登録：jRCTs031210124');
    expect(referenceLinks(ref('ycu2026pr'), 'ja').map((l) => l.label)).toEqual(['ウェブページ']);
    expect(referenceLinks(ref('li2010'), 'ja').map((l) => l.label)).toEqual(['DOI', 'PubMed']);
    const byId = new Map(all.map((r) => [r.id, r]));
    expect(reportingSources(ref('takahashi2026'), byId, 'ja').map((s) => s.text)).toContain(
      'プレスリリース：Yokohama City University (via Digital PR Platform)',
    );
  });

  test("a reference not cited on the page is found on the references page of the page's language", () => {
    expect(referenceHref('li2010', false)).toBe('/references/#ref-li2010');
    expect(referenceHref('li2010', false, { locale: 'ja' })).toBe('/ja/references/#ref-li2010');
    expect(referenceHref('li2010', true, { locale: 'ja' })).toBe('#ref-li2010');
  });

  test('short labels for previews', () => {
    expect(shortLabel(ref('li2010'))).toBe('Li et al., 2010');
    expect(shortLabel(ref('krystal2020natmed'))).toBe('Krystal, 2020');
    expect(shortLabel(ref('carlson2013'))).toBe('Biological Psychiatry, 2013');
  });
});
