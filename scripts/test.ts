/**
 * `npm test`: runs every stage in order, stops at the first that fails, and ends, pass or fail,
 * with a table of how long each stage took. `npm test -- browser "base path"` runs only the stages
 * named (their earlier stages' output, such as dist/, must already exist).
 *
 * A stage is one npm script. To add one, add a line to STAGES where it belongs in the order.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';

interface Stage {
  /** As shown in the timing table. */
  name: string;
  /** The npm script that runs it. */
  script: string;
}

const STAGES: Stage[] = [
  { name: 'lint', script: 'lint' },
  { name: 'type checks', script: 'check' },
  { name: 'unit', script: 'test:unit' },
  { name: 'fixture builds', script: 'test:builds' },
  { name: 'site build', script: 'build' },
  { name: 'link check', script: 'check:links' },
  { name: 'HTML check', script: 'check:html' },
  { name: 'browser', script: 'test:e2e' },
  { name: 'base-path build', script: 'build:base-path' },
  { name: 'base path', script: 'test:e2e:base-path' },
];

type Outcome = 'passed' | 'failed' | 'stopped' | 'not run';
interface Row {
  stage: Stage;
  outcome: Outcome;
  seconds?: number;
}

const wanted = process.argv.slice(2);
const unknown = wanted.filter((name) => !STAGES.some((s) => s.name === name));
if (unknown.length > 0) {
  console.error(`No stage named ${unknown.map((n) => `"${n}"`).join(', ')}. Stages: ${STAGES.map((s) => `"${s.name}"`).join(', ')}.`);
  process.exit(2);
}
const rows: Row[] = STAGES.filter((s) => wanted.length === 0 || wanted.includes(s.name)).map((stage) => ({ stage, outcome: 'not run' }));
const started = performance.now();
// A whole run starts from no test reports, so the CI summary (scripts/ci-summary.ts) counts only this run's.
if (wanted.length === 0) {
  mkdirSync('test-results', { recursive: true });
  for (const file of readdirSync('test-results')) if (/^(vitest|playwright).*\.json$/.test(file)) rmSync(`test-results/${file}`);
}
let child: ReturnType<typeof spawn> | undefined;
let running: { row: Row; since: number } | undefined;

// Ctrl-C or a CI timeout: stop the running stage (its whole process group: browsers, servers,
// workers), and still say where the time went.
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (child?.pid) {
      try {
        process.kill(-child.pid, signal);
      } catch {
        // Already gone.
      }
    }
    if (running) Object.assign(running.row, { outcome: 'stopped', seconds: (performance.now() - running.since) / 1000 });
    finish(1);
  });
}

let status = 0;
for (const row of rows) {
  console.log(`\n── ${row.stage.name} (npm run ${row.stage.script}) ──`);
  const t0 = performance.now();
  running = { row, since: t0 };
  const code = await run(row.stage.script);
  running = undefined;
  row.seconds = (performance.now() - t0) / 1000;
  row.outcome = code === 0 ? 'passed' : 'failed';
  if (code !== 0) {
    status = code || 1;
    break;
  }
}
finish(status);

function run(script: string): Promise<number> {
  return new Promise((resolve) => {
    // Its own process group, so that stopping it stops everything it started.
    child = spawn('npm', ['run', '--silent', script], { stdio: 'inherit', detached: true });
    child.on('error', (error) => {
      console.error(error.message);
      resolve(1);
    });
    child.on('close', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

function finish(code: number): never {
  const total = (performance.now() - started) / 1000;
  const width = Math.max(...rows.map((r) => r.stage.name.length), 'total'.length);
  const time = (s: number | undefined) => (s === undefined ? '' : `${s.toFixed(1)} s`).padStart(8);
  const lines = [
    '',
    `${'stage'.padEnd(width)}      time  result`,
    ...rows.map((r) => `${r.stage.name.padEnd(width)}  ${time(r.seconds)}  ${r.outcome}`),
    `${'total'.padEnd(width)}  ${time(total)}  ${code === 0 ? 'passed' : 'failed'}`,
  ];
  console.log(lines.join('\n'));
  mkdirSync('test-results', { recursive: true });
  writeFileSync(
    'test-results/stages.json',
    `${JSON.stringify({ total, stages: rows.map((r) => ({ name: r.stage.name, script: r.stage.script, outcome: r.outcome, seconds: r.seconds })) }, null, 2)}\n`,
  );
  process.exit(code);
}
