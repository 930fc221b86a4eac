import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { SITE_FILES } from '../lib/site.ts';

/**
 * Parts of an indexed page that are not reading text, left out of the index even where a component
 * forgets `data-pagefind-ignore`: navigation, footers, screen-reader-only labels ("Cited in this
 * article at:"), text hidden from everyone, and popover or tooltip copies of text found elsewhere.
 * Buttons are not excluded as a group: a glossary term in running text may be one. A control such
 * as "Copy link" needs `data-pagefind-ignore` (tests/e2e/search.spec.ts checks the index for it).
 */
export const NOT_READING_TEXT = ['nav', 'footer', '.sr-only', '[aria-hidden="true"]', '[hidden]', '[popover]', '[role="tooltip"]', 'dialog'];

/**
 * Builds the Pagefind search index into `dist/pagefind/` at the end of every `astro build`, so the
 * built site is always searchable (no separate step to forget). Pagefind indexes only elements
 * marked `data-pagefind-body` (articles; the glossary, references and about pages), minus
 * NOT_READING_TEXT. Sections become sub-results through headings with ids, and through elements
 * with an id and `data-pagefind-title` (each glossary term, each reference).
 */
export function pagefindIndex(): AstroIntegration {
  return {
    name: 'site:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const { index, errors } = await pagefind.createIndex({ excludeSelectors: NOT_READING_TEXT });
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        try {
          const added = await index.addDirectory({ path: site });
          if (added.errors.length > 0) throw new Error(`Pagefind could not index ${site}: ${added.errors.join('; ')}`);
          if (added.page_count === 0) throw new Error('Pagefind indexed no pages: is data-pagefind-body on the article layout?');
          const written = await index.writeFiles({ outputPath: path.join(site, SITE_FILES.pagefind) });
          if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
          logger.info(`indexed ${added.page_count} pages`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
