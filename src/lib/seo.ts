/**
 * What a page tells search engines and link previews: Open Graph and Twitter card tags, and for
 * articles a schema.org MedicalWebPage in JSON-LD. Everything comes from the page's own data and
 * the verified bibliography: a field the reference record does not have is left out, never guessed.
 */
import type { ArticleData } from '../schemas/article.ts';
import { publishedOn, updatedOn } from './history.ts';
import type { Reference, SourceKind } from '../schemas/reference.ts';
import { sourceKind } from '../schemas/reference.ts';

/** The site's name, in titles, link previews and structured data. */
export const SITE_NAME = 'Ketamine & AMPA receptors: an evidence explainer';

export interface PageMeta {
  /** The page's own title, without the site name. */
  title: string;
  description: string;
  siteName: string;
  /** The canonical absolute URL; undefined for pages that must not be indexed. */
  canonical: URL | undefined;
  /** `article` for articles, `website` for every other page. */
  type: 'article' | 'website';
}

/** A `<meta>` tag: Open Graph uses `property`, Twitter uses `name`. */
export type MetaTag = { property: string; content: string } | { name: string; content: string };

/** Open Graph and Twitter card tags for a link preview. No image: the site has none to offer yet, so the small card is used. */
export function previewTags(page: PageMeta): MetaTag[] {
  return [
    { property: 'og:type', content: page.type },
    { property: 'og:site_name', content: page.siteName },
    { property: 'og:title', content: page.title },
    { property: 'og:description', content: page.description },
    ...(page.canonical ? [{ property: 'og:url', content: page.canonical.href }] : []),
    { name: 'twitter:card', content: 'summary' },
    { name: 'twitter:title', content: page.title },
    { name: 'twitter:description', content: page.description },
  ];
}

type JsonLd = { [key: string]: JsonLdValue };
type JsonLdValue = string | number | JsonLd | JsonLdValue[];

/** Who an article is for, in schema.org terms (MedicalAudience with its audience type). */
const AUDIENCE: Record<ArticleData['audience'], string[]> = {
  patients: ['Patient'],
  clinicians: ['Clinician'],
  everyone: ['Patient', 'Clinician'],
};

export interface ArticleJsonLdInput {
  article: ArticleData;
  /** The article's canonical absolute URL. */
  url: string;
  /** The references the article cites, in citation order. */
  cited: readonly Reference[];
  site: { name: string; url: string };
}

/** The article as a schema.org MedicalWebPage, citing each work it cites. */
export function articleJsonLd({ article, url, cited, site }: ArticleJsonLdInput): JsonLd {
  return {
    '@context': 'https://schema.org',
    '@type': 'MedicalWebPage',
    '@id': url,
    url,
    name: article.title,
    description: article.description,
    inLanguage: 'en',
    keywords: article.topics.join(', '),
    datePublished: publishedOn(article.history),
    dateModified: updatedOn(article.history),
    lastReviewed: article.reviewed,
    audience: AUDIENCE[article.audience].map((audienceType) => ({ '@type': 'MedicalAudience', audienceType })),
    isPartOf: { '@type': 'WebSite', name: site.name, url: site.url },
    citation: cited.map(citedWork),
  };
}

/** schema.org types for each kind of source; a journal article is a ScholarlyArticle. */
const WORK_TYPES: Record<SourceKind, string> = {
  'journal-article': 'ScholarlyArticle',
  news: 'NewsArticle',
  'grant-report': 'Report',
  'press-release': 'CreativeWork',
  'trial-registration': 'CreativeWork',
  'regulator-notice': 'CreativeWork',
  'secondary-report': 'CreativeWork',
};

/**
 * One cited work with only its verified fields. A title this site supplied (`custom.suppliedTitle`)
 * is a description, not the work's name, so it is not given as one.
 */
export function citedWork(ref: Reference): JsonLd {
  const work: JsonLd = { '@type': WORK_TYPES[sourceKind(ref)] };
  if (ref.title) work['name'] = ref.title;
  if (ref.author?.length) work['author'] = ref.author.map(person);
  const date = ref.issued?.['date-parts'][0];
  if (date) work['datePublished'] = date.map((part, i) => (i === 0 ? String(part) : String(part).padStart(2, '0'))).join('-');
  const container = containerOf(ref);
  if (container) work['isPartOf'] = container;
  if (ref.publisher) work['publisher'] = { '@type': 'Organization', name: ref.publisher };
  if (ref.page) work['pagination'] = ref.page;
  if (ref.language) work['inLanguage'] = ref.language;
  const identifiers: JsonLdValue[] = [];
  if (ref.DOI) identifiers.push({ '@type': 'PropertyValue', propertyID: 'DOI', value: ref.DOI });
  if (ref.PMID) identifiers.push({ '@type': 'PropertyValue', propertyID: 'PMID', value: ref.PMID });
  if (ref.number) identifiers.push(ref.number);
  if (identifiers.length > 0) work['identifier'] = identifiers.length === 1 ? (identifiers[0] as JsonLdValue) : identifiers;
  const url = ref.URL ?? (ref.DOI ? `https://doi.org/${ref.DOI}` : undefined);
  if (url) work['url'] = url;
  return work;
}

function person(name: NonNullable<Reference['author']>[number]): JsonLd {
  // A literal name may be a person or an organisation; CSL does not say which.
  if (name.literal) return { name: name.literal };
  const parts: JsonLd = { '@type': 'Person', name: [name.given, name.family].filter(Boolean).join(' ') };
  if (name.given) parts['givenName'] = name.given;
  if (name.family) parts['familyName'] = name.family;
  return parts;
}

/** A journal as schema.org's Periodical, inside its volume and issue when those were verified; a website otherwise. */
function containerOf(ref: Reference): JsonLd | undefined {
  const name = ref['container-title'];
  if (!name) return undefined;
  if (ref.type !== 'article-journal') return { '@type': ref.type === 'webpage' ? 'WebSite' : 'CreativeWork', name };
  let container: JsonLd = { '@type': 'Periodical', name };
  if (ref.volume) container = { '@type': 'PublicationVolume', volumeNumber: ref.volume, isPartOf: container };
  if (ref.issue) container = { '@type': 'PublicationIssue', issueNumber: ref.issue, isPartOf: container };
  return container;
}
