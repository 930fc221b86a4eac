/**
 * Whole `astro build`s of fixture content, several at once, each in its own copy of the project.
 *
 * Astro writes generated modules that name the content files (`.astro/content-modules.mjs`,
 * `content.d.ts`) into the project's own `.astro/` folder, whatever `cacheDir` says, so two builds
 * of different content in one project overwrite each other (seen as UnknownContentCollectionError
 * in whichever build lost the race). A copy of the project's code (src/, public/ and the config
 * files, with node_modules linked) gives each build its own `.astro/`; `ASTRO_CACHE_DIR` gives it
 * its own data store (by default in node_modules/.astro, which the link would share).
 */
import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, symlinkSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import pLimit from 'p-limit';

/** What a build of the site needs from the project, besides content/ and node_modules/. */
const PROJECT_FILES = ['src', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json'];

/** One build per core: a build is mostly one thread, so more at once only share the same cores. */
const inTurn = pLimit(Math.max(1, availableParallelism()));

/**
 * Generous: a build takes 3 to 10 s on an idle 2-core machine, but waits its turn behind the
 * others, and on a machine busy with other work every one of them takes several times as long.
 */
export const BUILD_TIMEOUT = 600_000;

export interface BuildResult {
  status: number | null;
  /** stdout and stderr, interleaved as written. */
  output: string;
  outDir: string;
}

/** Copies the project's code into `dir` (created), linking the project's node_modules. */
function copyProject(dir: string): void {
  mkdirSync(dir, { recursive: true });
  for (const entry of PROJECT_FILES) cpSync(entry, path.join(dir, entry), { recursive: true });
  symlinkSync(path.resolve('node_modules'), path.join(dir, 'node_modules'), 'dir');
}

/**
 * Builds the content folder `content` with the real site config, in a copy of the project under
 * `work/<name>/`, into `work/<name>/dist`. Resolves with the exit status and all output.
 */
export function buildFixture(content: string, work: string, name: string, env: Record<string, string> = {}): Promise<BuildResult> {
  const root = path.join(work, name);
  const outDir = path.join(root, 'dist');
  return inTurn(
    () =>
      new Promise<BuildResult>((resolve, reject) => {
        copyProject(root);
        const child = spawn(process.execPath, [path.resolve('node_modules/astro/bin/astro.mjs'), 'build', '--outDir', outDir], {
          cwd: root,
          env: { ...process.env, SITE_CONTENT_DIR: content, ASTRO_CACHE_DIR: path.join(root, 'cache'), FORCE_COLOR: '0', NO_COLOR: '1', ...env },
        });
        let output = '';
        child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
        child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
        child.on('error', reject);
        child.on('close', (status) => resolve({ status, output, outDir }));
      }),
  );
}
