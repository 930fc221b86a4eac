import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { type TempFolder, tempFolder } from '../../../support/temp-folder.ts';
import { BuiltSite } from '../../../../src/integrations/post-build/built-site.ts';
import { checkLinks as checkBuiltLinks, type LinkCheckOptions } from '../../../../src/integrations/post-build/link-check.ts';

/** The check on the site in `distDir`, read as the build reads it. */
const checkLinks = async ({ distDir, ...options }: LinkCheckOptions & { distDir: string }) => checkBuiltLinks(await BuiltSite.read(distDir), options);

let folder: TempFolder;
afterEach(() => folder.remove());

/** Writes a tiny built site: { 'path/index.html': '<body>…</body>' }. */
function site(pages: Record<string, string>): string {
  folder = tempFolder('link-check-');
  return folder.write(Object.fromEntries(Object.entries(pages).map(([file, body]) => [file, `<!doctype html><html><body>${body}</body></html>`])));
}

describe('link check', () => {
  test('passes when every page, file and fragment exists', async () => {
    const distDir = site({
      'index.html': '<a href="/a/">A</a> <a href="/a/#part">part</a> <a href="a/#part">relative</a> <a href="#top" id="top">top</a>',
      'a/index.html': '<h2 id="part">Part</h2> <a href="../">home</a> <img src="/pic.svg" alt="x">',
      'pic.svg': '',
    });
    writeFileSync(path.join(distDir, 'pic.svg'), '<svg/>');
    expect(await checkLinks({ distDir })).toEqual([]);
  });

  test('reports a missing page, a missing fragment, an empty # link and a duplicate id', async () => {
    const distDir = site({
      'index.html': '<a href="/nope/">x</a> <a href="/a/#gone">y</a> <a href="#">z</a> <p id="d"></p><p id="d"></p>',
      'a/index.html': '<h2 id="part">Part</h2>',
    });
    const messages = (await checkLinks({ distDir })).map((p) => `${p.page}: ${p.message}`);
    expect(messages).toEqual([
      'index.html: id "d" is used 2 times on this page; fragments to it are ambiguous.',
      'index.html: link "/nope/" points to a page that does not exist.',
      'index.html: link "/a/#gone" points to #gone, which is not an id on a/index.html.',
      'index.html: link "#" goes nowhere; link to a real section or use a <button>.',
    ]);
  });

  test('ignores external links and text fragments, and checks absolute links to the site itself', async () => {
    const distDir = site({
      'index.html':
        '<a href="https://doi.org/10.1/x">doi</a> <a href="mailto:a@b.c">mail</a> <a href="/a/#:~:text=Part">text</a> <a href="https://site.example/missing/">self</a>',
      'a/index.html': '<h2 id="part">Part</h2>',
    });
    const problems = await checkLinks({ distDir, site: 'https://site.example' });
    expect(problems.map((p) => p.message)).toEqual(['link "https://site.example/missing/" points to a page that does not exist.']);
  });

  test('under a base path, links must stay inside it', async () => {
    const distDir = site({ 'index.html': '<a href="/base/a/">ok</a> <a href="/a/">outside</a>', 'a/index.html': '' });
    const problems = await checkLinks({ distDir, base: '/base/' });
    expect(problems.map((p) => p.message)).toEqual([
      'link "/a/" is outside the site\'s base path /base/; build links with sitePath() or siteFile() from src/lib/site.ts.',
    ]);
  });

  test('names the source file and line that wrote a broken link', async () => {
    const distDir = site({ 'index.html': '<a href="/missing/">x</a>' });
    const sources = tempFolder('link-check-sources-');
    sources.write({ 'page.mdx': 'Intro\n\nSee [this](/missing/).\n' });
    const [problem] = await checkLinks({ distDir, sourceDirs: [sources.dir] });
    expect(problem?.source).toBe(`${sources.path('page.mdx')}:3`);
    sources.remove();
  });

  test('names every place a duplicated id was written, preferring the source named like the page', async () => {
    const distDir = site({ 'articles/sample/index.html': '<li id="takeaway-a"></li><h2 id="takeaway-a"></h2>' });
    const sources = tempFolder('link-check-sources-');
    sources.write({
      'sample.mdx': '---\ntakeaways:\n  - id: takeaway-a\n---\n\n## Part \\{#takeaway-a}\n',
      'other.mdx': '---\ntakeaways:\n  - id: takeaway-a\n---\n',
    });
    const [problem] = await checkLinks({ distDir, sourceDirs: [sources.dir] });
    expect(problem?.source).toBe(`${sources.path('sample.mdx')}:3`);
    expect(problem?.message).toBe('id "takeaway-a" is used 2 times on this page; fragments to it are ambiguous. Also written at line 6; rename all but one.');
    sources.remove();
  });
});
