import { z } from 'astro/zod';

/** A page inside the site, without the base path, ending in a slash: `/`, `/articles/what-the-study-found/`. */
export const PAGE_PATH = /^\/(?:[a-z0-9]+(?:-[a-z0-9]+)*\/)*$/;
/** An id a link can point at: letters, digits and hyphens (a reference entry's id, `ref-<key>`, keeps its key's capitals). */
export const FRAGMENT_ID = /^[A-Za-z0-9][A-Za-z0-9-]*$/;
/** A page, optionally with a fragment: `/glossary/`, `/glossary/#pet`. */
export const SITE_LINK = /^\/(?:[a-z0-9]+(?:-[a-z0-9]+)*\/)*(?:#[A-Za-z0-9][A-Za-z0-9-]*)?$/;

const linkMessage = 'must look like "/articles/page-name/" or "/articles/page-name/#section-id" (no domain, no base path, ending slash before #)';

/**
 * content/anchors.json: every public page and linkable id the site has promised to keep, and
 * where old ones went. `pages` is written by `npm run anchors:update`; `redirects` by hand.
 */
export const anchorRegistrySchema = z
  .object({
    /** Where editors find the JSON Schema for this file. */
    $schema: z.string().optional(),
    pages: z
      .record(
        z.string().regex(PAGE_PATH, 'a page path must look like "/articles/page-name/" (no domain, no base path, ending in a slash)'),
        z.array(z.string().regex(FRAGMENT_ID, 'an id must be letters, digits and hyphens')),
      )
      .describe(
        'Every public page (path without the base) and, in page order, the ids on it readers may link to: section headings, takeaways, claims, glossary terms, reference entries. Written by "npm run anchors:update"; review the diff, do not edit by hand.',
      ),
    redirects: z
      .record(z.string().regex(SITE_LINK, `a redirect's old address ${linkMessage}`), z.string().regex(SITE_LINK, `a redirect's new address ${linkMessage}`))
      .default({})
      .describe(
        'Old address to new address, one line each. A page redirect ("/articles/old/": "/articles/new/") also carries fragments over (/articles/old/#x to /articles/new/#x) unless a line names the fragment itself. Point a removed section at its page.',
      ),
  })
  .strict();

export type AnchorRegistry = z.infer<typeof anchorRegistrySchema>;
