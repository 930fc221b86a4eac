import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Problem } from '../lib/problems.ts';

/** One message of the Nu checker's JSON output (`--format json`). */
interface NuMessage {
  type: string;
  url?: string;
  lastLine?: number;
  message: string;
}

/**
 * Checks every built page with the W3C Nu Html Checker (the `vnu-jar` package, run with Java), the
 * validator browsers' own developers use: any error is a problem at its page and line. Throws with
 * what to install when Java is missing, rather than passing without having checked.
 */
export async function validateHtml(distDir: string): Promise<Problem[]> {
  // The package's main export is the path of the jar it ships.
  const jar = String(createRequire(import.meta.url)('vnu-jar'));
  const { status, stdout, stderr } = await run('java', ['-jar', jar, '--format', 'json', '--errors-only', '--skip-non-html', '--stdout', distDir]);
  let messages: NuMessage[];
  try {
    messages = (JSON.parse(stdout) as { messages: NuMessage[] }).messages;
  } catch {
    throw new Error(`The Nu Html Checker did not report (exit ${status}): ${stderr.trim() || stdout.trim()}`);
  }
  return messages
    .filter((m) => m.type === 'error')
    .map((m) => ({ file: m.url ? path.relative(distDir, fileURLToPath(m.url)) : distDir, line: m.lastLine, message: m.message }));
}

function run(command: string, args: string[]): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args);
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', (error: NodeJS.ErrnoException) =>
      reject(
        error.code === 'ENOENT'
          ? new Error(
              'Java is needed to run the Nu Html Checker and was not found. Install a Java runtime (17 or newer), e.g. "apt-get install default-jre-headless".',
            )
          : error,
      ),
    );
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}
