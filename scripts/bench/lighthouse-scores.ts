import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { desktopConfig } from 'lighthouse';

/** The four Lighthouse categories the targets name, 0–100. */
export interface LighthouseScores {
  performance: number;
  accessibility: number;
  'best-practices': number;
  seo: number;
}

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

export interface LighthouseRun {
  mobile?: LighthouseScores;
  desktop?: LighthouseScores;
  /** Audits that cost points, for the report: "mobile accessibility: target-size". */
  failing: string[];
  /** Why Lighthouse could not test the page, when it could not (after one retry). */
  error?: string;
}

/**
 * Runs Lighthouse (mobile, then desktop) on each URL in one headless Chromium: `CHROME_PATH`,
 * else the browser chrome-launcher finds. Nothing leaves the machine: the site is served on
 * 127.0.0.1 and every other host name is made unresolvable.
 */
export async function lighthouseScores(urls: readonly string[]): Promise<Map<string, LighthouseRun>> {
  const chrome = await chromeLauncher.launch({
    ...(process.env['CHROME_PATH'] ? { chromePath: process.env['CHROME_PATH'] } : {}),
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1'],
  });
  const results = new Map<string, LighthouseRun>();
  try {
    for (const url of urls) {
      const failing: string[] = [];
      const run = async (config?: typeof desktopConfig): Promise<LighthouseScores> => {
        const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] }, config);
        if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
        const { lhr } = result;
        if (lhr.runtimeError) throw new Error(`Lighthouse could not test ${url}: ${lhr.runtimeError.message}`);
        for (const category of CATEGORIES) {
          for (const ref of lhr.categories[category]?.auditRefs ?? []) {
            const score = lhr.audits[ref.id]?.score;
            if (ref.weight > 0 && typeof score === 'number' && score < 1) failing.push(`${config ? 'desktop' : 'mobile'} ${category}: ${ref.id}`);
          }
        }
        const score = (category: (typeof CATEGORIES)[number]) => Math.round((lhr.categories[category]?.score ?? 0) * 100);
        return { performance: score('performance'), accessibility: score('accessibility'), 'best-practices': score('best-practices'), seo: score('seo') };
      };
      // Lighthouse sometimes loses a trace on a busy machine (NO_NAVSTART); one retry, then the reason.
      const twice = async (config?: typeof desktopConfig) => run(config).catch(() => run(config));
      try {
        results.set(url, { mobile: await twice(), desktop: await twice(desktopConfig), failing });
      } catch (error) {
        results.set(url, { failing, error: error instanceof Error ? error.message : String(error) });
      }
    }
  } finally {
    chrome.kill();
  }
  return results;
}
