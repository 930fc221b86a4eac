import { applyPolicy } from './csp-policy.ts';
import type { PostBuildStep } from './step.ts';

/**
 * Gives every built page a strict Content-Security-Policy and adds the same policy to `_headers`
 * (with `frame-ancestors`, which only a header can carry). Inline scripts and styles are allowed
 * by the SHA-256 hash of what was actually built, so a changed inline script is covered on the
 * next build with no list to maintain. Last of the steps: it hashes the finished pages.
 *
 * Why not Astro's `security.csp`: it hashes the scripts and styles Astro bundles, but not
 * `<script is:inline>` (the theme script in <head>), which it would then block.
 */
export const contentSecurityPolicy: PostBuildStep = {
  name: 'Content-Security-Policy',
  async run({ site }) {
    const { header, pages } = await applyPolicy(site);
    return `added to ${pages} pages and _headers (${header.length} characters)`;
  },
};
