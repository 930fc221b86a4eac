import { readFile } from 'node:fs/promises';
import { withoutBase } from '../../lib/site.ts';
import { linkedStylesheets } from './css-bundles.ts';
import type { PostBuildStep } from './step.ts';

/** `@layer a, b;` statements and `@layer a {` blocks, minified or not. */
const LAYER = /@layer\s+([\w.-]+(?:\s*,\s*[\w.-]+)*)\s*[;{]/g;

/** The layer names in the order a stylesheet first names them (which is the order the cascade gives them). */
export function layerOrder(css: string): string[] {
  const order: string[] = [];
  for (const match of css.matchAll(LAYER)) {
    for (const name of (match[1] ?? '').split(',').map((n) => n.trim())) if (!order.includes(name)) order.push(name);
  }
  return order;
}

/**
 * What is wrong with a page's layer order: the stylesheets it links, read in order, must name the
 * layers in the declared order. A component stylesheet that Vite put before the frame's would
 * otherwise move its layer to the bottom of the cascade.
 */
export function layerProblem(declared: readonly string[], sheets: readonly string[]): string | undefined {
  const order = layerOrder(sheets.join('\n')).filter((name) => declared.includes(name));
  if (order.every((name, i) => i === 0 || declared.indexOf(name) > declared.indexOf(order[i - 1] ?? ''))) return undefined;
  return `orders its layers ${order.join(', ')}; src/styles/layers.css declares ${declared.join(', ')}.`;
}

/** Layers a stylesheet uses that layers.css does not declare: they would land after all the declared ones. */
export const undeclaredLayers = (declared: readonly string[], css: string) => layerOrder(css).filter((name) => !declared.includes(name));

/**
 * Checks that the cascade layer order declared in src/styles/layers.css is the order every page
 * really gets, after bundling; scripts' own stylesheets may use only declared layers.
 */
export function cssLayerOrder(options: { declaration: string }): PostBuildStep {
  return {
    name: 'CSS layer order',
    async run({ site, base }) {
      const declared = layerOrder(await readFile(options.declaration, 'utf8'));
      const problems: string[] = [];
      for (const page of site.list('.html')) {
        const sheets = await Promise.all(linkedStylesheets(await site.text(page)).map((href) => site.text(withoutBase(base, href).slice(1))));
        const problem = layerProblem(declared, sheets);
        if (problem) problems.push(`  ${page} ${problem}`);
      }
      for (const sheet of site.list('.css')) {
        const unknown = undeclaredLayers(declared, await site.text(sheet));
        if (unknown.length > 0) problems.push(`  ${sheet} uses the layer ${unknown.join(', ')}, which src/styles/layers.css does not declare.`);
      }
      if (problems.length > 0) throw new Error(`The cascade layers are not in the declared order (${declared.join(', ')}):\n${problems.join('\n')}`);
      return `every page's stylesheets keep the layer order ${declared.join(', ')}`;
    },
  };
}
