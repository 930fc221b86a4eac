import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { articleJsonLd, citedAddress, previewImageTags, previewTags } from '../../../src/lib/seo.ts';
import { SITE_NAME } from '../../../src/lib/site.ts';
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
  studyCard: 'compact',
  takeaways: [],
};

describe('link preview tags', () => {
  test('title, description and canonical URL for Open Graph and Twitter; no og:url without a canonical', () => {
    const canonical = new URL('https://example.org/articles/x/');
    const tags = previewTags({ title: 'T', description: 'D', siteName: SITE_NAME, canonical, type: 'article' });
    expect(tags).toContainEqual({ property: 'og:url', content: 'https://example.org/articles/x/' });
    expect(tags).toContainEqual({ property: 'og:type', content: 'article' });
    expect(tags).toContainEqual({ name: 'twitter:card', content: 'summary_large_image' });
    expect(tags).toContainEqual({ name: 'twitter:description', content: 'D' });
    const noindex = previewTags({ title: 'T', description: 'D', siteName: SITE_NAME, canonical: undefined, type: 'website' });
    expect(noindex.some((tag) => 'property' in tag && tag.property === 'og:url')).toBe(false);
  });
});

describe('preview image tags', () => {
  test('the image, its type, size and description, as Open Graph names them', () => {
    expect(previewImageTags({ url: 'https://example.org/cards/en--home.0123456789ab.png', width: 1200, height: 630, alt: 'Home', type: 'image/png' })).toEqual([
      { property: 'og:image', content: 'https://example.org/cards/en--home.0123456789ab.png' },
      { property: 'og:image:type', content: 'image/png' },
      { property: 'og:image:width', content: '1200' },
      { property: 'og:image:height', content: '630' },
      { property: 'og:image:alt', content: 'Home' },
    ]);
  });
});

describe('structured data', () => {
  test('the article is a MedicalWebPage with its three dates, audience and its citations, as valid JSON', () => {
    const cited = [byId('takahashi2026'), byId('berman2000')];
    const data = articleJsonLd({
      article,
      url: 'https://example.org/articles/x/',
      cited,
      site: { name: SITE_NAME, url: 'https://example.org/' },
      language: 'en',
    });
    expect(JSON.parse(jsonForScript(data))).toEqual(data);
    expect(data).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'MedicalWebPage',
      url: 'https://example.org/articles/x/',
      inLanguage: 'en',
      datePublished: '2026-11-26',
      dateModified: '2026-12-02',
      lastReviewed: '2026-11-26',
      audience: [{ '@type': 'MedicalAudience', audienceType: 'Clinician' }],
    });
    expect(data['citation']).toHaveLength(1);
  });

  test('works are cited by the address of their DOI, else their web page; a work with neither is left out', () => {
    expect(citedAddress(byId('berman2000'))).toBe('https://doi.org/10.1016/S0006-3223(99)00230-9');
    expect(citedAddress(byId('ycu2026pr'))).toBe(byId('ycu2026pr').URL);
    expect(citedAddress(byId('takahashi2026'))).toBeUndefined();
    const data = articleJsonLd({
      article,
      url: 'https://example.org/a/',
      cited: [byId('takahashi2026'), byId('berman2000')],
      site: { name: SITE_NAME, url: 'https://example.org/' },
      language: 'en',
    });
    expect(data['citation']).toEqual(['https://doi.org/10.1016/S0006-3223(99)00230-9']);
    expect(JSON.stringify(data)).not.toContain('description supplied by this site');
  });
});

test('a translation says its own language and its own site name', () => {
  const site = { name: 'ケタミンとAMPA受容体：エビデンス解説', url: 'https://example.org/ja/' };
  const data = articleJsonLd({ article, url: 'https://example.org/ja/articles/x/', cited: [], site, language: 'ja' });
  expect(data).toMatchObject({ inLanguage: 'ja', isPartOf: { '@type': 'WebSite', name: site.name, url: site.url } });
});
