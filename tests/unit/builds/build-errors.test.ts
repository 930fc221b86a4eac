/**
 * Bad input must fail the build with a message that names the file and line and says what to do.
 * Each case in tests/fixtures/sites/<case>/ holds only the files that differ from
 * tests/fixtures/sites/base/ (a clean site) and `expected.txt`: lines the build output must contain.
 * A new case is new files, not new code.
 */
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';

const sites = 'tests/fixtures/sites';
const cases = readdirSync(sites, { withFileTypes: true })
  .filter((e) => e.isDirectory() && e.name !== 'base')
  .map((e) => e.name);
const work = mkdtempSync(path.join(tmpdir(), 'site-fixtures-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/**
 * One build at a time. Astro keeps its content data store and generated modules in the project's
 * own .astro/ folder whatever cacheDir says, so two fixture builds at once overwrite each other's
 * content (seen as UnknownContentCollectionError in whichever case lost the race).
 */
const BUILDS_AT_ONCE = 1;
/** Generous: a case may wait for others to finish before its own build starts. */
const TIMEOUT = 600_000;
let running = 0;
const waiting: Array<() => void> = [];

async function inTurn<T>(work: () => Promise<T>): Promise<T> {
  if (running >= BUILDS_AT_ONCE) await new Promise<void>((resolve) => waiting.push(resolve));
  running++;
  try {
    return await work();
  } finally {
    running--;
    waiting.shift()?.();
  }
}

/** Builds `content` with the real site config; resolves with the exit status and all output. */
function build(content: string, name: string) {
  const outDir = path.join(work, `${name}-dist`);
  return inTurn(
    () =>
      new Promise<{ status: number | null; output: string; outDir: string }>((resolve, reject) => {
        const child = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', outDir], {
          env: { ...process.env, SITE_CONTENT_DIR: content, ASTRO_CACHE_DIR: path.join(work, `${name}-cache`), FORCE_COLOR: '0', NO_COLOR: '1' },
        });
        let output = '';
        child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
        child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
        child.on('error', reject);
        child.on('close', (status) => resolve({ status, output, outDir }));
      }),
  );
}

describe.concurrent('the build refuses bad input', () => {
  test('the clean base site builds', { timeout: TIMEOUT }, async () => {
    const result = await build(path.resolve(sites, 'base'), 'base');
    expect(result.output).toContain('Complete!');
    expect(result.status).toBe(0);
  });

  test.each(cases)('%s', { timeout: TIMEOUT }, async (name) => {
    const content = path.join(work, name);
    cpSync(path.join(sites, 'base'), content, { recursive: true });
    cpSync(path.join(sites, name), content, { recursive: true });
    rmSync(path.join(content, 'expected.txt'), { force: true });

    const result = await build(content, name);
    expect(result.status, result.output).not.toBe(0);
    const expected = readFileSync(path.join(sites, name, 'expected.txt'), 'utf8')
      .replaceAll('<content>', content)
      .split('\n')
      .filter(Boolean);
    for (const line of expected) expect(result.output).toContain(line);
    expect(existsSync(path.join(result.outDir, 'index.html')), 'no half-built site is left behind').toBe(false);
  });
});
