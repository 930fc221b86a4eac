import type { Element, Root, Text } from 'hast';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import { visitParents } from 'unist-util-visit-parents';
import { closest } from '../lib/closest.ts';
import { isJsxElement } from './mdx-jsx.ts';
import { failAll, type PluginProblem } from './problems.ts';

export interface Options {
  /** Every citation key in the bibliography. */
  keys: ReadonlySet<string>;
  /** Where the bibliography lives, named in error hints. */
  bibliographyPath?: string;
  /**
   * References whose content we could not read, each with the keys of the records that report it.
   * A citation made only of these fails: a claim needs a source someone has read.
   */
  unread?: ReadonlyMap<string, readonly string[]>;
}

/** Elements inside which rehype-citation processes text (its `permittedTags`). */
const PROCESSED_PARENTS = new Set(['p', 'li', 'td', 'th', 'div', 'span']);
/** A bracketed group that contains an @: what rehype-citation treats as a citation. */
const BRACKETED = /\[([^[\]]*@[^[\]]+)\]/g;
/** A bare `@key` after whitespace: rehype-citation's in-text form, which prints nothing useful in a numbered style. */
const BARE = /(?<=^|\s)-?@([\p{L}\d_][^\s\]]*[\p{L}\d_])/gu;
/** The one form this site uses inside brackets: `@key`, separated by semicolons. */
const PLAIN_KEY = /^@([a-z0-9][a-z0-9-]*)$/;

/**
 * Checks every citation before rehype-citation sees it, because rehype-citation leaves an unknown
 * key, or a citation inside emphasis, a link or a heading, as literal `[@key]` text without a word.
 *
 * Accepted: `[@key]` and `[@key1; @key2]` in a paragraph, list item or table cell.
 * Rejected, with file, line and a hint: unknown keys (with the closest known key), locators or
 * prefixes (`[see @key, p. 4]`), keys joined by commas or written in capitals, bare `@key`, and
 * citations inside `em`, `strong`, `del`, `a`, `h1`–`h6`, inline components or image alt text,
 * and a citation whose every key is an unread reference (`options.unread`): `[@paper]` alone
 * would back a claim with a work nobody here could read, so it must name a source that reports it.
 * (Citations in `code` are left alone: they are examples.) Run immediately before rehype-citation.
 */
export function rehypeCitationCheck(options: Options) {
  const bibliography = options.bibliographyPath ?? 'the bibliography';
  const unread = options.unread ?? new Map<string, readonly string[]>();

  return function transform(tree: Root, file: VFile) {
    const problems: PluginProblem[] = [];

    visitParents(tree, 'text', (node: Text, ancestors) => {
      if (!node.value.includes('@')) return;
      const parent = ancestors.at(-1);
      const line = node.position?.start.line;
      const insideCode = ancestors.some((a) => a.type === 'element' && (a.tagName === 'code' || a.tagName === 'pre'));
      if (insideCode) return;

      for (const match of node.value.matchAll(BRACKETED)) {
        const cite = match[0];
        if (parent?.type === 'element' && !PROCESSED_PARENTS.has(parent.tagName)) {
          problems.push({
            line,
            message: `citation ${cite} is inside <${parent.tagName}>, where it would stay as plain text. Move it outside the ${parentName(parent)}.`,
          });
        }
        if (parent && isJsxElement(parent) && parent.type === 'mdxJsxTextElement') {
          problems.push({
            line,
            message: `citation ${cite} is inside <${parent.name ?? 'component'}> written inline, where it would stay as plain text. Put the component's content on its own lines, with blank lines around it, or move the citation outside.`,
          });
        }
        const parts = (match[1] ?? '').split(';').map((p) => p.trim());
        const cited = parts.map((part) => PLAIN_KEY.exec(part)?.[1]).filter((key): key is string => key !== undefined);
        if (cited.length > 0 && cited.length === parts.length && cited.every((key) => unread.has(key))) {
          problems.push({ line, message: unreadHint(cite, cited, unread) });
        }
        for (const part of parts) {
          const plain = PLAIN_KEY.exec(part);
          if (!plain) {
            problems.push({ line, message: `citation ${cite} has "${part}"; ${formHint(part)}` });
            continue;
          }
          const key = plain[1] ?? '';
          if (!options.keys.has(key)) {
            const near = closest(key, options.keys);
            problems.push({
              line,
              message: `unknown citation key "${key}" in ${cite}.${near ? ` Did you mean "${near}"?` : ''} Add the record to ${bibliography} or fix the key.`,
            });
          }
        }
      }

      const outsideBrackets = node.value.replace(BRACKETED, ' ');
      for (const match of outsideBrackets.matchAll(BARE)) {
        problems.push({
          line,
          message: `"${match[0].trim()}" looks like an in-text citation; write it in brackets as [@${match[1]}] (or escape the @ if it is not a citation).`,
        });
      }
    });

    // Alt text is an attribute, never processed: a citation there would reach readers as "[@key]".
    visit(tree, 'element', (node: Element) => {
      const alt = node.properties['alt'];
      if (node.tagName !== 'img' || typeof alt !== 'string') return;
      for (const match of alt.matchAll(BRACKETED)) {
        problems.push({
          line: node.position?.start.line,
          message: `citation ${match[0]} is in the alt text of image "${String(node.properties['src'] ?? '')}", where it would stay as plain text. Cite in the sentence or caption next to the image.`,
        });
      }
    });

    failAll(file, problems);
  };
}

function parentName(element: Element): string {
  if (/^h[1-6]$/.test(element.tagName)) return 'heading (cite in the paragraph below it)';
  if (element.tagName === 'a') return 'link';
  if (element.tagName === 'del' || element.tagName === 's') return 'strikethrough';
  if (['em', 'strong', 'i', 'b'].includes(element.tagName)) return 'emphasis';
  return `<${element.tagName}> element`;
}

/** What to write instead of a part of a citation that is not a plain `@key`. */
function formHint(part: string): string {
  if ((part.match(/@/g) ?? []).length > 1) return 'separate keys with semicolons, as [@key1; @key2].';
  const key = /^@([\p{L}\d_-]+)$/u.exec(part)?.[1];
  if (key && key !== key.toLowerCase()) return `keys are lowercase; write [@${key.toLowerCase()}].`;
  return "this site's numbered style takes only keys, as [@key] or [@key1; @key2] (no prefixes, locators or suppressed authors).";
}

/** Why a citation of unread references only is refused, and what to cite instead. */
function unreadHint(cite: string, keys: readonly string[], unread: ReadonlyMap<string, readonly string[]>): string {
  const reporters = [...new Set(keys.flatMap((key) => unread.get(key) ?? []))];
  const example = reporters.length > 0 ? ` such as ${reporters.map((key) => `@${key}`).join(', ')}` : '';
  return (
    `citation ${cite} cites only ${keys.length === 1 ? 'a reference' : 'references'} we could not read (custom.read is record or reports in the bibliography). ` +
    `Add the source that reports this claim${example}, as [${[...keys, reporters[0] ?? 'source'].map((key) => `@${key}`).join('; ')}], ` +
    'or reword the sentence as what "the sources available to us" say.'
  );
}
