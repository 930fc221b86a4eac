import type { MdxFile } from './mdx-files.ts';

/** The kinds of public id an MDX page's source gives its page. */
export type IdKind = 'section' | 'claim' | 'takeaway' | 'figure';

/** One id written in an MDX page, where it was written. */
export interface PageId {
  kind: IdKind;
  id: string;
  /** 1-based line in the file. */
  line: number;
  /** A section's heading level (2 for `##`). */
  depth?: number;
}

/** How each kind is written, for messages that say what to add. */
export const ID_FORMS: Record<IdKind, (id: string) => string> = {
  section: (id) => `## … \\{#${id}}`,
  claim: (id) => `<Claim id="${id}">`,
  takeaway: (id) => `takeaways: - id: ${id}`,
  figure: (id) => `<Figure name="${id}" />`,
};

const HEADING = /^(#{1,6})\s.*\\?\{#([a-z0-9-]+)\}\s*$/;
const CLAIM = /<Claim\s[^>]*?\bid="([^"]+)"/g;
const FIGURE = /<Figure\s[^>]*?\bname="([^"]+)"/g;
const FENCE = /^\s*(```|~~~)/;

/**
 * The public ids an MDX page's source gives it, in the order they are written: the takeaways'
 * ids (frontmatter), and in the body each heading's `\{#id}`, each `<Claim id>` and each
 * `<Figure name>` (a figure's anchor on the page is made from its name). Code blocks are skipped.
 * The same reading as the plugins' (remark-heading-ids), kept to lines so a problem names its line.
 */
export function pageIds(page: MdxFile): PageId[] {
  const found: PageId[] = [];
  const frontmatter = page.frontmatter;
  const takeaways = (frontmatter?.value as { takeaways?: unknown } | undefined)?.takeaways;
  if (frontmatter && Array.isArray(takeaways)) {
    takeaways.forEach((takeaway: { id?: unknown } | null, i) => {
      if (typeof takeaway?.id === 'string') found.push({ kind: 'takeaway', id: takeaway.id, line: frontmatter.lineOf(['takeaways', i, 'id']) });
    });
  }
  let inCode = false;
  page.body.split('\n').forEach((text, i) => {
    const line = i + 1 + page.bodyOffset;
    if (FENCE.test(text)) inCode = !inCode;
    if (inCode) return;
    const heading = HEADING.exec(text.trimEnd());
    if (heading) found.push({ kind: 'section', id: heading[2] ?? '', line, depth: heading[1]?.length ?? 0 });
    for (const claim of text.matchAll(CLAIM)) found.push({ kind: 'claim', id: claim[1] ?? '', line });
    for (const figure of text.matchAll(FIGURE)) found.push({ kind: 'figure', id: figure[1] ?? '', line });
  });
  return found;
}
