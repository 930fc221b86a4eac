/**
 * What a page tells search engines and link previews: Open Graph and Twitter card tags, and for
 * articles a schema.org MedicalWebPage in JSON-LD. Everything comes from the page's own data and
 * the verified bibliography: a field the reference record does not have is left out, never guessed.
 */
import type { ArticleData } from '../schemas/article.ts';
import { publishedOn, updatedOn } from './history.ts';
import type { Reference } from '../schemas/reference.ts';

export interface PageMeta {
  /** The page's own title, without the site name. */
  title: string;
  description: string;
  siteName: string;
  /** The canonical absolute URL; undefined for pages that must not be indexed. */
  canonical: URL | undefined;
  /** `article` for articles, `website` for every other page. */
  type: 'article' | 'website';
  /** The page's language as Open Graph writes it (`en_GB`, `ja_JP`), and the other languages it exists in. */
  ogLocale?: string;
  ogLocaleAlternates?: readonly string[];
}

/** A `<meta>` tag: Open Graph uses `property`, Twitter uses `name`. */
export type MetaTag = { property: string; content: string } | { name: string; content: string };

/**
 * Open Graph and Twitter card tags for a link preview, asking for the large card: every page gets
 * its card image after the build (integrations/share-cards/), whose tags (`previewImageTags`) go
 * just before `twitter:card`.
 */
export function previewTags(page: PageMeta): MetaTag[] {
  return [
    { property: 'og:type', content: page.type },
    { property: 'og:site_name', content: page.siteName },
    ...(page.ogLocale ? [{ property: 'og:locale', content: page.ogLocale }] : []),
    ...(page.ogLocaleAlternates ?? []).map((content) => ({ property: 'og:locale:alternate', content })),
    { property: 'og:title', content: page.title },
    { property: 'og:description', content: page.description },
    ...(page.canonical ? [{ property: 'og:url', content: page.canonical.href }] : []),
    { name: 'twitter:card', content: 'summary_large_image' },
    { name: 'twitter:title', content: page.title },
    { name: 'twitter:description', content: page.description },
  ];
}

/** A link preview's image: an absolute URL, its size in pixels and what it shows, in words. */
export interface PreviewImage {
  url: string;
  width: number;
  height: number;
  alt: string;
  type: 'image/png' | 'image/jpeg';
}

/** The Open Graph tags of a preview image (Twitter reads them too), for pages and share pages alike. */
export function previewImageTags(image: PreviewImage): MetaTag[] {
  return [
    { property: 'og:image', content: image.url },
    { property: 'og:image:type', content: image.type },
    { property: 'og:image:width', content: String(image.width) },
    { property: 'og:image:height', content: String(image.height) },
    { property: 'og:image:alt', content: image.alt },
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
  /** The site's name and home page in the article's language. */
  site: { name: string; url: string };
  /** The article's language, as `<html lang>` writes it (`en`, `ja`). */
  language: string;
}

/** The article as a schema.org MedicalWebPage, citing each work it cites. */
export function articleJsonLd({ article, url, cited, site, language }: ArticleJsonLdInput): JsonLd {
  return {
    '@context': 'https://schema.org',
    '@type': 'MedicalWebPage',
    '@id': url,
    url,
    name: article.title,
    description: article.description,
    inLanguage: language,
    keywords: article.topics.join(', '),
    datePublished: publishedOn(article.history),
    dateModified: updatedOn(article.history),
    lastReviewed: article.reviewed,
    audience: AUDIENCE[article.audience].map((audienceType) => ({ '@type': 'MedicalAudience', audienceType })),
    isPartOf: { '@type': 'WebSite', name: site.name, url: site.url },
    citation: cited.map(citedAddress).filter((url): url is string => url !== undefined),
  };
}

/**
 * Where a cited work can be found: its DOI's address, else its web page; undefined for a work with
 * neither (the 2026 paper, known so far only through reports of it). The article cites works by
 * address only: the page's own reference list carries every entry in full, and repeating titles and
 * authors here made each article over a kilobyte heavier for no reader.
 */
export function citedAddress(ref: Reference): string | undefined {
  return ref.DOI ? `https://doi.org/${ref.DOI}` : ref.URL;
}
