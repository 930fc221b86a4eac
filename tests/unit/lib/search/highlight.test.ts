import { describe, expect, test } from 'vitest';
import { BLOCK_BREAK, findRanges, highlightTerms, mergeRanges, parseExcerpt, splitByRanges } from '../../../../src/lib/search/highlight.ts';

/** The marked words of `text`, for readable assertions. */
const marked = (text: string, terms: string[]) => findRanges(text, terms).map(([s, e]) => text.slice(s, e));

describe('which words to mark', () => {
  test('the words of the query and its glossary names whole, longest first, without stopwords or repeats', () => {
    expect(highlightTerms('the TRD', ['TRD', 'Treatment-resistant depression'])).toEqual(['Treatment-resistant depression', 'TRD']);
    expect(highlightTerms('AMPA receptor', ['AMPA receptor', 'AMPAR', 'AMPA-type glutamate receptor'])).toEqual([
      'AMPA-type glutamate receptor',
      'AMPA receptor',
      'receptor',
      'AMPAR',
      'AMPA',
    ]);
  });

  test('a glossary name is marked as a phrase, not word by word', () => {
    const terms = highlightTerms('AMPAR', ['AMPA receptor', 'AMPAR', 'AMPA-type glutamate receptor']);
    expect(marked('Glutamate binds the AMPA-type glutamate receptor, an AMPA receptor (AMPAR).', terms)).toEqual([
      'AMPA-type glutamate receptor',
      'AMPA receptor',
      'AMPAR',
    ]);
  });

  test('surrounding punctuation is dropped, an opening bracket kept', () => {
    expect(highlightTerms('"AMPA," [11C]K-2.')).toEqual(['[11C]K-2', 'AMPA']);
  });

  test('one-letter words and empty input mark nothing', () => {
    expect(highlightTerms('a b ? !')).toEqual([]);
    expect(highlightTerms('')).toEqual([]);
  });
});

describe('finding the words in text', () => {
  test('a hyphenated word is marked with its hyphen (Pagefind drops it)', () => {
    expect(marked('in treatment-resistant depression', ['treatment-resistant'])).toEqual(['treatment-resistant']);
    expect(marked('Treatment‑resistant (non-breaking hyphen)', ['treatment-resistant'])).toEqual(['Treatment‑resistant']);
  });

  test('the tracer name is marked whole, from either spelling', () => {
    expect(marked('a PET tracer called [11C]K-2 binds', ['[11C]K-2'])).toEqual(['[11C]K-2']);
    expect(marked('a PET tracer called [11C]K-2 binds', ['K-2'])).toEqual(['K-2']);
    expect(marked('the K-20 tracer', ['K-2'])).toEqual([]);
  });

  test('case and plural endings do not matter; other words containing the term are not marked', () => {
    expect(marked('AMPA receptors and one Receptor', ['receptors'])).toEqual(['receptors', 'Receptor']);
    expect(marked('Imaging an image', ['imaging'])).toEqual(['Imaging', 'image']);
    expect(marked('preampa AMPA AMPAR', ['AMPA'])).toEqual(['AMPA', 'AMPAR']);
  });

  test('two-letter terms match whole words only', () => {
    expect(marked('PET and petal; Pet', ['PE'])).toEqual([]);
    expect(marked('(PE) is here', ['PE'])).toEqual(['PE']);
  });

  test('a match never runs across a block break', () => {
    expect(marked(`treatment${BLOCK_BREAK}resistant`, ['treatment-resistant'])).toEqual([]);
  });

  test('characters that mean something in a regular expression are taken literally', () => {
    expect(marked('a.b (x+y)* c', ['x+y'])).toEqual(['x+y']);
    expect(marked('aab', ['.*'])).toEqual([]);
  });

  test('non-Latin words are found too', () => {
    expect(marked('研究 ケタミン 研究', ['ケタミン'])).toEqual(['ケタミン']);
  });
});

describe('excerpts from the index', () => {
  test('marks become ranges; escaped brackets become text', () => {
    const { text, ranges } = parseExcerpt('in <mark>treatment-resistant</mark> depression &lt;img src=x&gt;');
    expect(text).toBe('in treatment-resistant depression <img src=x>');
    expect(ranges).toEqual([[3, 22]]);
  });

  test('ranges are merged and split into marked and unmarked pieces', () => {
    const ranges = mergeRanges(
      [[3, 12]],
      [
        [0, 2],
        [10, 20],
      ],
    );
    expect(ranges).toEqual([
      [0, 2],
      [3, 20],
    ]);
    expect(splitByRanges('ab cdefghijklmnopqrst uv', ranges)).toEqual([
      { text: 'ab', marked: true },
      { text: ' ', marked: false },
      { text: 'cdefghijklmnopqrs', marked: true },
      { text: 't uv', marked: false },
    ]);
  });
});
