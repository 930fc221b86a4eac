/** Stylesheet bundling after the build, and the check that the cascade layers keep their declared order. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { AstroIntegrationLogger } from 'astro';
import { type TempFolder, tempFolder } from '../../../support/temp-folder.ts';
import { afterEach, describe, expect, test } from 'vitest';
import { BuiltSite } from '../../../../src/integrations/post-build/built-site.ts';
import { bundleStylesheets, linkedStylesheets } from '../../../../src/integrations/post-build/css-bundles.ts';
import { cssLayerOrder, layerOrder, layerProblem, undeclaredLayers } from '../../../../src/integrations/post-build/css-layers.ts';
import { runSteps } from '../../../../src/integrations/post-build/index.ts';

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

describe('the CSS layer order step', () => {
  const layers = '@layer reset, tokens, base, prose, components;\n';
  const run = async (files: Record<string, string>) => {
    const distDir = site({ 'layers.css': layers, ...files });
    const logger = { info: () => undefined, warn: () => undefined } as unknown as AstroIntegrationLogger;
    return runSteps([cssLayerOrder({ declaration: path.join(distDir, 'layers.css') })], { dir: distDir, base: '/', siteUrl: undefined, logger });
  };

  test('passes a site whose pages name the layers in order', async () => {
    await expect(
      run({ 'index.html': links('/_astro/frame.css'), '_astro/frame.css': '@layer reset{}@layer tokens{}@layer components{}' }),
    ).resolves.toBeUndefined();
  });

  test('fails the build naming the page whose sheets change the order, and a sheet with an undeclared layer', async () => {
    const failure = run({
      'index.html': links('/_astro/search.css', '/_astro/frame.css'),
      '_astro/search.css': '@layer components{.box{}}',
      '_astro/frame.css': '@layer reset{}@layer tokens{}',
      '_astro/popover.css': '@layer widgets{}',
    });
    await expect(failure).rejects.toThrow(
      'CSS layer order failed; the output folder was removed.\n\nThe cascade layers are not in the declared order (reset, tokens, base, prose, components):\n' +
        '  index.html orders its layers components, reset, tokens; src/styles/layers.css declares reset, tokens, base, prose, components.\n' +
        '  _astro/popover.css uses the layer widgets, which src/styles/layers.css does not declare.',
    );
  });
});
