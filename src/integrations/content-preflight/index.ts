import type { AstroIntegration } from 'astro';
import { ContentError, countProblems } from '../../lib/problems.ts';
import { checkContent, type ContentPaths } from './check-content.ts';

/**
 * Checks the content files before Astro reads them (`astro:config:setup` runs before the content
 * sync), so a bad field fails `astro build`, `astro dev` and `astro check` with `file:line  field:
 * message` for every problem, and nothing is written. Astro's own schema errors say the file but
 * report line 0.
 */
export function contentPreflight(paths: ContentPaths): AstroIntegration {
  return {
    name: 'site:content-preflight',
    hooks: {
      'astro:config:setup': async ({ logger }) => {
        const problems = await checkContent(paths);
        if (problems.length > 0)
          throw new ContentError(`${countProblems(problems.length)} in the content; nothing was built. Fix them and build again:`, problems);
        logger.debug('content files match their schemas');
      },
    },
  };
}
