import type { AstroIntegration } from 'astro';
import { ContentError, countProblems } from '../../lib/problems.ts';
import { checkContent, type ContentPaths } from './check-content.ts';
import { dictionaryFileProblems } from './dictionaries.ts';
import { translationStatuses } from './translations.ts';
import { translationStatusModule } from './translation-status-module.ts';

/**
 * Checks the content files before Astro reads them (`astro:config:setup` runs before the content
 * sync), so a bad field fails `astro build`, `astro dev` and `astro check` with `file:line  field:
 * message` for every problem, and nothing is written. Astro's own schema errors say the file but
 * report line 0. The interface dictionaries are checked here too: every language has every word.
 *
 * It then tells the pages which translations follow an English page that has changed since
 * (`virtual:site/translation-status`), so those pages say so. In `astro dev` that is worked out
 * once, at start: restart it to see a new hash taken in.
 */
export function contentPreflight(paths: ContentPaths): AstroIntegration {
  return {
    name: 'site:content-preflight',
    hooks: {
      'astro:config:setup': async ({ logger, updateConfig }) => {
        const error = await preflightError(paths);
        if (error) throw error;
        logger.debug('content files match their schemas');
        const statuses = await translationStatuses(paths);
        const changed = statuses.filter((status) => status.state === 'english-changed');
        if (changed.length > 0) {
          logger.info(
            `${changed.length} of ${statuses.length} translated pages ${changed.length === 1 ? 'follows an English page that has' : 'follow English pages that have'} changed since; ${changed.length === 1 ? 'it says' : 'they say'} so to readers (npm run translations lists them).`,
          );
        }
        updateConfig({ vite: { plugins: [translationStatusModule(statuses)] } });
      },
    },
  };
}

/**
 * Every problem the preflight finds in the content and the dictionaries, as the one error that stops
 * the build, or undefined when there is none. The fixture tests call it directly for the cases it
 * catches (tests/unit/builds/build-errors.test.ts), as the build does.
 */
export async function preflightError(paths: ContentPaths): Promise<ContentError | undefined> {
  const problems = [...dictionaryFileProblems(), ...(await checkContent(paths))];
  return problems.length > 0
    ? new ContentError(`${countProblems(problems.length)} in the content; nothing was built. Fix them and build again:`, problems)
    : undefined;
}
