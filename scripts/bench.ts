/**
 * `npm run bench`: builds the site, serves dist/ on 127.0.0.1 like a static host (gzip, _headers),
 * and prints what a reader pays for each representative page, Lighthouse scores, search speed
 * (scripts/bench/search.ts), and build times per page for the site with 500 and 1,000 synthetic
 * articles beside a Starlight peer with as many pages, built in the same run
 * (scripts/bench/build-growth.ts; BENCH_SYNTHETIC=500,1000; BENCH_RUNS=3 keeps the fastest of
 * three), and what share pages and their cards add to a build of the real site, clean and with the
 * card cache warm (scripts/bench/share-cards.ts). `BENCH_ONLY=build` measures only the build times,
 * `BENCH_ONLY=share` only the share pages' cost. Writes bench-results/<time>.json and
 * bench-results/latest.json. Lighthouse uses CHROME_PATH (default /usr/bin/chromium).
 *
 * A script, not a test: the figures depend on the machine. It prints each target with PASS or FAIL,
 * and stops with exit status 1 if any build fails.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { type FormFactorResult, lighthouseScores, type LighthouseRun, type LighthouseScores } from './bench/lighthouse-scores.ts';
import { measurePage, type PageWeight } from './bench/page-weight.ts';
import { serveStatic } from './bench/static-server.ts';
import { measureSearch, type SearchMeasurement } from './bench/search.ts';
import { BuildFailed, countHtmlPages } from './bench/build-time.ts';
import { growthTable, measureGrowth, ratio, type GrowthRow } from './bench/build-growth.ts';
import { measureShareCost, type ShareCost, shareCostLines } from './bench/share-cards.ts';

/**
 * The targets (issue 15): the largest article at most half the transfer of a Starlight peer's
 * (51.3 KB), the home page light, Lighthouse full marks, search at least as light as the peer's
 * first search (~107 KB) and at least twice as quick to its first result (~589 ms).
 */
const TARGETS = {
  /** The largest article, transferred (gzip, with headers) by the load event. */
  articleKb: 24,
  articleRequests: 4,
  homeKb: 12,
  jsToReadKb: 0,
  lighthouse: 100,
  /** Bytes of a first search of these queries. */
  firstSearchKb: 107,
  firstSearchQueries: ['AMPA', 'treatment-resistant'],
  /** From the last keystroke to the first result, typed on a freshly loaded page (Pagefind loading included). */
  coldResultMs: 300,
  /** The same, once Pagefind is loaded. */
  warmResultMs: 150,
  /** A shared /search/?q= link: its first result after navigation starts. */
  sharedLinkMs: 1000,
  /** "Well under a minute" for 500 articles. */
  build500Seconds: 45,
  /** Build time per page at 1,000 articles, at most this many times the Starlight peer's (issue 19). */
  perPageVsPeer: 1.5,
  perPageAtArticles: 1000,
  /** Share pages and cards (issue 21): a clean build of the real site, both languages, grows by at most this much. */
  shareCleanGrowthSeconds: 15,
};
/**
 * The peer the targets are set against, measured with this same harness (loadCost, the search byte
 * count) on 2026-12-02: a Starlight 0.42.4 + Pagefind 1.6 site with the same eight articles as
 * plain Markdown (about half our text per page: no takeaways, card, references, history or
 * figures). Printed beside our figures, so the comparison is like for like.
 */
const PEER = {
  articleByLoadKb: 30.1,
  articleRequests: 8,
  articleUntilQuietKb: 57,
  homeByLoadKb: 23.9,
  firstSearchKb: { AMPA: 134.7, 'treatment-resistant': 138.3 },
  /** Pagefind's own interface waits 300 ms after each key, so no warm result comes sooner. */
  warmResultMs: 341,
};
/** Synthetic site sizes to time; `BENCH_SYNTHETIC=500` for one, `BENCH_SYNTHETIC=` to skip. */
const SYNTHETIC_SIZES = (process.env['BENCH_SYNTHETIC'] ?? '500,1000').split(',').filter(Boolean).map(Number);
/** `BENCH_RUNS=3`: build each size and the peer three times, in turn, and keep each side's fastest. */
const BUILD_RUNS = Number(process.env['BENCH_RUNS'] ?? 1);
/** `BENCH_ONLY=build`: only the build times (the real site, then the synthetic sizes and the peer). */
const BUILD_ONLY = process.env['BENCH_ONLY'] === 'build';
/** `BENCH_ONLY=share`: only what share pages and their cards add to a build of the real site. */
const SHARE_ONLY = process.env['BENCH_ONLY'] === 'share';
/** `BENCH_LIGHTHOUSE=every`: Lighthouse on every page in the sitemap and both not-found pages, not only the representative ones (about 25 minutes). */
const LIGHTHOUSE_EVERY = process.env['BENCH_LIGHTHOUSE'] === 'every';
/** `BENCH_LIGHTHOUSE_RUNS=5`: Lighthouse runs per page and form factor; the median run counts. */
const LIGHTHOUSE_RUNS = Number(process.env['BENCH_LIGHTHOUSE_RUNS'] ?? 3);

const chromePath = process.env['CHROME_PATH'] ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
if (chromePath) process.env['CHROME_PATH'] = chromePath;

const kb = (bytes: number) => Math.round(bytes / 102.4) / 10;
/** Whole milliseconds: timings are not finer than that. */
const ms = (value: number) => `${Math.round(value)} ms`;
const verdict = (ok: boolean) => (ok ? 'PASS' : 'FAIL');
const checks: Array<{ target: string; value: string; ok: boolean }> = [];
const check = (target: string, value: string, ok: boolean) => checks.push({ target, value, ok });

// 1. Build the real site, timed: without share pages, clean, and with the card cache warm (which leaves dist/).
let share: ShareCost;
try {
  share = await measureShareCost();
} catch (error) {
  if (!(error instanceof BuildFailed)) throw error;
  console.error(error.message);
  process.exit(1);
}
const build = share.last;
reportShare(share);
if (SHARE_ONLY) {
  for (const c of checks) console.log(`  ${verdict(c.ok)}  ${c.target.padEnd(62)} ${c.value}`);
  process.exit(0);
}

// 2–4. What readers pay: pages, Lighthouse, search.
const readers = BUILD_ONLY ? undefined : await measureReaders();

// 5. Build time per page as the site grows, beside the Starlight peer. A failed build stops here.
let growth: Awaited<ReturnType<typeof measureGrowth>>;
try {
  growth = await measureGrowth(SYNTHETIC_SIZES, { runs: BUILD_RUNS });
} catch (error) {
  if (!(error instanceof BuildFailed)) throw error;
  console.error(`\n${error.message}\n\nThe bench stops: a build that fails has no time to report.`);
  process.exit(1);
}

// 6. Report.
if (readers) reportReaders(readers);
reportBuilds(growth.rows, growth.peerVersions);

console.log('\nTargets');
for (const c of checks) console.log(`  ${verdict(c.ok)}  ${c.target.padEnd(62)} ${c.value}`);

const results = {
  date: new Date().toISOString(),
  machine: { cpus: cpus().length, cpu: cpus()[0]?.model, loadAverage: loadavg(), node: process.version, chrome: chromePath ?? 'Playwright Chromium' },
  ...(readers
    ? {
        pages: readers.weights,
        lighthouse: readers.lighthouse
          ? Object.fromEntries([...readers.lighthouse].map(([url, run]) => [url.slice(readers.serverUrl.length) || '/', run]))
          : { error: readers.lighthouseError },
        search: readers.search,
      }
    : {}),
  build: {
    site: { articles: countArticles('content'), pages: countHtmlPages('dist'), seconds: build.seconds, cpuSeconds: build.cpuSeconds },
    share: { without: share.without, clean: share.clean, cached: share.cached },
    growth: growth.rows,
    peer: growth.peerVersions,
  },
  targets: checks,
};
mkdirSync('bench-results', { recursive: true });
const file = path.join('bench-results', `${results.date.replace(/[:.]/g, '-')}.json`);
writeFileSync(file, JSON.stringify(results, null, 2));
writeFileSync(path.join('bench-results', 'latest.json'), JSON.stringify(results, null, 2));
console.log(`\nResults written to ${file} (and bench-results/latest.json).`);

interface ReaderFigures {
  serverUrl: string;
  weights: PageWeight[];
  lighthouse: Map<string, LighthouseRun> | undefined;
  lighthouseError: string | undefined;
  search: SearchMeasurement;
}

/** Serves dist/ and measures representative pages, Lighthouse (mobile and desktop) and search. */
async function measureReaders(): Promise<ReaderFigures> {
  const server = await serveStatic('dist');
  const browser = await chromium.launch({
    ...(chromePath ? { executablePath: chromePath } : {}),
    args: ['--disable-gpu', '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1'],
  });
  const pages = representativePages();
  const weights: PageWeight[] = [];
  for (const page of pages) weights.push(await measurePage(browser, `${server.url}${page.path}`, page.path));

  let lighthouse: Map<string, LighthouseRun> | undefined;
  let lighthouseError: string | undefined;
  try {
    const measured = LIGHTHOUSE_EVERY ? everyPage() : pages;
    console.log(`Running Lighthouse (mobile and desktop, ${LIGHTHOUSE_RUNS} runs each) on ${measured.length} pages…`);
    lighthouse = await lighthouseScores(
      measured.map((p) => `${server.url}${p.path}`),
      LIGHTHOUSE_RUNS,
    );
  } catch (error) {
    lighthouseError = `Lighthouse could not run here: ${error instanceof Error ? error.message : String(error)}`;
  }

  // Search, measured by the search feature's own benchmark.
  const search = await measureSearch({ browser, baseUrl: server.url });
  await browser.close();
  await server.close();
  return { serverUrl: server.url, weights, lighthouse, lighthouseError, search };
}

function reportReaders({ serverUrl, weights, lighthouse, lighthouseError, search }: ReaderFigures) {
  reportPages(weights);
  reportLighthouse(serverUrl, lighthouse, lighthouseError);
  reportSearch(search);
}

function reportPages(weights: readonly PageWeight[]) {
  printPages(weights);
  const article = weights.find((w) => w.path.startsWith('articles/'));
  if (article) {
    check(`largest article ≤ ${TARGETS.articleKb} KB transferred by load`, `${kb(article.byLoad.bytes)} KB`, kb(article.byLoad.bytes) <= TARGETS.articleKb);
    check(`largest article ≤ ${TARGETS.articleRequests} requests by load`, `${article.byLoad.requests}`, article.byLoad.requests <= TARGETS.articleRequests);
  }
  if (article) {
    const untilQuiet = kb(article.total.transferred);
    console.log(
      `\nLargest article: ${kb(article.byLoad.bytes)} KB (${kb(article.byLoad.bodyBytes)} KB of it compressed content, the rest response headers) in ${article.byLoad.requests} requests by load, ${untilQuiet} KB until the network is quiet; the peer: ${PEER.articleByLoadKb} KB in ${PEER.articleRequests} requests by load, ${PEER.articleUntilQuietKb} KB until quiet.`,
    );
  }
  const home = weights.find((w) => w.path === '');
  if (home)
    console.log(`Home: ${kb(home.byLoad.bytes)} KB by load (${kb(home.byLoad.bodyBytes)} KB of it compressed content); the peer: ${PEER.homeByLoadKb} KB.`);
  if (home) check(`home ≤ ${TARGETS.homeKb} KB transferred by load`, `${kb(home.byLoad.bytes)} KB`, kb(home.byLoad.bytes) <= TARGETS.homeKb);
  for (const w of weights) check(`${label(w.path)}: ${TARGETS.jsToReadKb} KB JavaScript needed to read`, `${kb(w.jsToRead)} KB`, w.jsToRead === 0);
  for (const w of weights) check(`${label(w.path)}: no layout shift`, w.cls.toFixed(3), w.cls === 0);
}

function reportLighthouse(serverUrl: string, lighthouse: Map<string, LighthouseRun> | undefined, lighthouseError: string | undefined) {
  console.log(`\nLighthouse (performance / accessibility / best practices / SEO; the median of ${LIGHTHOUSE_RUNS} runs, with every run's performance)`);
  if (lighthouse) {
    for (const [url, run] of lighthouse) {
      const name = label(url.slice(serverUrl.length));
      if (!run.mobile || !run.desktop) {
        console.log(`  ${name.padEnd(34)} not measured: ${run.error ?? 'no result'}`);
        continue;
      }
      const line = ({ scores, performanceRuns }: FormFactorResult) => `${Object.values(scores).join(' / ')} (${performanceRuns.join(', ')})`;
      console.log(`  ${name.padEnd(34)} mobile ${line(run.mobile).padEnd(30)} desktop ${line(run.desktop)}`);
      for (const audit of run.failing) console.log(`      costs points: ${audit}`);
      // A not-found page asks search engines not to index it (noindex), which Lighthouse's SEO
      // category counts against any page: its SEO score is printed, and not held to the target.
      const notFound = url.endsWith('404.html');
      const held = (scores: LighthouseScores) => Object.entries(scores).filter(([category]) => !(notFound && category === 'seo'));
      const all = [...held(run.mobile.scores), ...held(run.desktop.scores)].map(([, value]) => value);
      check(
        `${name}: Lighthouse ${TARGETS.lighthouse} ×${notFound ? '3 (not SEO: noindex)' : '4'}, mobile and desktop`,
        all.join(','),
        all.every((s) => s >= TARGETS.lighthouse),
      );
    }
  } else {
    console.log(`  ${lighthouseError}`);
  }
}

function reportSearch(search: SearchMeasurement) {
  console.log('\nSearch (median over queries; warm = Pagefind already loaded)');
  for (const q of search.queries) {
    console.log(
      `  ${JSON.stringify(q.query).padEnd(24)} ${String(q.results).padStart(3)} results  cold ${ms(q.coldMs).padStart(7)}  warm ${ms(q.medianMs).padStart(7)}  fetched ${kb(q.coldBytes)} KB (${kb(q.queryBytes)} KB for the query, ${q.requests} requests)`,
    );
  }
  console.log(`  page script ${kb(search.pageScriptBytes)} KB on every page; search scripts ${kb(search.dialogScriptBytes)} KB when first opened`);
  console.log(`  first search of a visit (loads Pagefind): dialog median ${ms(search.coldMedianMs)}, /search/ median ${ms(search.pageColdMedianMs)}`);
  for (const link of search.sharedLinks) {
    console.log(
      `  shared link /search/?q=${link.query}: "searching" at once ${link.saysSearchingAtOnce ? 'yes' : 'no'}, first result ${ms(link.firstResultMs)} after navigation`,
    );
  }
  for (const query of TARGETS.firstSearchQueries) {
    const q = search.queries.find((m) => m.query === query);
    const peer = PEER.firstSearchKb[query as keyof typeof PEER.firstSearchKb];
    if (q)
      check(
        `first search for "${query}" ≤ ${TARGETS.firstSearchKb} KB (the peer here: ${peer} KB)`,
        `${kb(q.coldBytes)} KB`,
        kb(q.coldBytes) <= TARGETS.firstSearchKb,
      );
  }
  console.log(`  the peer's warm queries take at least ${PEER.warmResultMs} ms (its interface waits 300 ms after each key)`);
  check(
    `first result ≤ ${TARGETS.coldResultMs} ms after typing on a fresh page (dialog)`,
    ms(search.coldMedianMs),
    search.coldMedianMs <= TARGETS.coldResultMs,
  );
  check(
    `first result ≤ ${TARGETS.coldResultMs} ms after typing on a fresh page (/search/)`,
    ms(search.pageColdMedianMs),
    search.pageColdMedianMs <= TARGETS.coldResultMs,
  );
  check(`warm queries ≤ ${TARGETS.warmResultMs} ms (dialog)`, ms(search.medianMs), search.medianMs <= TARGETS.warmResultMs);
  check(`warm queries ≤ ${TARGETS.warmResultMs} ms (/search/)`, ms(search.pageMedianMs), search.pageMedianMs <= TARGETS.warmResultMs);
  const slowestLink = Math.max(...search.sharedLinks.map((l) => l.firstResultMs));
  check(
    `a shared ?q= link says it is searching at once`,
    search.sharedLinks.every((l) => l.saysSearchingAtOnce) ? 'yes' : 'no',
    search.sharedLinks.every((l) => l.saysSearchingAtOnce),
  );
  check(`a shared ?q= link shows results ≤ ${TARGETS.sharedLinkMs} ms after navigation`, `${ms(slowestLink)} (slowest)`, slowestLink <= TARGETS.sharedLinkMs);
}

/** What share pages and their cards add to a build of the real site (issue 21). */
function reportShare(cost: ShareCost) {
  console.log(`\nShare pages and cards (the real site, every language; load average now ${loadavg()[0]?.toFixed(1)} on ${cpus().length} cores)`);
  for (const line of shareCostLines(cost)) console.log(line);
  const growth = cost.clean.seconds - cost.without.seconds;
  check(
    `a clean build grows by ≤ ${TARGETS.shareCleanGrowthSeconds} s with share pages and cards`,
    `+${growth.toFixed(1)} s`,
    growth <= TARGETS.shareCleanGrowthSeconds,
  );
}

/** Build times per page beside the peer's, from this run; the target is checked at 1,000 articles. */
function reportBuilds(rows: readonly GrowthRow[], peer: { starlight: string; astro: string }) {
  console.log(
    `\nBuild time per page (wall clock, and CPU time of the build and the programs it runs, to the end of its post-build steps; load average now ${loadavg()[0]?.toFixed(1)} on ${cpus().length} cores)`,
  );
  console.log(
    `  our site: ${countArticles('content')} articles, ${countHtmlPages('dist')} pages in ${build.seconds.toFixed(1)} s (CPU ${build.cpuSeconds.toFixed(1)} s)`,
  );
  console.log(`  the peer: Starlight ${peer.starlight} on astro ${peer.astro}, one plain Markdown page per article with the same text, built right after ours`);
  console.log('  the synthetic sites are built without share pages (their cost is measured on the real site, above)');
  for (const line of growthTable(rows)) console.log(line);
  const at500 = rows.find((row) => row.articles >= 500);
  if (at500)
    check(
      `${at500.articles} articles build in under ${TARGETS.build500Seconds} s`,
      `${at500.ours.seconds.toFixed(1)} s`,
      at500.ours.seconds < TARGETS.build500Seconds,
    );
  const atTarget = rows.find((row) => row.synthetic >= TARGETS.perPageAtArticles);
  if (atTarget) {
    const wall = ratio(atTarget, 'wallMs');
    check(
      `${atTarget.articles} articles: time per page ≤ ${TARGETS.perPageVsPeer}× the peer's`,
      `${wall.toFixed(2)}× (CPU ${ratio(atTarget, 'cpuMs').toFixed(2)}×)`,
      wall <= TARGETS.perPageVsPeer,
    );
  }
}

/**
 * Home, the heaviest article, glossary, references and search: one of each kind of page; and the
 * Japanese home, heaviest article and search page, whose text and index differ (issue 20).
 */
function representativePages(): Array<{ path: string }> {
  const heaviest = (dir: string) =>
    readdirSync(dir)
      .filter((name) => existsSync(path.join(dir, name, 'index.html')))
      .sort((a, b) => statSync(path.join(dir, b, 'index.html')).size - statSync(path.join(dir, a, 'index.html')).size)[0];
  const english = heaviest('dist/articles');
  const japanese = existsSync('dist/ja/articles') ? heaviest('dist/ja/articles') : undefined;
  return [
    '',
    ...(english ? [`articles/${english}/`] : []),
    'glossary/',
    'references/',
    'search/',
    ...(japanese ? ['ja/', `ja/articles/${japanese}/`, 'ja/search/'] : []),
  ].map((p) => ({ path: p }));
}

/** Every page in the sitemap (both languages), and both not-found pages. */
function everyPage(): Array<{ path: string }> {
  const sitemap = readFileSync('dist/sitemap.xml', 'utf8');
  const listed = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1] ?? '').pathname.replace(/^\//, ''));
  return [...listed, '404.html', ...(existsSync('dist/ja/404.html') ? ['ja/404.html'] : [])].map((p) => ({ path: p }));
}

function countArticles(contentDir: string): number {
  return readdirSync(path.join(contentDir, 'articles')).filter((name) => name.endsWith('.mdx')).length;
}

function label(pagePath: string): string {
  return `/${pagePath}`;
}

function printPages(list: readonly PageWeight[]) {
  console.log(
    '\nPages (first visit on a phone; "by load": KB transferred and requests before the load event; the rest until the network is quiet, KB gzip / raw)',
  );
  const types = ['document', 'stylesheet', 'script', 'image', 'font', 'fetch', 'other'];
  console.log(
    `  ${'page'.padEnd(34)} ${'by load'.padStart(13)}  ${'req'.padStart(3)}  ${'to read'.padStart(8)}  ${'total'.padStart(14)}  ${types.map((t) => t.padStart(13)).join('')}  ${'JS to read'.padStart(10)}  CLS`,
  );
  for (const w of list) {
    const cells = types.map((t) => {
      const b = w.byType[t];
      return (b ? `${kb(b.transferred)}/${kb(b.raw)}` : '–').padStart(13);
    });
    console.log(
      `  ${label(w.path).padEnd(34)} ${`${kb(w.byLoad.bytes)} KB/${w.byLoad.requests}`.padStart(13)}  ${String(w.requests).padStart(3)}  ${`${kb(w.bytesToRead)}`.padStart(8)}  ${`${kb(w.total.transferred)}/${kb(w.total.raw)}`.padStart(14)}  ${cells.join('')}  ${`${kb(w.jsToRead)} KB`.padStart(10)}  ${w.cls.toFixed(3)}`,
    );
    for (const block of w.missingWithoutJs) console.log(`      missing without JavaScript: "${block.slice(0, 80)}"`);
  }
}
