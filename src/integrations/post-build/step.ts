import type { AstroIntegrationLogger } from 'astro';
import type { BuiltSite } from './built-site.ts';

/** What every post-build step is given. */
export interface StepContext {
  /** The built site, read once for all steps. */
  site: BuiltSite;
  /** The base path the site is built for (`/` or `/sub/`). */
  base: string;
  /** The site's public origin (`SITE_URL`), for absolute addresses. */
  siteUrl: string | undefined;
  logger: AstroIntegrationLogger;
}

/**
 * One thing done to the finished site after `astro build`. A step says what it did in one line, or
 * throws: the pipeline (post-build/index.ts) then removes the output folder and fails the build
 * with the step's name and message, which must tell the author what to fix.
 */
export interface PostBuildStep {
  /** What the step is, as the log and a failure name it: "link check". */
  name: string;
  run(context: StepContext): Promise<string>;
}
