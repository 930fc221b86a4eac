import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { applyPolicy } from './policy.ts';

/**
 * Gives every built page a strict Content-Security-Policy and adds the same policy to `_headers`
 * (with `frame-ancestors`, which only a header can carry). Inline scripts and styles are allowed
 * by the SHA-256 hash of what was actually built, so a changed inline script is covered on the
 * next build with no list to maintain.
 *
 * Why not Astro's `security.csp`: it hashes the scripts and styles Astro bundles, but not
 * `<script is:inline>` (the theme script in <head>), which it would then block.
 */
export function contentSecurityPolicy(): AstroIntegration {
  return {
    name: 'site:csp',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const { header, pages } = await applyPolicy(fileURLToPath(dir));
        logger.info(`Content-Security-Policy added to ${pages} pages and _headers (${header.length} characters)`);
      },
    },
  };
}
