import type { AstroIntegration } from 'astro';
import { rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'astro/zod';
import { loadAnchorRegistry } from '../../config/anchor-registry-file.ts';
import { anchorRegistrySchema } from '../../schemas/anchors.ts';
import { canUpdate, checkAnchors, formatAnchorReport, registryFromSite } from './check-anchors.ts';
import { readPublicPages } from '../built-site/public-pages.ts';

export interface Options {
  /** The registry file, content/anchors.json. */
  file: string;
  /** Write the registry from this build (`npm run anchors:update`) instead of only checking it. */
  update: boolean;
}

/**
 * Keeps published links working. After every build, each page and id listed in the registry must
 * still exist or have a redirect line, and every public page and id must be listed; otherwise the
 * build fails (and removes its output) with the lines to add or the command to run. In update
 * mode the registry is rewritten from the build, unless that would drop a registered link.
 */
export function anchorRegistry(options: Options): AstroIntegration {
  return {
    name: 'site:anchor-registry',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const distDir = fileURLToPath(dir);
        const registry = loadAnchorRegistry(options.file);
        if (!registry && !options.update) {
          logger.warn(`${options.file} does not exist, so published links are not checked. Create it with "npm run anchors:update".`);
          return;
        }
        const site = await readPublicPages(distDir);
        const report = checkAnchors(registry ?? { pages: {}, redirects: {} }, site);

        if (options.update && canUpdate(report)) {
          const updated = registryFromSite({ $schema: './anchors.schema.json', pages: {}, redirects: {}, ...registry }, site);
          await writeFile(options.file, `${JSON.stringify(updated, null, 2)}\n`);
          const schema = z.toJSONSchema(anchorRegistrySchema, { io: 'input' });
          await writeFile(path.join(path.dirname(options.file), 'anchors.schema.json'), `${JSON.stringify(schema, null, 2)}\n`);
          logger.info(`wrote ${options.file}: ${site.length} pages, ${site.reduce((n, p) => n + p.anchors.length, 0)} ids. Review the diff and commit it.`);
          return;
        }
        const message = formatAnchorReport(report, options.file);
        if (message) {
          // As with the link check: a build that would break published links must not be published by mistake.
          await rm(distDir, { recursive: true, force: true });
          throw new Error(`Published links check failed; the output folder was removed.\n\n${message}`);
        }
        logger.info(`every registered page and id resolves (${site.length} pages)`);
      },
    },
  };
}
