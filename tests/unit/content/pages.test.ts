import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { contentPaths } from '../../../src/config/content-paths.ts';
import { pageComponents } from '../../../src/components/pages/index.ts';

/**
 * The prose of the site's own pages (content/pages/, and content/ja/pages/ in Japanese): the same
 * pages and ids in every language, so a link to /about/#label-rules works in both, and the same
 * components in the same order, so each language shows the same dynamic parts.
 */
const paths = contentPaths('content');
const files = (folder: string) =>
  readdirSync(folder)
    .filter((name) => name.endsWith('.mdx'))
    .sort();
const read = (folder: string, name: string) => readFileSync(path.join(folder, name), 'utf8');
const body = (mdx: string) => mdx.replace(/^---\n[\s\S]*?\n---\n/, '');

/** Every id a reader can link to: headings' `\{#id}`, and components' `id="…"`. */
const ids = (mdx: string) => [...body(mdx).matchAll(/\\\{#([a-z0-9-]+)\}|\bid="([^"]+)"/g)].map((m) => m[1] ?? m[2]);
/** The components placed, with the attributes that are not words (`<ArticleGroup audience="patients" id="for-patients">`). */
const components = (mdx: string) =>
  [...body(mdx).matchAll(/<([A-Z]\w*)([^>]*)>/g)].map(([, name, attributes]) => {
    const kept = [...(attributes ?? '').matchAll(/\b(audience|id|kind|labelledBy|article)="([^"]*)"/g)].map((m) => `${m[1]}=${m[2]}`);
    return [name, ...kept].join(' ');
  });
/** The site's pages and sources a page links to (`/references/#ref-x`), which a translation links to as well. */
const siteLinks = (mdx: string) => new Set([...body(mdx).matchAll(/\]\((\/[^)\s]*)\)/g)].map((m) => m[1]));

const english = files(paths.pages);

describe("the site's own pages, in every language", () => {
  test('the home and About pages are content files, and Japanese has each of them', () => {
    expect(english).toEqual(['about.mdx', 'home.mdx']);
    expect(files(paths.translations.ja.pages)).toEqual(english);
  });

  test.each(english)('%s: the same ids and components in Japanese, and every site link and source of the English', (name) => {
    const en = read(paths.pages, name);
    const ja = read(paths.translations.ja.pages, name);
    expect(ids(en)).toEqual(expect.arrayContaining([name === 'home.mdx' ? 'short-answer' : 'label-rules']));
    expect(ids(ja)).toEqual(ids(en));
    expect(components(ja)).toEqual(components(en));
    const japaneseLinks = siteLinks(ja);
    expect([...siteLinks(en)].filter((link) => !japaneseLinks.has(link))).toEqual([]);
  });

  test.each(english)('%s: places only components the page can render', (name) => {
    for (const folder of [paths.pages, paths.translations.ja.pages]) {
      const unknown = components(read(folder, name))
        .map((component) => component.split(' ')[0] ?? '')
        .filter((component) => !(component in pageComponents));
      expect(unknown, `${folder}/${name}`).toEqual([]);
    }
  });

  // A line break inside a paragraph is a space to the browser: between two Japanese characters it
  // shows as a gap in the sentence, so a Japanese paragraph or list item is one line.
  test.each(english)('%s: no Japanese paragraph is broken across lines', (name) => {
    const lines = body(read(paths.translations.ja.pages, name)).split('\n');
    const broken = lines.flatMap((line, i) => {
      const next = lines[i + 1] ?? '';
      return /\p{Script=Han}|\p{Script=Hiragana}|\p{Script=Katakana}|[、。）」]$/u.test(line.slice(-1)) && /^\s*[^\s#<-]/.test(next)
        ? [`line ${i + 1}: ${line.slice(-20)}⏎${next.slice(0, 20)}`]
        : [];
    });
    expect(broken).toEqual([]);
  });

  // Crisis numbers live in one place, the crisis line of each language's dictionary, read from
  // official pages; the prose places that line and prints no number of its own.
  test.each(english)('%s: prints no phone number', (name) => {
    for (const folder of [paths.pages, paths.translations.ja.pages]) {
      const text = body(read(folder, name));
      expect(text, `${folder}/${name}`).not.toMatch(/tel:|\b0\d{1,4}-\d{1,4}-\d{3,4}\b|\b\d{3}-\d{3}-\d{4}\b|\b(?:119|988|911|110)\b/);
    }
  });
});
