import type { VFile } from 'vfile';

/** One thing wrong in a source file, found by a plugin. */
export interface Problem {
  /** 1-based line in the source file, when the node has a position. */
  line: number | undefined;
  /** What is wrong and what to do about it. */
  message: string;
}

/**
 * Fails the file with every problem at once, each on its own line with its line number, so an
 * author fixes them in one pass. The thrown VFileMessage carries the first line, which Astro
 * shows as `file:line` in its error overlay and build output.
 */
export function failAll(file: VFile, problems: readonly Problem[]): void {
  if (problems.length === 0) return;
  const where = file.path || 'this file';
  const lines = problems.map((p) => `  ${where}${p.line ? `:${p.line}` : ''}  ${p.message}`);
  const first = problems[0]?.line;
  const heading = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
  file.fail(`${heading} in ${where}:\n${lines.join('\n')}`, first ? { line: first, column: 1 } : undefined);
}
