import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { locateYaml, type LocatedSource } from '../../config/source-positions.ts';

/** An MDX page's file, split into its frontmatter (with the line of each field) and its body. */
export interface MdxFile {
  file: string;
  /** The whole text, as written. */
  text: string;
  /** The frontmatter, with the line of each field in the file; none when the file has no frontmatter. */
  frontmatter: LocatedSource | undefined;
  body: string;
  /** Lines before the body: a body line n is line `n + bodyOffset` of the file. */
  bodyOffset: number;
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---\s*(?:\r?\n|$)/;

/** Reads an MDX page: frontmatter read as Astro reads it (YAML 1.1), lines counted from the file's first. */
export async function readMdx(file: string): Promise<MdxFile> {
  const text = await readFile(file, 'utf8');
  const found = FRONTMATTER.exec(text);
  if (!found) return { file, text, frontmatter: undefined, body: text, bodyOffset: 0 };
  // The YAML starts on line 2, after the opening ---.
  const frontmatter = locateYaml(found[1] ?? '', { lineOffset: 1 });
  return { file, text, frontmatter, body: text.slice(found[0].length), bodyOffset: found[0].split('\n').length - 1 };
}

/** The `.mdx` files under `dir` (any depth), as paths relative to it, sorted; none when it does not exist. */
export async function mdxFilesIn(dir: string): Promise<string[]> {
  if (!existsSync(dir)) return [];
  return (await readdir(dir, { recursive: true })).filter((name) => name.endsWith('.mdx')).sort();
}

/** The folders directly under `root` that hold MDX pages (`articles`), leaving out `skip` (the translations' folders). */
export async function mdxFolders(root: string, skip: readonly string[] = []): Promise<string[]> {
  if (!existsSync(root)) return [];
  const folders = (await readdir(root, { withFileTypes: true })).filter((entry) => entry.isDirectory() && !skip.includes(entry.name));
  const withPages = await Promise.all(folders.map(async (entry) => ((await mdxFilesIn(path.join(root, entry.name))).length > 0 ? [entry.name] : [])));
  return withPages.flat().sort();
}
