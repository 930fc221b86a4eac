import { existsSync, statSync } from 'node:fs';
import { ContentError, countProblems } from '../lib/problems.ts';
import { anchorRegistrySchema, type AnchorRegistry } from '../schemas/anchors.ts';
import { readLocated, schemaProblems } from './content-files.ts';

/**
 * Registries already read, by file, with the size and modification time they were read at. Every
 * page reads the registry (Landing.astro, for its fragment redirects), and it lists every page: read
 * afresh each time, it made the build's cost grow with the square of the number of pages (scripts/bench).
 */
const registries = new Map<string, { mtimeMs: number; size: number; registry: AnchorRegistry }>();

/**
 * Reads and validates the registry of public links (content/anchors.json). Returns undefined when
 * the file does not exist (a fixture site without one); a malformed file fails with each problem
 * at its line. The file is read again only when it has changed (`npm run anchors:update`, or an edit
 * while `astro dev` runs).
 */
export function loadAnchorRegistry(file: string): AnchorRegistry | undefined {
  if (!existsSync(file)) return undefined;
  const { mtimeMs, size } = statSync(file);
  const known = registries.get(file);
  if (known && known.mtimeMs === mtimeMs && known.size === size) return known.registry;
  const source = readLocated(file);
  const problems = schemaProblems(file, source, anchorRegistrySchema);
  if (problems.length > 0) {
    throw new ContentError(
      `${countProblems(problems.length)} in ${file}; fix them by hand, or restore the file with git and run "npm run anchors:update":`,
      problems,
    );
  }
  const registry = anchorRegistrySchema.parse(source.value);
  registries.set(file, { mtimeMs, size, registry });
  return registry;
}
