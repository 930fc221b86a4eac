/**
 * Search speed and weight on a served build, for `npm run bench`:
 *
 * ```ts
 * const result = await measureSearch({ baseUrl: 'http://127.0.0.1:4321/', browser });
 * console.log(result.medianMs, result.medianColdBytes);
 * ```
 *
 * Each query gets a fresh browser context (empty cache): the page loads, "/" opens the search
 * dialog, the query is typed a key at a time, and the time from the last keystroke (its `input`
 * event) to the first result element added to the list is read from the page's own clock. That
 * first search includes loading Pagefind; the same query is then retyped `runs` times for the warm
 * figures. The same is done in the box of a freshly loaded /search/ page, and a shared
 * /search/?q= link is opened fresh to see whether it says at once that it is searching and when its
 * first result shows. Bytes are response bodies as sent (compressed, where the server compresses), from
 * Playwright's request sizes, counted for the whole context so the Pagefind worker's own fetches
 * are included. Chromium reports 0 for the worker's script itself; the page's resource timing
 * fills that in.
 */
import type { Browser, BrowserContext, Page, Request } from '@playwright/test';

export interface MeasureSearchOptions {
  /** Address of a served build, with its base path: `http://127.0.0.1:4321/`. */
  baseUrl: string;
  /** A launched Playwright browser; the caller launches and closes it. */
  browser: Browser;
  /** Queries to time. Default: DEFAULT_QUERIES. */
  queries?: readonly string[];
  /** Warm repeats of each query after its first search. Default 5. */
  runs?: number;
}

export interface QueryMeasurement {
  query: string;
  /** Results on screen after the first search. */
  results: number;
  /** First search of a visit: ms from the last keystroke to the first result shown, loading Pagefind included. */
  coldMs: number;
  /** Median of the warm repeats, in ms. */
  medianMs: number;
  /** Every warm repeat, in ms. */
  samplesMs: number[];
  /** Bytes the first search made Pagefind fetch: library, WebAssembly, metadata, glossary names and the query's chunks. */
  coldBytes: number;
  /** Of `coldBytes`, the part that depends on the query: index chunks, page fragments, filter data. */
  queryBytes: number;
  /** Requests behind `coldBytes`. */
  requests: number;
}

/** Where a query is typed: the header's dialog on the home page, or the box on /search/. */
export type SearchPlace = 'dialog' | 'page';

/** A shared `/search/?q=` link, opened fresh. */
export interface SharedLinkMeasurement {
  query: string;
  /** The status line already said it is searching when the document was parsed (before any module ran). */
  saysSearchingAtOnce: boolean;
  /** ms from navigation start to the first result shown. */
  firstResultMs: number;
}

export interface SearchMeasurement {
  baseUrl: string;
  /** Median time from last keystroke to first result on /search/, over its warm repeats, in ms. */
  pageMedianMs: number;
  /** Median of the cold first searches typed on /search/. */
  pageColdMedianMs: number;
  /** Shared links opened fresh. */
  sharedLinks: SharedLinkMeasurement[];
  /** Median time from last keystroke to first result, over every warm repeat of every query, in ms. */
  medianMs: number;
  /** Median of the queries' cold first searches, in ms. */
  coldMedianMs: number;
  /** Median over queries of `coldBytes`. */
  medianColdBytes: number;
  /** Median over queries of `queryBytes`. */
  medianQueryBytes: number;
  /** JavaScript a page loads for search before anyone searches (the header control), in bytes. */
  pageScriptBytes: number;
  /** Our JavaScript loaded when the dialog first opens (the search panel), in bytes. */
  dialogScriptBytes: number;
  queries: QueryMeasurement[];
}

/** What readers search for (the examples). */
export const DEFAULT_QUERIES = ['AMPA', 'treatment-resistant', 'TRD', 'synaptic plasticity', 'Miyazaki'] as const;

/** Set up in the page before its scripts run: the clock readings the timing needs. */
interface BenchWindow {
  searchBench: { lastInput: number; shown: number[] };
}

function installProbe() {
  const bench: BenchWindow['searchBench'] = { lastInput: 0, shown: [] };
  (window as unknown as BenchWindow).searchBench = bench;
  document.addEventListener('input', () => (bench.lastInput = performance.now()), true);
  new MutationObserver((records) => {
    for (const record of records) {
      const added = [...record.addedNodes].some((n) => n instanceof HTMLLIElement && n.parentElement?.matches('[data-search-results]'));
      if (added) bench.shown.push(performance.now());
    }
  }).observe(document, { childList: true, subtree: true });
}

const median = (values: readonly number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length === 0 ? 0 : sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
};

/** Records the body size of every request a context finishes. */
function trackBytes(context: BrowserContext) {
  const sizes: Array<Promise<{ url: string; type: string; bytes: number }>> = [];
  let inFlight = 0;
  let lastChange = performance.now();
  const settle = () => {
    inFlight--;
    lastChange = performance.now();
  };
  context.on('request', () => {
    inFlight++;
    lastChange = performance.now();
  });
  context.on('requestfailed', settle);
  context.on('requestfinished', (request: Request) => {
    settle();
    sizes.push(request.sizes().then((s) => ({ url: request.url(), type: request.resourceType(), bytes: s.responseBodySize })));
  });
  return {
    /**
     * Resolves once no request has been in flight for `quietMs`. (Playwright's 'networkidle' load
     * state was reached long before a search, so waiting for it again returns at once.)
     */
    quiet: async (quietMs = 500) => {
      while (inFlight > 0 || performance.now() - lastChange < quietMs) await new Promise((resolve) => setTimeout(resolve, 50));
    },
    /** Everything finished so far (clearing the list), sizes Chromium left at 0 taken from the page's resource timing. */
    take: async (page: Page) => {
      const timing = new Map(
        await page.evaluate(() => performance.getEntriesByType('resource').map((e) => [e.name, (e as PerformanceResourceTiming).encodedBodySize] as const)),
      );
      return (await Promise.all(sizes.splice(0))).map((r) => (r.bytes > 0 ? r : { ...r, bytes: timing.get(r.url) ?? 0 }));
    },
  };
}

const isPagefind = (url: string) => /\/pagefind\/|\/search-terms\.json$/.test(new URL(url).pathname);
const isQueryChunk = (url: string) => /\/pagefind\/(?:index|fragment|filter)\//.test(new URL(url).pathname);
const sum = (items: ReadonlyArray<{ bytes: number }>) => items.reduce((total, item) => total + item.bytes, 0);

const PANEL: Record<SearchPlace, string> = { dialog: '[data-search-dialog]', page: '[data-search-page]' };

/** Types the query into the open dialog or the page's box; returns ms from the last keystroke to the first result shown. */
async function typeAndTime(page: Page, query: string, where: SearchPlace = 'dialog'): Promise<number> {
  const box = page.locator(`${PANEL[where]} input[name="q"]`);
  await box.fill('');
  await page.locator(`${PANEL[where]} [data-search-results] > li`).first().waitFor({ state: 'detached' });
  await page.evaluate(() => ((window as unknown as BenchWindow).searchBench.shown = []));
  await box.pressSequentially(query, { delay: 40 });
  const handle = await page.waitForFunction(
    () => {
      const { lastInput, shown } = (window as unknown as BenchWindow).searchBench;
      const first = shown.find((t) => t > lastInput);
      return first === undefined ? false : first - lastInput;
    },
    undefined,
    { timeout: 30_000 },
  );
  return Number(await handle.jsonValue());
}

/** Typed on a freshly loaded /search/ page: the first (cold) search and warm repeats. */
async function measureOnPage(browser: Browser, baseUrl: string, query: string, runs: number) {
  const context = await browser.newContext();
  try {
    await context.addInitScript(installProbe);
    const page = await context.newPage();
    await page.goto(`${baseUrl}search/`, { waitUntil: 'networkidle' });
    await page.locator('[data-search-page] input[name="q"]').focus();
    const coldMs = await typeAndTime(page, query, 'page');
    const samplesMs: number[] = [];
    for (let i = 0; i < runs; i++) samplesMs.push(await typeAndTime(page, query, 'page'));
    return { coldMs, samplesMs };
  } finally {
    await context.close();
  }
}

/** A shared link opened fresh: does it say it is searching at once, and when does the first result show? */
async function measureSharedLink(browser: Browser, baseUrl: string, query: string): Promise<SharedLinkMeasurement> {
  const context = await browser.newContext();
  try {
    await context.addInitScript(() => {
      const state = window as unknown as { searchingAtParse?: boolean };
      document.addEventListener('DOMContentLoaded', () => {
        state.searchingAtParse = /searching/i.test(document.querySelector('[data-search-page] [data-search-status]')?.textContent ?? '');
      });
    });
    const page = await context.newPage();
    await page.goto(`${baseUrl}search/?q=${encodeURIComponent(query)}`);
    const handle = await page.waitForFunction(
      () => (document.querySelector('[data-search-page] [data-search-results] > li.result') ? performance.now() : false),
      undefined,
      { timeout: 30_000, polling: 'raf' },
    );
    const firstResultMs = Math.round(Number(await handle.jsonValue()));
    const saysSearchingAtOnce = await page.evaluate(() => (window as unknown as { searchingAtParse?: boolean }).searchingAtParse === true);
    return { query, saysSearchingAtOnce, firstResultMs };
  } finally {
    await context.close();
  }
}

async function measureQuery(browser: Browser, baseUrl: string, query: string, runs: number) {
  const context = await browser.newContext();
  try {
    await context.addInitScript(installProbe);
    const bytes = trackBytes(context);
    const page = await context.newPage();
    await page.goto(baseUrl, { waitUntil: 'networkidle' });
    const onLoad = await bytes.take(page);

    await page.keyboard.press('/');
    const coldMs = await typeAndTime(page, query);
    await bytes.quiet();
    const cold = await bytes.take(page);
    const fetched = cold.filter((r) => isPagefind(r.url));
    const results = await page.locator('[data-search-dialog] [data-search-results] > li.result').count();

    const samplesMs: number[] = [];
    for (let i = 0; i < runs; i++) samplesMs.push(await typeAndTime(page, query));
    return {
      measurement: {
        query,
        results,
        coldMs,
        medianMs: median(samplesMs),
        samplesMs,
        coldBytes: sum(fetched),
        queryBytes: sum(fetched.filter((r) => isQueryChunk(r.url))),
        requests: fetched.length,
      },
      pageScriptBytes: sum(onLoad.filter((r) => r.type === 'script')),
      dialogScriptBytes: sum(cold.filter((r) => r.type === 'script' && !isPagefind(r.url))),
    };
  } finally {
    await context.close();
  }
}

/** Times searches on a served build and counts what they fetch. See the file comment for the method. */
export async function measureSearch(options: MeasureSearchOptions): Promise<SearchMeasurement> {
  const { baseUrl, browser, queries = DEFAULT_QUERIES, runs = 5 } = options;
  const measured = [];
  for (const query of queries) measured.push(await measureQuery(browser, baseUrl, query, runs));
  const list = measured.map((m) => m.measurement);
  const onPage = [];
  for (const query of queries) onPage.push(await measureOnPage(browser, baseUrl, query, runs));
  const sharedLinks = [];
  for (const query of queries) sharedLinks.push(await measureSharedLink(browser, baseUrl, query));
  return {
    baseUrl,
    pageMedianMs: median(onPage.flatMap((m) => m.samplesMs)),
    pageColdMedianMs: median(onPage.map((m) => m.coldMs)),
    sharedLinks,
    medianMs: median(list.flatMap((q) => q.samplesMs)),
    coldMedianMs: median(list.map((q) => q.coldMs)),
    medianColdBytes: median(list.map((q) => q.coldBytes)),
    medianQueryBytes: median(list.map((q) => q.queryBytes)),
    pageScriptBytes: median(measured.map((m) => m.pageScriptBytes)),
    dialogScriptBytes: median(measured.map((m) => m.dialogScriptBytes)),
    queries: list,
  };
}
