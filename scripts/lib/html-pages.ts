import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';

/** One built HTML page, parsed. */
export interface HtmlPage {
  /** Path relative to the build folder, with forward slashes: `articles/x/index.html`. */
  file: string;
  tree: Root;
}

/** Every `.html` file under `dir`, parsed, in a stable order. */
export async function readHtmlPages(dir: string): Promise<HtmlPage[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files = entries
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
    .sort();
  return Promise.all(files.map(async (file) => ({ file, tree: fromHtml(await readFile(path.join(dir, file), 'utf8')) })));
}

/** All elements of a page, in document order. */
export function elements(tree: Root): Element[] {
  const found: Element[] = [];
  visit(tree, 'element', (node) => {
    found.push(node);
  });
  return found;
}
