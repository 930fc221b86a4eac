import { createRequire } from 'node:module';
import { arch, platform } from 'node:process';
import * as pagefind from 'pagefind';
import { isSegmented, withIndexHints } from '../../lib/search/index-hints.ts';
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
 *
 * Pagefind writes one index per `<html lang>` and the browser loads the one of the page it is on.
 * The npm package runs Pagefind's extended binary, which cuts Japanese text into words (with
 * Lindera) as it indexes; the plain one would index each run of Japanese between spaces as one
 * word, and nothing but the whole run would ever be found. Pages get hints for the ranking as they
 * are indexed (lib/search/index-hints.ts): an article's main topic, and a Japanese page's title as
 * words, so that titles weigh as English ones do.
 */
/**
 * Whether the Node API will start Pagefind's extended binary, found as the `pagefind` package finds
 * it (lib/resolveBinary.js, not exported): `PAGEFIND_EXTENDED_BINARY_PATH` first, then
 * `PAGEFIND_BINARY_PATH` (the plain binary), then the extended binary of the platform's package.
 */
export function runsExtendedBinary(env: NodeJS.ProcessEnv = process.env): boolean {
  if (env['PAGEFIND_EXTENDED_BINARY_PATH']) return true;
  if (env['PAGEFIND_BINARY_PATH']) return false;
  const name = platform === 'win32' ? 'pagefind_extended.exe' : 'pagefind_extended';
  const system = platform === 'win32' ? 'windows' : platform;
  try {
    // The platform package is installed beside pagefind (an optional dependency npm puts at the top).
    createRequire(import.meta.url).resolve(`@pagefind/${system}-${env['npm_config_arch'] ?? arch}/bin/${name}`);
    return true;
  } catch {
    return false;
  }
}

/** The `<html lang>` of a page. */
const langOf = (html: string) => /<html\b[^>]*\blang="([^"]+)"/i.exec(html)?.[1] ?? '';

export const pagefindIndex: PostBuildStep = {
  name: 'search index',
  async run({ site }) {
    const segmented = [...new Set(await Promise.all(site.list('.html').map(async (file) => langOf(await site.text(file)))))].filter(isSegmented);
    if (segmented.length > 0 && !runsExtendedBinary()) {
      throw new Error(
        `pages in ${segmented.join(', ')} need Pagefind's extended binary, which cuts their text into words; without it each run of text between spaces is one word, and searching for a word in it finds nothing. Reinstall the pagefind package (npm ci), or point PAGEFIND_EXTENDED_BINARY_PATH at pagefind_extended.`,
      );
    }
    const { index, errors } = await pagefind.createIndex({ excludeSelectors: NOT_READING_TEXT });
    if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    try {
      let pages = 0;
      for (const file of site.list('.html')) {
        const added = await index.addHTMLFile({ sourcePath: file, content: withIndexHints(await site.text(file)) });
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
