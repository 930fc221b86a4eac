import { pageOfFile } from '../../lib/site.ts';
import { elements, readHtmlPages } from './html-pages.ts';
import { DATA, hastProperty } from '../../lib/dom-names.ts';

/** A built page a reader can land on. */
export interface PublicPage {
  /** Site path without the base path: `/`, `/articles/x/`. */
  path: string;
  /** Ids marked `data-anchor`, in page order: the ones the site promises to keep. */
  anchors: string[];
  /** Every id on the page, public or not (a redirect may lead to any of them). */
  ids: Set<string>;
}

/**
 * Every built page except those marked `<meta name="robots" content="noindex">`: the 404 page and
 * the pages that redirect from old addresses are not places anyone should link to.
 */
export async function readPublicPages(distDir: string): Promise<PublicPage[]> {
  const pages: PublicPage[] = [];
  for (const page of await readHtmlPages(distDir)) {
    const all = elements(page.tree);
    const noindex = all.some((el) => el.tagName === 'meta' && el.properties['name'] === 'robots' && String(el.properties['content']).includes('noindex'));
    if (noindex) continue;
    const withId = all.filter((el) => typeof el.properties['id'] === 'string' && el.properties['id'] !== '');
    pages.push({
      path: pageOfFile(page.file),
      anchors: withId.filter((el) => el.properties[hastProperty(DATA.anchor)] !== undefined).map((el) => String(el.properties['id'])),
      ids: new Set(withId.map((el) => String(el.properties['id']))),
    });
  }
  return pages;
}
