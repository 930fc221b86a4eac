/**
 * Writes the real content plus N synthetic articles into a folder, for timing builds:
 *   node scripts/generate-synthetic-site.ts <folder> [N=500]
 *   SITE_CONTENT_DIR=<folder> npx astro build --outDir <folder>/dist
 * `npm run bench` does this itself in a temporary folder.
 */
import path from 'node:path';
import { writeSyntheticSite } from './bench/synthetic-site.ts';

const [dir, count = '500'] = process.argv.slice(2);
if (!dir) {
  console.error('Usage: node scripts/generate-synthetic-site.ts <folder> [number of articles, default 500]');
  process.exit(1);
}
writeSyntheticSite(path.resolve(dir), Number(count));
console.log(`Wrote the site's content and ${count} synthetic articles to ${dir}`);
