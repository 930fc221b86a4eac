import type { Element, Root, Text } from 'hast';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import { visitParents } from 'unist-util-visit-parents';
import { closest } from '../lib/closest.ts';
import { CitationKeys } from './citation-spans.ts';
import { isJsxElement, type JsxElement } from './mdx-jsx.ts';
import { failAll, type PluginProblem } from './problems.ts';

export interface Options {
  /** Every citation key in the bibliography. */
  keys: ReadonlySet<string>;
  /** Where the bibliography lives, named in error hints. */
  bibliographyPath?: string;
}

/** Elements inside which rehype-citation processes text (its `permittedTags`). */
const PROCESSED_PARENTS = new Set(['p', 'li', 'td', 'th', 'div', 'span']);
/** A bracketed group that contains an @: what rehype-citation treats as a citation. */
const BRACKETED = /\[([^[\]]*@[^[\]]+)\]/g;
/** A bare `@key` after whitespace: rehype-citation's in-text form, which prints nothing useful in a numbered style. */
const BARE = /(?<=^|\s)-?@([\p{L}\d_][^\s\]]*[\p{L}\d_])/gu;
/** The one form this site uses inside brackets: `@key`, separated by semicolons. */
const PLAIN_KEY = /^@([^\s@]+)$/;

/** What a text node can be in: an element, a component written in the article, or the root. */
type TextParent = Root | Element | JsxElement;

/** What the checks of one text node need to know. */
interface Context {
  keys: ReadonlySet<string>;
  byCase: CitationKeys;
  bibliography: string;
}

/**
 * Checks every citation before rehype-citation sees it, because rehype-citation leaves an unknown
 * key, or a citation inside emphasis, a link or a heading, as literal `[@key]` text without a word
 * (and skips every later citation in the same text). What it does number is read from its output
 * afterwards (citation-spans.ts), never parsed here for later plugins.
 *
 * Accepted: `[@key]` and `[@key1; @key2]` in a paragraph, list item or table cell; keys exactly as
 * the bibliography spells them (capitals included).
 * Rejected, with file, line and a hint: unknown keys (with the closest known key), keys that differ
 * from another only in case (rehype-citation's output cannot tell them apart), locators or
 * prefixes (`[see @key, p. 4]`), keys joined by commas, bare `@key`, and citations inside `em`,
 * `strong`, `del`, `a`, `h1`–`h6`, inline components or image alt text. (Citations in `code` are
 * left alone: they are examples.) Run immediately before rehype-citation.
 */
export function rehypeCitationCheck(options: Options) {
  const context: Context = { keys: options.keys, byCase: new CitationKeys(options.keys), bibliography: options.bibliographyPath ?? 'the bibliography' };
  return function transform(tree: Root, file: VFile) {
    const problems: PluginProblem[] = [];
    visitParents(tree, 'text', (node: Text, ancestors) => {
      if (!node.value.includes('@')) return;
      if (ancestors.some((a) => a.type === 'element' && (a.tagName === 'code' || a.tagName === 'pre'))) return;
      problems.push(...textProblems(node, ancestors.at(-1), context));
    });
    problems.push(...altTextProblems(tree));
    failAll(file, problems);
  };
}

/** Every problem with the citations in one text node. */
function textProblems(node: Text, parent: TextParent | undefined, context: Context): PluginProblem[] {
  const line = node.position?.start.line;
  const problems: PluginProblem[] = [];
  for (const match of node.value.matchAll(BRACKETED)) {
    const cite = match[0];
    const placement = parent ? placementProblem(cite, parent) : undefined;
    if (placement) problems.push({ line, message: placement });
    const parts = (match[1] ?? '').split(';').map((p) => p.trim());
    problems.push(...parts.flatMap((part) => partProblems(cite, part, context).map((message) => ({ line, message }))));
  }
  for (const match of node.value.replace(BRACKETED, ' ').matchAll(BARE)) {
    problems.push({
      line,
      message: `"${match[0].trim()}" looks like an in-text citation; write it in brackets as [@${match[1]}] (or escape the @ if it is not a citation).`,
    });
  }
  return problems;
}

/** Why a citation in `parent` would stay as plain text, if it would. */
function placementProblem(cite: string, parent: TextParent): string | undefined {
  if (parent.type === 'element' && !PROCESSED_PARENTS.has(parent.tagName)) {
    return `citation ${cite} is inside <${parent.tagName}>, where it would stay as plain text. Move it outside the ${parentName(parent)}.`;
  }
  if (isJsxElement(parent) && parent.type === 'mdxJsxTextElement') {
    return `citation ${cite} is inside <${parent.name ?? 'component'}> written inline, where it would stay as plain text. Put the component's content on its own lines, with blank lines around it, or move the citation outside.`;
  }
  return undefined;
}

/** What is wrong with one `;`-separated part of a citation: its form, or its key. */
function partProblems(cite: string, part: string, { keys, byCase, bibliography }: Context): string[] {
  const key = PLAIN_KEY.exec(part)?.[1];
  if (key === undefined) return [`citation ${cite} has "${part}"; ${formHint(part)}`];
  if (!keys.has(key)) {
    const near = closest(key, keys);
    const hint = near ? ` Did you mean "${near}"?${near.toLowerCase() === key.toLowerCase() ? ' Keys are case-sensitive.' : ''}` : '';
    return [`unknown citation key "${key}" in ${cite}.${hint} Add the record to ${bibliography} or fix the key.`];
  }
  const twins = byCase.caseTwins(key);
  if (twins.length === 0) return [];
  return [
    `citation key "${key}" in ${cite} differs from "${twins.join('", "')}" only in case; rehype-citation writes keys in lowercase, so the site cannot tell which is meant. Rename one of them in ${bibliography}.`,
  ];
}

/** Alt text is an attribute, never processed: a citation there would reach readers as "[@key]". */
function altTextProblems(tree: Root): PluginProblem[] {
  const problems: PluginProblem[] = [];
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
  return problems;
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
  return "this site's numbered style takes only keys, as [@key] or [@key1; @key2] (no prefixes, locators or suppressed authors).";
}
