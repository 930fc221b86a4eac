import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { desktopConfig } from 'lighthouse';
import { computeMedianRun } from 'lighthouse/core/lib/median-run.js';

/** The four Lighthouse categories the targets name, 0–100. */
export interface LighthouseScores {
  performance: number;
  accessibility: number;
  'best-practices': number;
  seo: number;
}

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

/** One form factor's result: the median run's scores, and the performance score of every run. */
export interface FormFactorResult {
  scores: LighthouseScores;
  /** Performance in each run, in the order run: the spread says how steady the figure is on this machine. */
  performanceRuns: number[];
}

export interface LighthouseRun {
  mobile?: FormFactorResult;
  desktop?: FormFactorResult;
  /** Audits that cost points in the median runs, for the report: "mobile accessibility: target-size". */
  failing: string[];
  /** Why Lighthouse could not test the page, when it could not (after one retry). */
  error?: string;
}

type Result = NonNullable<Awaited<ReturnType<typeof lighthouse>>>['lhr'];

/**
 * Runs Lighthouse (mobile, then desktop) `runs` times on each URL in one headless Chromium
 * (`CHROME_PATH`, else the browser chrome-launcher finds) and keeps the median run, chosen as
 * Lighthouse's own tools choose it (computeMedianRun: the run nearest the median first paint and
 * time to interactive). One run is noisy: a busy moment on the machine costs a point, and Lighthouse's
 * documentation on variability advises several runs and the median. Nothing leaves the machine: the
 * site is served on 127.0.0.1 and every other host name is made unresolvable.
 */
export async function lighthouseScores(urls: readonly string[], runs = 3): Promise<Map<string, LighthouseRun>> {
  const chrome = await chromeLauncher.launch({
    ...(process.env['CHROME_PATH'] ? { chromePath: process.env['CHROME_PATH'] } : {}),
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1'],
  });
  const results = new Map<string, LighthouseRun>();
  try {
    for (const url of urls) {
      const once = async (config?: typeof desktopConfig): Promise<Result> => {
        const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] }, config);
        if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
        if (result.lhr.runtimeError) throw new Error(`Lighthouse could not test ${url}: ${result.lhr.runtimeError.message}`);
        return result.lhr;
      };
      // Lighthouse sometimes loses a trace on a busy machine (NO_NAVSTART); one retry, then the reason.
      const median = async (config?: typeof desktopConfig): Promise<Result[]> => {
        const all: Result[] = [];
        for (let run = 0; run < runs; run++) all.push(await once(config).catch(() => once(config)));
        return all;
      };
      try {
        const failing: string[] = [];
        const mobile = summarise(await median(), 'mobile', failing);
        const desktop = summarise(await median(desktopConfig), 'desktop', failing);
        results.set(url, { mobile, desktop, failing });
      } catch (error) {
        results.set(url, { failing: [], error: error instanceof Error ? error.message : String(error) });
      }
    }
  } finally {
    chrome.kill();
  }
  return results;
}

/** The median run's scores, every run's performance, and the audits that cost the median run points (added to `failing`). */
function summarise(all: Result[], formFactor: 'mobile' | 'desktop', failing: string[]): FormFactorResult {
  const lhr = computeMedianRun(all);
  for (const category of CATEGORIES) {
    for (const ref of lhr.categories[category]?.auditRefs ?? []) {
      const score = lhr.audits[ref.id]?.score;
      if (ref.weight > 0 && typeof score === 'number' && score < 1) failing.push(`${formFactor} ${category}: ${ref.id}`);
    }
  }
  const score = (result: Result, category: (typeof CATEGORIES)[number]) => Math.round((result.categories[category]?.score ?? 0) * 100);
  return {
    scores: {
      performance: score(lhr, 'performance'),
      accessibility: score(lhr, 'accessibility'),
      'best-practices': score(lhr, 'best-practices'),
      seo: score(lhr, 'seo'),
    },
    performanceRuns: all.map((result) => score(result, 'performance')),
  };
}
