/** The small pure helpers: who an article is for, the glossary's popover data, the citation data contract, an article as a reference. */
import { describe, expect, test } from 'vitest';
import { AUDIENCE_NAMES, audienceNames, forAudience } from '../../../src/lib/audience.ts';
import { citingAnchor, readCitations, referenceAnchor } from '../../../src/lib/citation-data.ts';
import { articleReference } from '../../../src/lib/cite-page.ts';
import { glossaryDefinitions } from '../../../src/lib/glossary.ts';
import { articleSchema } from '../../../src/schemas/article.ts';

describe('small helpers', () => {
  test("an audience as a search result names it, in the page's language", () => {
    expect(forAudience('patients')).toBe('For patients and families');
    expect(forAudience('everyone')).toBe('For everyone');
    expect(forAudience('patients', 'ja')).toBe('患者さんとご家族向け');
    expect(forAudience('nobody')).toBeUndefined();
    expect(forAudience('constructor', 'ja')).toBeUndefined();
  });

  test('each audience has a name in every language; the English names are the ones the search filter reads', () => {
    expect(audienceNames('ja')).toEqual({ patients: '患者さんとご家族', clinicians: '臨床家', everyone: 'すべての人' });
    expect(AUDIENCE_NAMES).toEqual(audienceNames('en'));
    expect(AUDIENCE_NAMES.patients).toBe('Patients and families');
  });

  test('the popovers get each term’s name and definition, by id, and nothing else', () => {
    const term = { id: 'pet', term: 'PET', definition: 'A scan.', abbreviations: ['PET'], aliases: [], related: [], sources: [], autoLink: true };
    expect(glossaryDefinitions([term])).toEqual({ pet: { term: 'PET', definition: 'A scan.' } });
  });

  test('citation data: ids, and what a rendered article left (nothing for an article that cites nothing)', () => {
    expect(referenceAnchor('berman2000')).toBe('ref-berman2000');
    expect(citingAnchor('berman2000', 2)).toBe('cite-berman2000-2');
    const data = { order: ['a'], places: { a: ['cite-a-1'] } };
    expect(readCitations({ citations: data })).toEqual(data);
    for (const broken of [undefined, null, 'x', { order: 'a', places: {} }, { order: [1], places: {} }, { order: [], places: null }]) {
      expect(readCitations({ citations: broken })).toEqual({ order: [], places: {} });
    }
  });

  test('an article as a reference has its canonical address on the site; without a site there is none to give', () => {
    const article = articleSchema.parse({
      title: 'A title',
      description: 'One sentence that describes the article well enough.',
      audience: 'everyone',
      topics: ['ketamine'],
      reviewed: '2026-11-26',
      nextReview: '2027-05-26',
      history: [{ date: '2026-11-26', kind: 'published', summary: 'First published on this site.' }],
      order: 1,
      takeaways: [
        { id: 'takeaway-one', text: 'One short sentence for the test.' },
        { id: 'takeaway-two', text: 'Two short sentences for the test.' },
        { id: 'takeaway-three', text: 'Three short sentences for the test.' },
      ],
    });
    expect(articleReference('x', article, new URL('https://example.org')).URL).toBe('https://example.org/articles/x/');
    expect(() => articleReference('x', article, undefined)).toThrow('`site` must be set');
  });
});
