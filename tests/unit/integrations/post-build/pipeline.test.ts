/**
 * The post-build pipeline: one reading of the built site shared by every step, the steps in their
 * order, and one way to fail (the output folder removed, the step named).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { AstroIntegrationLogger } from 'astro';
import { type TempFolder, tempFolder } from '../../../support/temp-folder.ts';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { runSteps } from '../../../../src/integrations/post-build/index.ts';
import type { PostBuildStep } from '../../../../src/integrations/post-build/step.ts';
import { postBuildSteps } from '../../../../src/integrations/post-build/steps.ts';
import { pagefindIndex } from '../../../../src/integrations/post-build/pagefind.ts';

const folders: TempFolder[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) folder.remove();
});

function site(files: Record<string, string>): string {
  const folder = tempFolder('post-build-');
  folders.push(folder);
  return folder.write(files);
}

const logger = () => ({ info: vi.fn(), warn: vi.fn() }) as unknown as AstroIntegrationLogger & { info: ReturnType<typeof vi.fn> };

describe('post-build pipeline', () => {
  test('runs the steps in order on one reading: a step sees what the one before wrote, and each says what it did', async () => {
    const distDir = site({ 'index.html': '<p>one</p>' });
    const seen: string[] = [];
    const steps: PostBuildStep[] = [
      {
        name: 'first',
        run: async ({ site }) => {
          await site.write('index.html', '<p>two</p>');
          return 'wrote';
        },
      },
      {
        name: 'second',
        run: async ({ site }) => {
          writeFileSync(path.join(distDir, 'index.html'), '<p>changed on disk behind the pipeline</p>');
          seen.push(await site.text('index.html'), String(site.has('index.html')));
          return 'read';
        },
      },
    ];
    const log = logger();
    await runSteps(steps, { dir: distDir, base: '/', siteUrl: undefined, logger: log });
    expect(seen).toEqual(['<p>two</p>', 'true']);
    expect(log.info.mock.calls.map(([line]) => String(line).replace(/\(\d+ ms\)/, '(ms)'))).toEqual(['first: wrote (ms)', 'second: read (ms)']);
  });

  test('a failing step stops the pipeline, removes the output folder and names itself', async () => {
    const distDir = site({ 'index.html': '<p>x</p>' });
    const after = vi.fn();
    const steps: PostBuildStep[] = [
      {
        name: 'link check',
        run: async () => {
          throw new Error('1 broken internal link(s).');
        },
      },
      { name: 'never', run: after },
    ];
    await expect(runSteps(steps, { dir: distDir, base: '/', siteUrl: undefined, logger: logger() })).rejects.toThrow(
      'Link check failed; the output folder was removed.\n\n1 broken internal link(s).',
    );
    expect(after).not.toHaveBeenCalled();
    expect(existsSync(distDir)).toBe(false);
  });

  test('the site runs its steps in the documented order: bundles first, the policy last', () => {
    const names = postBuildSteps({ sourceDirs: [], anchors: { file: 'anchors.json', update: false }, layers: 'layers.css' }).map((s) => s.name);
    expect(names).toEqual([
      'CSS bundles',
      'not-found pages',
      'CSS layer order',
      'same ids in every language',
      'share pages',
      'link check',
      'published links check',
      'sitemap',
      'search index',
      'Content-Security-Policy',
    ]);
  });

  test('the sitemap and robots.txt are written through the pipeline, with the base path', async () => {
    const distDir = site({ 'index.html': '<p>home</p>', 'a/index.html': '<p>a</p>', '404.html': '<meta name="robots" content="noindex">' });
    const sitemap = postBuildSteps({ sourceDirs: [], anchors: { file: 'none.json', update: false }, layers: '' }).find((step) => step.name === 'sitemap');
    await runSteps(sitemap ? [sitemap] : [], { dir: distDir, base: '/b/', siteUrl: 'https://example.org', logger: logger() });
    expect(readFileSync(path.join(distDir, 'sitemap.xml'), 'utf8')).toContain(
      '  <url><loc>https://example.org/b/</loc></url>\n  <url><loc>https://example.org/b/a/</loc></url>\n</urlset>',
    );
    expect(readFileSync(path.join(distDir, 'robots.txt'), 'utf8')).toContain('Sitemap: https://example.org/b/sitemap.xml');
  });
});

describe('the search index step', () => {
  test('indexes the pages with data-pagefind-body from the pipeline’s reading, and fails a site with none', async () => {
    const page = (body: string) => `<!doctype html><html lang="en"><head><title>T</title></head><body>${body}</body></html>`;
    const distDir = site({
      'index.html': page('<main data-pagefind-body><h1>Ketamine</h1><p>AMPA receptors explained.</p></main>'),
      'about/index.html': page('<main data-pagefind-body><h1>About</h1><p>How evidence is checked.</p></main>'),
      '404.html': page('<p>Not found</p>'),
    });
    const log = logger();
    await runSteps([pagefindIndex], { dir: distDir, base: '/', siteUrl: undefined, logger: log });
    expect(existsSync(path.join(distDir, 'pagefind', 'pagefind.js'))).toBe(true);
    const entry = JSON.parse(readFileSync(path.join(distDir, 'pagefind', 'pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { page_count: number }>;
    };
    expect(entry.languages['en']?.page_count).toBe(2);

    const empty = site({ 'robots.txt': '' });
    await expect(runSteps([pagefindIndex], { dir: empty, base: '/', siteUrl: undefined, logger: logger() })).rejects.toThrow('Search index failed');
  });
});
