import { describe, expect, test } from 'vitest';
import { expandQuery, suggestTerms, synonymGroups } from '../../../../src/lib/search/synonyms.ts';

// A glossary shaped like content/glossary/terms.yaml, with the names readers search for.
const groups = synonymGroups([
  { id: 'treatment-resistant-depression', term: 'Treatment-resistant depression', abbreviations: ['TRD'], aliases: [] },
  { id: 'ampa-receptor', term: 'AMPA receptor', abbreviations: ['AMPAR'], aliases: ['AMPA-type glutamate receptor'] },
  { id: 'nmda-receptor', term: 'NMDA receptor', abbreviations: ['NMDAR'], aliases: [] },
  { id: 'pet', term: 'Positron emission tomography', abbreviations: ['PET'], aliases: ['PET scan'] },
  { id: 'k-2', term: '[11C]K-2', abbreviations: [], aliases: ['K-2'] },
  { id: 'glutamate', term: 'Glutamate', abbreviations: [], aliases: [] },
  { id: 'synapse', term: 'Synapse', abbreviations: [], aliases: [] },
]);

describe('synonym groups from the glossary', () => {
  test('hold the term, its abbreviations and aliases, each once', () => {
    expect(groups.find((g) => g.id === 'ampa-receptor')?.forms).toEqual(['AMPA receptor', 'AMPAR', 'AMPA-type glutamate receptor']);
    const [dup] = synonymGroups([{ id: 'x', term: 'PET scan', abbreviations: ['PET'], aliases: ['pet  scan'] }]);
    expect(dup?.forms).toEqual(['PET scan', 'PET']);
  });
});

describe('query expansion', () => {
  test.each([
    ['TRD', ['TRD', 'Treatment-resistant depression']],
    ['treatment-resistant depression', ['treatment-resistant depression', 'TRD']],
    ['AMPAR', ['AMPAR', 'AMPA receptor', 'AMPA-type glutamate receptor']],
    ['ampa receptor', ['ampa receptor', 'AMPAR', 'AMPA-type glutamate receptor']],
    ['NMDAR', ['NMDAR', 'NMDA receptor']],
    ['NMDA receptor', ['NMDA receptor', 'NMDAR']],
    ['PET', ['PET', 'Positron emission tomography', 'PET scan']],
    ['K-2', ['K-2', '[11C]K-2']],
    ['[11C]K-2', ['[11C]K-2', 'K-2']],
  ])('%s is also searched as its other names', (query, variants) => {
    expect(expandQuery(query, groups).variants).toEqual(variants);
  });

  test('a short form and its long form expand to the same searches', () => {
    const short = expandQuery('TRD', groups)
      .variants.map((v) => v.toLowerCase())
      .sort();
    const long = expandQuery('Treatment-resistant depression', groups)
      .variants.map((v) => v.toLowerCase())
      .sort();
    expect(short).toEqual(long);
  });

  test('the rest of the query is kept around the replaced name', () => {
    expect(expandQuery('ketamine in TRD patients', groups).variants).toEqual([
      'ketamine in TRD patients',
      'ketamine in Treatment-resistant depression patients',
    ]);
  });

  test('a name written without its separators still counts ("K2", "11CK2")', () => {
    expect(expandQuery('K2', groups).variants).toEqual(['K2', '[11C]K-2']);
    expect(expandQuery('11CK2 binding', groups).variants).toEqual(['11CK2 binding', 'K-2 binding']);
  });

  test('the longest name wins where names overlap', () => {
    // "[11C]K-2" contains "K-2"; the query is read as one mention of the tracer, not two.
    expect(expandQuery('[11C]K-2 PET', groups).variants[0]).toBe('[11C]K-2 PET');
    expect(expandQuery('[11C]K-2 PET', groups).forms).toEqual(['[11C]K-2', 'K-2', 'Positron emission tomography', 'PET', 'PET scan']);
  });

  test('two names in one query: single replacements come first, and the number of searches is capped', () => {
    const { variants } = expandQuery('AMPAR in TRD', groups, 4);
    expect(variants).toEqual(['AMPAR in TRD', 'AMPAR in Treatment-resistant depression', 'AMPA receptor in TRD', 'AMPA-type glutamate receptor in TRD']);
  });

  test('parts of words and unknown words do not expand', () => {
    expect(expandQuery('AMPA', groups)).toEqual({ variants: ['AMPA'], forms: [] });
    expect(expandQuery('petals', groups)).toEqual({ variants: ['petals'], forms: [] });
    expect(expandQuery('', groups)).toEqual({ variants: [''], forms: [] });
  });

  test('punctuation, markup and other scripts in the query do not break it', () => {
    expect(expandQuery('<img src=x onerror=alert(1)> TRD', groups).variants).toEqual([
      '<img src=x onerror=alert(1)> TRD',
      '<img src=x onerror=alert(1)> Treatment-resistant depression',
    ]);
    expect(expandQuery('ケタミン ((( ]]] ', groups).variants).toEqual(['ケタミン ((( ]]] ']);
  });
});

describe('suggestions when nothing is found', () => {
  test('a misspelt name suggests the term it resembles first', () => {
    expect(suggestTerms('AMPAA', groups)[0]?.id).toBe('ampa-receptor');
    expect(suggestTerms('glutamat', groups)[0]?.id).toBe('glutamate');
    expect(suggestTerms('synapses', groups)[0]?.id).toBe('synapse');
  });

  // search-terms.json lists the terms as the glossary does (A–Z in English, by reading in Japanese), and that order is kept.
  test('a query like no term still gets terms to try, in the glossary order', () => {
    const glossaryOrder = [...groups].sort((a, b) => a.term.localeCompare(b.term, 'en'));
    const suggested = suggestTerms('zzzz', glossaryOrder, 3);
    expect(suggested.map((g) => g.term)).toEqual(['[11C]K-2', 'AMPA receptor', 'Glutamate']);
  });
});
