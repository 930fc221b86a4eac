import type { Heading, Root, Text } from 'mdast';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import { toString as mdastText } from 'mdast-util-to-string';
import { KEBAB_ID } from '../schemas/shared.ts';
import { failAll, type PluginProblem } from './problems.ts';

export interface Options {
  /** Heading depths that must carry an explicit id. Default: 2 and 3 (the sections readers link to). */
  requiredDepths?: readonly number[];
  /** Ids the page layout already uses; an article heading may not take them. */
  reservedIds?: readonly string[];
}

/** Matches a trailing `{#some-id}`; in MDX the author writes `\{#some-id}` because `{` opens an expression. */
const TRAILING_ID = /\s*\{#([^}\s]*)\}\s*$/;

/**
 * Gives headings the ids their authors wrote, so a link to a section survives rewording it.
 *
 * ```mdx
 * ## Who took part \{#who-took-part}
 * ```
 * becomes `<h2 id="who-took-part">Who took part</h2>`.
 *
 * Fails the file (with its line) when a required heading has no id, an id is not lowercase-kebab,
 * two headings share an id, a heading takes a layout id, or the body has a level-1 heading (the
 * page title is the only h1). Run before any plugin that reads heading ids.
 */
export function remarkHeadingIds(options: Options = {}) {
  const required = new Set(options.requiredDepths ?? [2, 3]);
  const reserved = new Set(options.reservedIds ?? []);

  return function transform(tree: Root, file: VFile) {
    const problems: PluginProblem[] = [];
    const seen = new Map<string, number>();

    visit(tree, 'heading', (heading: Heading) => {
      const line = heading.position?.start.line;
      const last = heading.children.at(-1);
      const match = last?.type === 'text' ? TRAILING_ID.exec(last.value) : null;
      const label = mdastText(heading).replace(TRAILING_ID, '').trim();

      if (heading.depth === 1) {
        problems.push({ line, message: `"# ${label}" is a level-1 heading; the page title is the only h1, so use "## ${label}" for a section.` });
        return;
      }
      if (!match) {
        if (required.has(heading.depth)) {
          problems.push({
            line,
            message: `heading "${label}" has no explicit id. End it with one, e.g. "${'#'.repeat(heading.depth)} ${label} \\{#${suggestId(label)}}", so links to it survive rewording.`,
          });
        }
        return;
      }

      const id = match[1] ?? '';
      (last as Text).value = (last as Text).value.slice(0, match.index);
      if (!KEBAB_ID.test(id)) {
        problems.push({ line, message: `heading id "${id}" must be lowercase words joined by hyphens, e.g. "${suggestId(label)}".` });
      } else if (reserved.has(id)) {
        problems.push({ line, message: `heading id "${id}" is used by the page layout; choose another, e.g. "${id}-section".` });
      } else if (seen.has(id)) {
        problems.push({ line, message: `heading id "${id}" is already used on line ${seen.get(id)}; every id on a page must be unique.` });
      } else {
        seen.set(id, line ?? 0);
      }
      heading.data = { ...heading.data, hProperties: { ...heading.data?.hProperties, id } };
    });

    failAll(file, problems);
  };
}

/** A kebab-case suggestion built from the heading text, for error messages only. */
function suggestId(text: string): string {
  return (
    text
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .split('-')
      .slice(0, 6)
      .join('-') || 'section-id'
  );
}
