import { DEFAULT_LOCALE, LOCALE_CODES } from '../../lib/site.ts';
import type { PostBuildStep } from './step.ts';

/**
 * Puts each translation's "page not found" page where static hosts look for it: Astro writes
 * `src/pages/[...lang]/404.astro` as `ja/404/index.html`; Cloudflare Pages serves the `404.html`
 * nearest to a missing address, and the `_redirects` line written beside it (public/_redirects)
 * does the same on Netlify. The default language's page is Astro's own `404.html`.
 */
export const notFoundPages: PostBuildStep = {
  name: 'not-found pages',
  async run({ site }) {
    const moved: string[] = [];
    for (const locale of LOCALE_CODES.filter((code) => code !== DEFAULT_LOCALE)) {
      const built = `${locale}/404/index.html`;
      if (!site.has(built)) continue;
      await site.write(`${locale}/404.html`, await site.text(built));
      await site.remove(built);
      moved.push(`${locale}/404.html`);
    }
    return moved.length > 0 ? `${moved.join(', ')} written for the translations` : 'no translation has a not-found page';
  },
};
