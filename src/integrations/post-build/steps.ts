import { anchorRegistry } from './anchor-registry.ts';
import { contentSecurityPolicy } from './csp.ts';
import { cssBundles } from './css-bundles.ts';
import { cssLayerOrder } from './css-layers.ts';
import { linkCheck } from './link-check.ts';
import { notFoundPages } from './not-found-pages.ts';
import { pagefindIndex } from './pagefind.ts';
import { sameIds } from './same-ids.ts';
import { sharePages } from './share-pages.ts';
import { sitemap } from './sitemap.ts';
import type { PostBuildStep } from './step.ts';

export interface PostBuildOptions {
  /** Source folders searched to name the file and line a broken link was written in. */
  sourceDirs: string[];
  /** The registry of published links (content/anchors.json), and whether to rewrite it (`npm run anchors:update`). */
  anchors: { file: string; update: boolean };
  /** The stylesheet that declares the cascade layers' order (src/styles/layers.css). */
  layers: string;
}

/**
 * What happens to the finished site, in this order. A new step (share pages, card images, the
 * pages of another language) is one line here, placed by what it needs: after the steps whose
 * output it reads, before the link check if its pages must be checked, before the search index if
 * they must be searchable, and always before the Content-Security-Policy, which hashes the pages.
 */
export function postBuildSteps(options: PostBuildOptions): PostBuildStep[] {
  return [
    // First: it rewrites the pages' stylesheet links, which the next step reads.
    cssBundles,
    // Before the link check: the translations' not-found pages move to where hosts look for them.
    notFoundPages,
    cssLayerOrder({ declaration: options.layers }),
    // Before the link check and the registry: an id missing from one language is named as that,
    // rather than as a broken link or a registered link gone.
    sameIds,
    sharePages({ anchors: options.anchors.file }),
    linkCheck({ sourceDirs: options.sourceDirs }),
    anchorRegistry(options.anchors),
    sitemap,
    pagefindIndex,
    // Last: it hashes the inline scripts and styles of the finished pages.
    contentSecurityPolicy,
  ];
}
