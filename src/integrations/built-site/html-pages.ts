import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Element, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';

/** One built HTML page, parsed. */
export interface HtmlPage {
  /** Path relative to the build folder, with forward slashes: `articles/x/index.html`. */
  file: string;
  tree: Root;
}

/**
 * Parsed pages by absolute path, with the size and time they were parsed at. One build reads its
 * pages twice (link check, then Content-Security-Policy); parsing is most of the cost of both
 * (about 8 s of CPU for 500 pages), so an unchanged file is parsed once.
 */
const parsed = new Map<string, { stamp: string; tree: Root }>();

/** Every `.html` file under `dir`, parsed, in a stable order. */
export async function readHtmlPages(dir: string): Promise<HtmlPage[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files = entries
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
    .sort();
  return Promise.all(
    files.map(async (file) => {
      const full = path.resolve(dir, file);
      const { mtimeMs, size } = await stat(full);
      const stamp = `${mtimeMs}:${size}`;
      const cached = parsed.get(full);
      if (cached?.stamp === stamp) return { file, tree: cached.tree };
      const tree = fromHtml(await readFile(full, 'utf8'));
      parsed.set(full, { stamp, tree });
      return { file, tree };
    }),
  );
}

/**
 * Each parsed page's elements, listed once: the link check (twice), the anchor registry and the
 * Content-Security-Policy each go through every page. The pages are never changed in place, so
 * the list stays true.
 */
const listed = new WeakMap<Root, readonly Element[]>();

/**
 * All elements of a page, in document order. A plain walk, not unist-util-visit: visit builds a
 * named function for every node it passes, about 20 times the cost on a built page, which made
 * listing 1,000 pages' elements about 2 s of CPU each time (scripts/bench).
 */
export function elements(tree: Root): readonly Element[] {
  const known = listed.get(tree);
  if (known) return known;
  const found: Element[] = [];
  const walk = (nodes: readonly RootContent[]) => {
    for (const node of nodes) {
      if (node.type !== 'element') continue;
      found.push(node);
      walk(node.children);
    }
  };
  walk(tree.children);
  listed.set(tree, found);
  return found;
}
