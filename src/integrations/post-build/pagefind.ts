import * as pagefind from 'pagefind';
import { SITE_FILES } from '../../lib/site.ts';
import type { PostBuildStep } from './step.ts';

/**
 * Parts of an indexed page that are not reading text, left out of the index even where a component
 * forgets `data-pagefind-ignore`: navigation, footers, screen-reader-only labels ("Cited in this
 * article at:"), text hidden from everyone, and popover or tooltip copies of text found elsewhere.
 * Buttons are not excluded as a group: a glossary term in running text may be one. A control such
 * as "Copy link" needs `data-pagefind-ignore` (tests/e2e/search.spec.ts checks the index for it).
 */
export const NOT_READING_TEXT = ['nav', 'footer', '.sr-only', '[aria-hidden="true"]', '[hidden]', '[popover]', '[role="tooltip"]', 'dialog'];

/**
 * Builds the Pagefind search index into `dist/pagefind/` at the end of every build, so the built
 * site is always searchable (no separate step to forget). The pages come from the built site as the
 * steps before left them, not from the disk again. Pagefind indexes only elements marked
 * `data-pagefind-body` (articles; the glossary, references and about pages), minus
 * NOT_READING_TEXT. Sections become sub-results through headings with ids, and through elements
 * with an id and `data-pagefind-title` (each glossary term, each reference).
 */
export const pagefindIndex: PostBuildStep = {
  name: 'search index',
  async run({ site }) {
    const { index, errors } = await pagefind.createIndex({ excludeSelectors: NOT_READING_TEXT });
    if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    try {
      let pages = 0;
      for (const file of site.list('.html')) {
        const added = await index.addHTMLFile({ sourcePath: file, content: await site.text(file) });
        if (added.errors.length > 0) throw new Error(`Pagefind could not index ${file}: ${added.errors.join('; ')}`);
        if (added.file.url !== undefined) pages++;
      }
      if (pages === 0) throw new Error('Pagefind indexed no pages: is data-pagefind-body on the article layout?');
      const written = await index.writeFiles({ outputPath: site.pathOf(SITE_FILES.pagefind) });
      if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
      return `indexed ${pages} pages`;
    } finally {
      await pagefind.close();
    }
  },
};
