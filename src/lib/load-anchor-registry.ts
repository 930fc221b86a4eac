import { existsSync, readFileSync } from 'node:fs';
import { anchorRegistrySchema, type AnchorRegistry } from '../schemas/anchors.ts';

/**
 * Reads and validates the registry. Returns undefined when the file does not exist (a fixture site
 * without one); a malformed file fails with its path and what to fix.
 */
export function loadAnchorRegistry(file: string): AnchorRegistry | undefined {
  if (!existsSync(file)) return undefined;
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`${file} is not valid JSON (${(error as Error).message}). Fix it by hand, or restore it with git and run "npm run anchors:update".`);
  }
  const parsed = anchorRegistrySchema.safeParse(json);
  if (!parsed.success) {
    // zod reports a bad record key as "Invalid key in record"; the key's own message says what to fix.
    const issues = parsed.error.issues.map((issue) => {
      const message = issue.code === 'invalid_key' ? issue.issues.map((inner) => inner.message).join('; ') : issue.message;
      return `  ${file} at ${issue.path.join(' → ') || 'top level'}: ${message}`;
    });
    throw new Error(`${file} has ${issues.length} problem(s):\n${issues.join('\n')}`);
  }
  return parsed.data;
}
