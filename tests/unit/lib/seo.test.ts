import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { articleJsonLd, citedWork, previewTags, SITE_NAME } from '../../../src/lib/seo.ts';
import { jsonForScript } from '../../../src/lib/json-script.ts';
import { referenceSchema, type Reference } from '../../../src/schemas/reference.ts';
import type { ArticleData } from '../../../src/schemas/article.ts';

const references = (JSON.parse(readFileSync('content/references/references.json', 'utf8')) as unknown[]).map((r) => referenceSchema.parse(r));
const byId = (id: string) => references.find((r) => r.id === id) as Reference;

const article: ArticleData = {
  title: 'What the study found',
  description: 'A plain summary of the study, for everyone who wants to know what it showed.',
  audience: 'clinicians',
  topics: ['ketamine', 'AMPA receptors'],
  reviewed: '2026-11-26',
  nextReview: '2027-05-26',
  history: [
    { date: '2026-12-02', kind: 'corrected', summary: 'Corrected how the scans are described.' },
    { date: '2026-11-26', kind: 'published', summary: 'First published on this site.' },
  ],
  order: 1,
  takeaways: [],
};

/** Every string in a JSON value. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

describe('link preview tags', () => {
  test('title, description and canonical URL for Open Graph and Twitter; no og:url without a canonical', () => {
    const canonical = new URL('https://example.org/articles/x/');
    const tags = previewTags({ title: 'T', description: 'D', siteName: SITE_NAME, canonical, type: 'article' });
    expect(tags).toContainEqual({ property: 'og:url', content: 'https://example.org/articles/x/' });
    expect(tags).toContainEqual({ property: 'og:type', content: 'article' });
    expect(tags).toContainEqual({ name: 'twitter:card', content: 'summary' });
    expect(tags).toContainEqual({ name: 'twitter:description', content: 'D' });
    const noindex = previewTags({ title: 'T', description: 'D', siteName: SITE_NAME, canonical: undefined, type: 'website' });
    expect(noindex.some((tag) => 'property' in tag && tag.property === 'og:url')).toBe(false);
  });
});

describe('structured data', () => {
  test('the article is a MedicalWebPage with its three dates, audience and its citations, as valid JSON', () => {
    const cited = [byId('takahashi2026'), byId('berman2000')];
    const data = articleJsonLd({ article, url: 'https://example.org/articles/x/', cited, site: { name: SITE_NAME, url: 'https://example.org/' } });
    expect(JSON.parse(jsonForScript(data))).toEqual(data);
    expect(data).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'MedicalWebPage',
      url: 'https://example.org/articles/x/',
      datePublished: '2026-11-26',
      dateModified: '2026-12-02',
      lastReviewed: '2026-11-26',
      audience: [{ '@type': 'MedicalAudience', audienceType: 'Clinician' }],
    });
    expect(data['citation']).toHaveLength(2);
  });

  test('a verified DOI and PMID become identifiers; a journal sits in its volume and issue', () => {
    expect(citedWork(byId('berman2000'))).toEqual({
      '@type': 'ScholarlyArticle',
      name: 'Antidepressant effects of ketamine in depressed patients',
      author: expect.arrayContaining([{ '@type': 'Person', name: 'Robert M. Berman', givenName: 'Robert M.', familyName: 'Berman' }]),
      datePublished: '2000-02-15',
      isPartOf: {
        '@type': 'PublicationIssue',
        issueNumber: '4',
        isPartOf: { '@type': 'PublicationVolume', volumeNumber: '47', isPartOf: { '@type': 'Periodical', name: 'Biological Psychiatry' } },
      },
      pagination: '351-354',
      identifier: { '@type': 'PropertyValue', propertyID: 'DOI', value: '10.1016/S0006-3223(99)00230-9' },
      url: 'https://doi.org/10.1016/S0006-3223(99)00230-9',
    });
    expect(citedWork(byId('miyazaki2020'))['identifier']).toEqual([
      { '@type': 'PropertyValue', propertyID: 'DOI', value: '10.1038/s41591-019-0723-9' },
      { '@type': 'PropertyValue', propertyID: 'PMID', value: '31959988' },
    ]);
  });

  test('the primary study has no verified title or DOI, so it has neither name nor identifier', () => {
    const work = citedWork(byId('takahashi2026'));
    expect(work['@type']).toBe('ScholarlyArticle');
    expect(work).not.toHaveProperty('name');
    expect(work).not.toHaveProperty('identifier');
    expect(JSON.stringify(work)).not.toContain('description supplied by this site');
  });

  test.each(references.map((r) => [r.id, r] as const))('%s: every value comes from the verified record', (_, ref) => {
    const work = citedWork(ref);
    const allowed = new Set([
      ...strings(ref),
      ...(ref.author ?? []).map((a) => [a.given, a.family].filter(Boolean).join(' ')),
      ...(ref.DOI ? [`https://doi.org/${ref.DOI}`, 'DOI'] : []),
      ...(ref.PMID ? ['PMID'] : []),
    ]);
    const date = ref.issued?.['date-parts'][0];
    const types = new Set([
      'ScholarlyArticle',
      'NewsArticle',
      'Report',
      'CreativeWork',
      'Person',
      'Organization',
      'Periodical',
      'PublicationVolume',
      'PublicationIssue',
      'WebSite',
      'PropertyValue',
    ]);
    for (const [key, value] of Object.entries(work).flatMap(([k, v]) => strings(v).map((s) => [k, s] as const))) {
      if (types.has(value)) continue;
      if (key === 'datePublished') expect(value.split('-').map(Number)).toEqual(date);
      else expect(allowed, `${key}: ${value}`).toContain(value);
    }
    if (ref.custom?.suppliedTitle) expect(JSON.stringify(work)).not.toContain(ref.custom.suppliedTitle);
  });
});
