import { pageReference } from './citation-exports.ts';
import type { ArticleData } from '../schemas/article.ts';
import type { Reference } from '../schemas/reference.ts';
import { articlePath } from './site.ts';

/**
 * An article as a reference, with its canonical address on `site` (Astro's `site` setting), so
 * the page's "Cite this page" block and its downloadable files say the same thing.
 */
export function articleReference(slug: string, article: ArticleData, site: URL | undefined): Reference {
  if (!site) throw new Error('astro.config: `site` must be set; citations of a page need its canonical address.');
  return pageReference({ slug, title: article.title, reviewed: article.reviewed, url: new URL(articlePath(slug), site).href });
}
