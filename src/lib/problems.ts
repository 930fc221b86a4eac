/**
 * The one shape and format of a problem in the content, whoever finds it: the content preflight,
 * the config readers, the Markdown plugins or the checks of the built site. Every problem reads
 *
 *     file:line  field: message
 *
 * (`field` only where a data file has one), so an editor or terminal can jump to it and an author
 * always knows what to fix and where.
 */
export interface Problem {
  /** The file as the author knows it: `content/articles/x.mdx`. */
  file: string;
  /** 1-based line, when the place is known. */
  line?: number | undefined;
  /** The field, e.g. `takeaways[1].id`; empty or absent for a problem with a whole file or passage. */
  field?: string | undefined;
  /** What is wrong and what to do about it. */
  message: string;
}

/** `file:line  field: message` */
export function formatProblem({ file, line, field, message }: Problem): string {
  return `${file}${line ? `:${line}` : ''}  ${field ? `${field}: ` : ''}${message}`;
}

/** Problems one per line, indented, in the order given. */
export function formatProblems(problems: readonly Problem[]): string {
  return problems.map((problem) => `  ${formatProblem(problem)}`).join('\n');
}

/** Files in the order they first appear, each in reading order, so an author can work down the list. */
export function sortProblems(problems: readonly Problem[]): Problem[] {
  const files = [...new Set(problems.map((p) => p.file))];
  return [...problems].sort((a, b) => files.indexOf(a.file) - files.indexOf(b.file) || (a.line ?? 0) - (b.line ?? 0));
}

/** "1 problem" / "3 problems" */
export const countProblems = (n: number) => `${n} problem${n === 1 ? '' : 's'}`;

/**
 * An error that carries its problems: `heading`, then every problem on its own line. Thrown by
 * config readers and build checks; the message is what the author reads in the build output.
 */
export class ContentError extends Error {
  readonly problems: readonly Problem[];
  constructor(heading: string, problems: readonly Problem[]) {
    super(`${heading}\n${formatProblems(problems)}`);
    this.name = 'ContentError';
    this.problems = problems;
  }
}
