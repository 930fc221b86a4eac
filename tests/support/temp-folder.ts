/**
 * A temporary folder for a test: `const folder = tempFolder('link-check-')` makes a new folder under
 * the system's temporary folder; `folder.write({ 'a/index.html': '…' })` writes files into it (their
 * folders made as needed) and returns the folder; `folder.remove()` deletes it (in afterEach or
 * afterAll).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export interface TempFolder {
  dir: string;
  /** The absolute path of a file in the folder. */
  path(file: string): string;
  /** Writes files by their path in the folder; returns the folder. */
  write(files: Record<string, string>): string;
  remove(): void;
}

export function tempFolder(prefix: string): TempFolder {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  const at = (file: string) => path.join(dir, file);
  return {
    dir,
    path: at,
    write(files) {
      for (const [file, text] of Object.entries(files)) {
        mkdirSync(path.dirname(at(file)), { recursive: true });
        writeFileSync(at(file), text);
      }
      return dir;
    },
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}
