import { existsSync } from 'node:fs';
import { ContentError, countProblems } from '../lib/problems.ts';
import { anchorRegistrySchema, type AnchorRegistry } from '../schemas/anchors.ts';
import { readLocated, schemaProblems } from './content-files.ts';

/**
 * Reads and validates the registry of public links (content/anchors.json). Returns undefined when
 * the file does not exist (a fixture site without one); a malformed file fails with each problem
 * at its line.
 */
export function loadAnchorRegistry(file: string): AnchorRegistry | undefined {
  if (!existsSync(file)) return undefined;
  const source = readLocated(file);
  const problems = schemaProblems(file, source, anchorRegistrySchema);
  if (problems.length > 0) {
    throw new ContentError(
      `${countProblems(problems.length)} in ${file}; fix them by hand, or restore the file with git and run "npm run anchors:update":`,
      problems,
    );
  }
  return anchorRegistrySchema.parse(source.value);
}
