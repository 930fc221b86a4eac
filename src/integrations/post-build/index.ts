import { rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { normaliseBase } from '../../lib/site.ts';
import { BuiltSite } from './built-site.ts';
import type { PostBuildStep } from './step.ts';
import { type PostBuildOptions, postBuildSteps } from './steps.ts';

/**
 * Everything done to the site after `astro build`, as one pipeline: `dist/` is read once, the steps
 * of post-build/steps.ts run in their order on that one reading, and a failure is handled here:
 * the output folder is removed, so a site with a broken link or without its policy cannot be
 * published by mistake, and the build fails naming the step and what to fix.
 */
export function postBuild(options: PostBuildOptions): AstroIntegration {
  let base = '/';
  let siteUrl: string | undefined;
  return {
    name: 'site:post-build',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = normaliseBase(config.base);
        siteUrl = config.site;
      },
      'astro:build:done': async ({ dir, logger }) => {
        await runSteps(postBuildSteps(options), { dir: fileURLToPath(dir), base, siteUrl, logger });
      },
    },
  };
}

/** Runs the steps in order on one reading of `dir`; on a failure, removes `dir` and throws what the step said. */
export async function runSteps(
  steps: readonly PostBuildStep[],
  { dir, base, siteUrl, logger }: { dir: string; base: string; siteUrl: string | undefined; logger: AstroIntegrationLogger },
): Promise<void> {
  const site = await BuiltSite.read(dir);
  for (const step of steps) {
    const started = performance.now();
    let said: string;
    try {
      said = await step.run({ site, base, siteUrl, logger });
    } catch (error) {
      await rm(dir, { recursive: true, force: true });
      const message = error instanceof Error ? error.message : String(error);
      throw new Error(`${step.name.charAt(0).toUpperCase()}${step.name.slice(1)} failed; the output folder was removed.\n\n${message}`, { cause: error });
    }
    logger.info(`${step.name}: ${said} (${Math.round(performance.now() - started)} ms)`);
  }
}
