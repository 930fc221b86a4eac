import type { AstroIntegration } from 'astro';
import { rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { checkLinks, formatLinkProblems } from './check-links.ts';

/**
 * Fails `astro build` when any internal link or fragment in the output does not resolve, so a
 * broken link is never published. The same check runs alone as `npm run check:links`.
 */
export function linkCheck(options: { sourceDirs: string[] }): AstroIntegration {
  let base = '/';
  let site: string | undefined;
  return {
    name: 'site:link-check',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
        site = config.site;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const distDir = fileURLToPath(dir);
        const problems = await checkLinks({ distDir, base, ...(site ? { site } : {}), sourceDirs: options.sourceDirs });
        if (problems.length > 0) {
          // The pages are already written; remove them so a broken build cannot be published by mistake.
          await rm(distDir, { recursive: true, force: true });
          throw new Error(
            `${problems.length} broken internal link(s); the output folder was removed. Fix them and build again:\n${formatLinkProblems(problems)}`,
          );
        }
        logger.info('every internal link and fragment resolves');
      },
    },
  };
}
