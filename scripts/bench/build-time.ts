import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** One timed `astro build`, from start to the end of the process (post-build steps included). */
export interface BuildRun {
  /** What was built, for messages: "our site, 1000 synthetic articles". */
  label: string;
  /** Exit status: anything but 0 is a failed build. */
  status: number | null;
  /** stdout and stderr, interleaved. */
  output: string;
  /** Wall-clock time. */
  seconds: number;
  /**
   * CPU time of the build process and every process it ran and waited for (Pagefind's indexer is a
   * separate program): what the build costs, whatever else the machine is doing. NaN where the
   * platform does not say (it is read from /proc on Linux).
   */
  cpuSeconds: number;
}

export interface BuildCommand {
  label: string;
  /** The project folder to build in. */
  cwd: string;
  outDir: string;
  env?: Record<string, string>;
}

/**
 * Runs `astro build` with the project's own Astro in `cwd`, measuring wall time and the CPU time of
 * the whole process tree the same way for every project (our site and the peer alike). Builds must
 * run one at a time: the CPU time is the growth of this process's "children" counters.
 */
export function timeBuild({ label, cwd, outDir, env = {} }: BuildCommand): Promise<BuildRun> {
  const cpuBefore = childrenCpuSeconds();
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join('node_modules', 'astro', 'bin', 'astro.mjs'), 'build', '--outDir', path.resolve(outDir)], {
      cwd,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0', ...env },
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (status) => {
      resolve({ label, status, output, seconds: (performance.now() - started) / 1000, cpuSeconds: childrenCpuSeconds() - cpuBefore });
    });
  });
}

/** A failed build, with the end of its output: the bench stops on it rather than leave a figure out. */
export class BuildFailed extends Error {
  constructor(run: BuildRun) {
    super(`${run.label}: the build failed (exit status ${run.status}), so its time cannot be measured.\n\n${run.output.slice(-4000)}`);
    this.name = 'BuildFailed';
  }
}

/** The run, if the build succeeded; throws BuildFailed otherwise. */
export function succeeded(run: BuildRun): BuildRun {
  if (run.status !== 0) throw new BuildFailed(run);
  return run;
}

/** Clock ticks per second in /proc (USER_HZ), 100 on every Linux architecture Node supports. */
const USER_HZ = 100;

/**
 * CPU seconds (user + system) of every child process this process has waited for, with their own
 * waited-for children. NaN off Linux.
 */
export const childrenCpuSeconds = (): number => cpuOfChildren(readProcStat());

/** Fields 16 and 17 (cutime, cstime) of a /proc/<pid>/stat line, in seconds; NaN without one. */
export function cpuOfChildren(stat: string | undefined): number {
  if (stat === undefined) return Number.NaN;
  // The command name (field 2) is in parentheses and may contain spaces: count fields after it.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const [cutime, cstime] = [Number(fields[13]), Number(fields[14])];
  return (cutime + cstime) / USER_HZ;
}

function readProcStat(): string | undefined {
  try {
    return readFileSync('/proc/self/stat', 'utf8');
  } catch {
    return undefined;
  }
}

/** HTML pages in a built site: what "per page" divides by, for our site and the peer alike. */
export function countHtmlPages(dir: string): number {
  return readdirSync(dir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile() && entry.name.endsWith('.html')).length;
}

/** Build cost per HTML page, in milliseconds. */
export interface PerPage {
  pages: number;
  wallMs: number;
  cpuMs: number;
}

export const perPage = (run: Pick<BuildRun, 'seconds' | 'cpuSeconds'>, pages: number): PerPage => ({
  pages,
  wallMs: (run.seconds * 1000) / pages,
  cpuMs: (run.cpuSeconds * 1000) / pages,
});
