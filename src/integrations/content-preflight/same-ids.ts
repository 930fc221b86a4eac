import type { Problem } from '../../lib/problems.ts';
import type { MdxFile } from './mdx-files.ts';
import { ID_FORMS, pageIds, type PageId } from './page-ids.ts';

const key = (found: Pick<PageId, 'kind' | 'id'>) => `${found.kind} ${found.id}`;

/**
 * A translated MDX page has exactly the public ids of its English page: every section, claim,
 * takeaway and figure, both ways, and each section at the same heading level. A link, a share or a
 * search result that names `#id` then lands the same way in every language. Each problem is at its
 * line in the translation and names the English file and line; an id the translation lacks is
 * reported where it belongs (after the last id both pages share before it).
 */
export function sameIdProblems(english: MdxFile, translation: MdxFile): Problem[] {
  const theirs = pageIds(english);
  const ours = pageIds(translation);
  const ourIds = new Map(ours.map((found) => [key(found), found]));
  const theirIds = new Map(theirs.map((found) => [key(found), found]));
  const problems: Problem[] = [];
  const at = (line: number, message: string): Problem => ({ file: translation.file, line, message });

  theirs.forEach((found, i) => {
    const mine = ourIds.get(key(found));
    const where = `${english.file}:${found.line}`;
    if (!mine) {
      const line = placeFor(theirs.slice(0, i), ourIds, translation, found.kind);
      problems.push(
        at(
          line,
          `${found.kind} "${found.id}" of the English page (${where}) is missing here. A translation has every id of its English page, so that links to it land the same way in both languages: write ${ID_FORMS[found.kind](found.id)}.`,
        ),
      );
    } else if (found.depth !== mine.depth) {
      problems.push(
        at(
          mine.line,
          `section "${found.id}" is a level-${mine.depth} heading here but a level-${found.depth} heading on the English page (${where}); keep the English page's outline.`,
        ),
      );
    }
  });
  for (const mine of ours) {
    if (theirIds.has(key(mine))) continue;
    problems.push(
      at(
        mine.line,
        `${mine.kind} "${mine.id}" is not on the English page (${english.file}). A translation has the ids of its English page: use the id of the English ${mine.kind} this one translates, or add it to the English page first.`,
      ),
    );
  }
  return problems;
}

/**
 * Where a missing id belongs in the translation: the line of the last id before it that both pages
 * have (a takeaway among the takeaways, any other id in the body).
 */
function placeFor(before: readonly PageId[], ours: ReadonlyMap<string, PageId>, translation: MdxFile, kind: PageId['kind']): number {
  const inFrontmatter = (found: PageId) => (found.kind === 'takeaway') === (kind === 'takeaway');
  for (const found of [...before].reverse().filter(inFrontmatter)) {
    const mine = ours.get(key(found));
    if (mine) return mine.line;
  }
  if (kind === 'takeaway' && translation.frontmatter) return translation.frontmatter.lineOf(['takeaways']);
  return translation.bodyOffset + 1;
}
