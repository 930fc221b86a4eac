/** Stylesheet bundling after the build, and the check that the cascade layers keep their declared order. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { type TempFolder, tempFolder } from '../../../support/temp-folder.ts';
import { afterEach, describe, expect, test } from 'vitest';
import { BuiltSite } from '../../../../src/integrations/post-build/built-site.ts';
import { bundleStylesheets, linkedStylesheets } from '../../../../src/integrations/post-build/css-bundles.ts';
import { layerOrder, layerProblem, undeclaredLayers } from '../../../../src/integrations/post-build/css-layers.ts';

let folder: TempFolder;
afterEach(() => folder.remove());

function site(files: Record<string, string>): string {
  folder = tempFolder('css-');
  return folder.write(files);
}
const links = (...hrefs: string[]) => hrefs.map((href) => `<link rel="stylesheet" href="${href}">`).join('');
const declared = ['reset', 'tokens', 'base', 'prose', 'components'];

describe('CSS bundles', () => {
  test('each page links the shared sheet and at most one bundle of the rest, in the same order; unlinked sheets go', async () => {
    const distDir = site({
      'index.html': links('/b/_astro/frame.css', '/b/_astro/home.css'),
      'a/index.html': links('/b/_astro/frame.css', '/b/_astro/article.css', '/b/_astro/toc.css'),
      '_astro/frame.css': 'frame{}',
      '_astro/home.css': 'home{}',
      '_astro/article.css': 'article{}',
      '_astro/toc.css': 'toc{}',
      '_astro/popover.css': 'popover{}',
      '_astro/script.js': 'load("popover.css")',
    });
    const built = await BuiltSite.read(distDir);
    expect(await bundleStylesheets(built, '/b/')).toEqual({ pages: 2, bundles: 1, removed: 2 });
    const article = linkedStylesheets(readFileSync(path.join(distDir, 'a/index.html'), 'utf8'));
    expect(article[0]).toBe('/b/_astro/frame.css');
    expect(article[1]).toMatch(/^\/b\/_astro\/bundle\.[\w-]{10}\.css$/);
    expect(readFileSync(path.join(distDir, (article[1] ?? '').slice('/b/'.length)), 'utf8')).toBe('article{}\ntoc{}');
    expect(built.has('_astro/article.css')).toBe(false);
    expect(built.has('_astro/popover.css')).toBe(true);
  });
});

describe('CSS layer order', () => {
  test('reads the order in which stylesheets first name their layers, minified or not', () => {
    expect(layerOrder('@layer reset, tokens;\n@layer base { a {} } @layer tokens{}')).toEqual(['reset', 'tokens', 'base']);
    expect(layerOrder('@layer prose{.x{}}@layer components{}')).toEqual(['prose', 'components']);
  });

  test('a page whose sheets name the layers in the declared order passes; one that names a later layer first fails', () => {
    expect(layerProblem(declared, ['@layer reset{}@layer tokens{}@layer base{}@layer prose{}@layer components{}', '.page{}'])).toBeUndefined();
    expect(layerProblem(declared, ['.search{}', '@layer reset{}@layer tokens{}'])).toBeUndefined();
    expect(layerProblem(declared, ['@layer components{.box{}}', '@layer reset{}@layer tokens{}@layer base{}'])).toBe(
      'orders its layers components, reset, tokens, base; src/styles/layers.css declares reset, tokens, base, prose, components.',
    );
  });

  test('names a layer that layers.css does not declare', () => {
    expect(undeclaredLayers(declared, '@layer base{}@layer widgets{}')).toEqual(['widgets']);
  });

  test("the site's own declaration is the order the stylesheets use", () => {
    expect(layerOrder(readFileSync('src/styles/layers.css', 'utf8'))).toEqual(declared);
  });
});
