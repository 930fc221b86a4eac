import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'astro/zod';
import { loadAnchorRegistry } from '../../config/anchor-registry-file.ts';
import { anchorRegistrySchema } from '../../schemas/anchors.ts';
import type { PublicPage } from './built-site.ts';
import { canUpdate, checkAnchors, formatAnchorReport, registryFromSite } from './check-anchors.ts';
import type { PostBuildStep } from './step.ts';

export interface Options {
  /** The registry file, content/anchors.json. */
  file: string;
  /** Write the registry from this build (`npm run anchors:update`) instead of only checking it. */
  update: boolean;
}

/**
 * Keeps published links working. After every build, each page and id listed in the registry must
 * still exist or have a redirect line, and every public page and id must be listed; otherwise the
 * build fails with the lines to add or the command to run. In update mode the registry is
 * rewritten from the build, unless that would drop a registered link.
 */
export function anchorRegistry(options: Options): PostBuildStep {
  return {
    name: 'published links check',
    async run({ site, logger }) {
      const registry = loadAnchorRegistry(options.file);
      if (!registry && !options.update) {
        logger.warn(`${options.file} does not exist, so published links are not checked. Create it with "npm run anchors:update".`);
        return 'skipped: no registry';
      }
      const pages = await site.publicPages();
      const report = checkAnchors(registry ?? { pages: {}, redirects: {} }, pages);
      if (options.update && canUpdate(report)) return writeRegistry(options.file, registry, pages);
      const message = formatAnchorReport(report, options.file);
      if (message) throw new Error(message);
      return `every registered page and id resolves (${pages.length} pages)`;
    },
  };
}

/** The registry rewritten from the site, with its JSON Schema beside it. */
async function writeRegistry(file: string, registry: ReturnType<typeof loadAnchorRegistry>, pages: readonly PublicPage[]): Promise<string> {
  const updated = registryFromSite({ $schema: './anchors.schema.json', pages: {}, redirects: {}, ...registry }, pages);
  await writeFile(file, `${JSON.stringify(updated, null, 2)}\n`);
  const schema = z.toJSONSchema(anchorRegistrySchema, { io: 'input' });
  await writeFile(path.join(path.dirname(file), 'anchors.schema.json'), `${JSON.stringify(schema, null, 2)}\n`);
  return `wrote ${file}: ${pages.length} pages, ${pages.reduce((n, p) => n + p.anchors.length, 0)} ids. Review the diff and commit it.`;
}
