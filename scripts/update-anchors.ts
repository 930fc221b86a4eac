/**
 * `npm run anchors:update`: builds the site and rewrites content/anchors.json (and its JSON Schema)
 * from it. It refuses, and prints the redirect lines to add, when a registered link would break.
 */
import { spawnSync } from 'node:child_process';

const build = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
  stdio: 'inherit',
  env: { ...process.env, ANCHORS_UPDATE: '1' },
});
process.exit(build.status ?? 1);
