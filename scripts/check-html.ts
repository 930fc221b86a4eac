/**
 * Checks that every built page is valid HTML, with the W3C Nu Html Checker: `npm run check:html`.
 * Exits non-zero and names each error with its page and line.
 */
import { validateHtml } from '../src/integrations/html-validator.ts';
import { countProblems, formatProblems } from '../src/lib/problems.ts';

const distDir = process.argv[2] ?? 'dist';
const problems = await validateHtml(distDir);
if (problems.length > 0) {
  console.error(`HTML check failed: ${countProblems(problems.length)} in ${distDir}/\n${formatProblems(problems)}`);
  process.exit(1);
}
console.log(`HTML check passed: every page in ${distDir}/ is valid HTML (W3C Nu Html Checker).`);
