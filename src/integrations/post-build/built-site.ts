import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Element, Root, RootContent } from 'hast';
import { h } from 'hastscript';
import { Parser } from 'htmlparser2';
import { DATA, hastProperty } from '../../lib/dom-names.ts';
import { pageOfFile } from '../../lib/site.ts';

/** One built HTML page, parsed. */
export interface HtmlPage {
  /** Path relative to the build folder, with forward slashes: `articles/x/index.html`. */
  file: string;
  tree: Root;
}

/** A built page a reader can land on. */
export interface PublicPage {
  /** Site path without the base path: `/`, `/articles/x/`. */
  path: string;
  /** Ids marked `data-anchor`, in page order: the ones the site promises to keep. */
  anchors: string[];
  /** Every id on the page, public or not (a redirect may lead to any of them). */
  ids: Set<string>;
}

/**
 * The built site (`dist/`), read once for every post-build step: the folder is listed once, every
 * page is read once, and a page is parsed once until a step rewrites it. Steps read and write files
 * through it, so the next step sees what the last one wrote without reading the disk again.
 * (Pagefind writes its own index files; they are not in the listing.)
 */
export class BuiltSite {
  /** The build folder. */
  readonly dir: string;
  private readonly files: Set<string>;
  private readonly texts = new Map<string, string>();
  private readonly trees = new Map<string, Root>();
  private publicPagesFound: PublicPage[] | undefined;

  private constructor(dir: string, files: Set<string>) {
    this.dir = dir;
    this.files = files;
  }

  /** Lists `dir` and reads every page in it. */
  static async read(dir: string): Promise<BuiltSite> {
    const entries = await readdir(dir, { recursive: true, withFileTypes: true });
    const files = entries.filter((e) => e.isFile()).map((e) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join('/'));
    const site = new BuiltSite(dir, new Set(files.sort()));
    await Promise.all(site.list('.html').map(async (file) => site.texts.set(file, await readFile(site.pathOf(file), 'utf8'))));
    return site;
  }

  /** The files whose names end in `extension` (all files without one), relative with forward slashes, sorted. */
  list(extension = ''): string[] {
    return [...this.files].filter((file) => file.endsWith(extension)).sort();
  }

  has(file: string): boolean {
    return this.files.has(file);
  }

  /** The absolute path of a file of the site. */
  pathOf(file: string): string {
    return path.join(this.dir, file);
  }

  /** A file's text, read from disk the first time only. */
  async text(file: string): Promise<string> {
    const known = this.texts.get(file);
    if (known !== undefined) return known;
    const text = await readFile(this.pathOf(file), 'utf8');
    this.texts.set(file, text);
    return text;
  }

  /** Writes a file, and forgets what was derived from its old text. */
  async write(file: string, text: string): Promise<void> {
    await writeFile(this.pathOf(file), text);
    this.files.add(file);
    this.texts.set(file, text);
    this.trees.delete(file);
    this.publicPagesFound = undefined;
  }

  async remove(file: string): Promise<void> {
    await rm(this.pathOf(file), { force: true });
    this.files.delete(file);
    this.texts.delete(file);
    this.trees.delete(file);
  }

  /** Every page, parsed, in a stable order. */
  async htmlPages(): Promise<HtmlPage[]> {
    return Promise.all(this.list('.html').map(async (file) => ({ file, tree: await this.tree(file) })));
  }

  /** Every built page except those marked `<meta name="robots" content="noindex">` (the 404 page, redirects). */
  async publicPages(): Promise<PublicPage[]> {
    this.publicPagesFound ??= (await this.htmlPages()).flatMap(publicPage);
    return this.publicPagesFound;
  }

  private async tree(file: string): Promise<Root> {
    let tree = this.trees.get(file);
    if (!tree) {
      tree = parseBuiltPage(await this.text(file));
      this.trees.set(file, tree);
    }
    return tree;
  }
}

/**
 * A built page as a hast tree: its elements with their properties (named as hast names them:
 * `dataAnchor`, `httpEquiv`, `className`), and its text, the raw text of scripts and styles
 * included. The steps read elements, attributes and inline code, never source positions or the
 * parts of HTML tree construction a page written by Astro does not need, so the page is read with
 * htmlparser2's tokenizer rather than parse5 (hast-util-from-html): about a fifth of the time,
 * which was the largest part of the post-build steps at 1,000 articles (scripts/bench).
 * Elements are kept as written (no implied `<tbody>`); a `<template>`'s content is kept apart from
 * the page, in `content`, as in hast, since its ids are not on the page until a script copies them.
 */
export function parseBuiltPage(html: string): Root {
  const root: Root = { type: 'root', children: [] };
  const open: Array<Root | Element> = [root];
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        const element = h(name, attributes);
        (open.at(-1) ?? root).children.push(element);
        open.push(element.tagName === 'template' && element.content ? element.content : element);
      },
      ontext(value) {
        const parent = open.at(-1) ?? root;
        const last = parent.children.at(-1);
        // The tokenizer may hand over one text in pieces: a script's text must stay whole to be hashed.
        if (last?.type === 'text') last.value += value;
        else parent.children.push({ type: 'text', value });
      },
      onclosetag() {
        if (open.length > 1) open.pop();
      },
    },
    { decodeEntities: true },
  );
  parser.end(html);
  return root;
}

/** The page as a place to link to, or none for a page that must not be linked (noindex). */
function publicPage(page: HtmlPage): PublicPage[] {
  const all = elements(page.tree);
  const noindex = all.some((el) => el.tagName === 'meta' && el.properties['name'] === 'robots' && String(el.properties['content']).includes('noindex'));
  if (noindex) return [];
  const withId = all.filter((el) => typeof el.properties['id'] === 'string' && el.properties['id'] !== '');
  const anchor = hastProperty(DATA.anchor);
  return [
    {
      path: pageOfFile(page.file),
      anchors: withId.filter((el) => el.properties[anchor] !== undefined).map((el) => String(el.properties['id'])),
      ids: new Set(withId.map((el) => String(el.properties['id']))),
    },
  ];
}

/** Every `.html` file under `dir`, parsed, in a stable order (for checks outside the build: the browser tests). */
export async function readHtmlPages(dir: string): Promise<HtmlPage[]> {
  return (await BuiltSite.read(dir)).htmlPages();
}

/**
 * Each parsed page's elements, listed once: the link check (twice), the anchor registry and the
 * Content-Security-Policy each go through every page. A step that rewrites a page gets a new tree
 * from BuiltSite, so a listed tree never changes.
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
