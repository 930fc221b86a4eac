import type { Root } from 'hast';
import type { VFile } from 'vfile';
import { CitationKeys, citationSpans } from './citation-spans.ts';
import { failAll } from './problems.ts';

export interface Options {
  /** Every citation key in the bibliography. */
  keys: ReadonlySet<string>;
  /**
   * References whose content we could not read (`custom.read` record or reports), each with the
   * keys of the records that report it.
   */
  unread: ReadonlyMap<string, readonly string[]>;
}

/**
 * Fails a citation whose every key is an unread reference: `[@paper]` alone would back a claim
 * with a work nobody here could read, so it must also name a source that reports it. Reads the
 * citations rehype-citation numbered (its spans, through citation-spans.ts), not `[@key]` text;
 * run it immediately after rehype-citation, before rehypeCitationLinks rewrites its spans.
 *
 * ```md
 * The paper itself says so [@epsilon2026].
 * ```
 * fails, suggesting `[@epsilon2026; @delta-report]` (delta-report being the record that reports it).
 */
export function rehypeCitationUnread(options: Options) {
  const keys = new CitationKeys(options.keys);
  return function transform(tree: Root, file: VFile) {
    const { spans, problems } = citationSpans(tree, keys);
    for (const span of spans) {
      if (span.keys.every((key) => options.unread.has(key))) problems.push({ line: span.line, message: unreadHint(span.keys, options.unread) });
    }
    failAll(file, problems);
  };
}

/** Why a citation of unread references only is refused, and what to cite instead. */
function unreadHint(keys: readonly string[], unread: ReadonlyMap<string, readonly string[]>): string {
  const cite = `[${keys.map((key) => `@${key}`).join('; ')}]`;
  const reporters = [...new Set(keys.flatMap((key) => unread.get(key) ?? []))];
  const example = reporters.length > 0 ? ` such as ${reporters.map((key) => `@${key}`).join(', ')}` : '';
  return (
    `citation ${cite} cites only ${keys.length === 1 ? 'a reference' : 'references'} we could not read (custom.read is record or reports in the bibliography). ` +
    `Add the source that reports this claim${example}, as [${[...keys, reporters[0] ?? 'source'].map((key) => `@${key}`).join('; ')}], ` +
    'or reword the sentence as what "the sources available to us" say.'
  );
}
