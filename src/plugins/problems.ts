import type { VFile } from 'vfile';
import { countProblems, formatProblems, type Problem } from '../lib/problems.ts';

/** A problem a plugin finds in the file it is transforming: the file is the VFile's own. */
export type PluginProblem = Omit<Problem, 'file'>;

/**
 * Fails the file with every problem at once, in the project's one format (`file:line  message`),
 * so an author fixes them in one pass. The thrown VFileMessage carries the first line, which Astro
 * shows as `file:line` in its error overlay and build output.
 */
export function failAll(file: VFile, problems: readonly PluginProblem[]): void {
  if (problems.length === 0) return;
  const where = file.path || 'this file';
  const first = problems[0]?.line;
  const lines = formatProblems(problems.map((problem) => ({ ...problem, file: where })));
  file.fail(`${countProblems(problems.length)} in ${where}:\n${lines}`, first ? { line: first, column: 1 } : undefined);
}
