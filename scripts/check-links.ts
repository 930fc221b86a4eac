/**
 * Checks every internal link and fragment in the built site: `npm run check:links`.
 * Exits non-zero and names each broken link (and its source file and line, when found).
 */
import { BuiltSite } from '../src/integrations/post-build/built-site.ts';
import { checkLinks, formatLinkProblems } from '../src/integrations/post-build/link-check.ts';
import { deployment } from '../src/config/deployment.ts';

const distDir = process.argv[2] ?? 'dist';
const problems = await checkLinks(await BuiltSite.read(distDir), {
  ...deployment(),
  sourceDirs: ['content', 'src'],
});
if (problems.length > 0) {
  console.error(`Link check failed: ${problems.length} broken link(s) in ${distDir}/\n${formatLinkProblems(problems)}`);
  process.exit(1);
}
console.log(`Link check passed: every internal link and fragment in ${distDir}/ resolves.`);
