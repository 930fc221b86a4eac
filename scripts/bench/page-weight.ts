import type { Browser, Page } from '@playwright/test';
import { layoutShift } from './layout-shift.ts';
import { missingWithoutJs, readingBlocks } from './reading-text.ts';

/** Bytes of one kind of resource. */
export interface Bytes {
  /** As stored (decoded). */
  raw: number;
  /** As transferred (gzip where the server compresses). */
  transferred: number;
}

export interface PageWeight {
  path: string;
  /** What a first visit fetches before the load event: the cost of seeing the page. */
  /** By the load event: requests, bytes as transferred (bodies and response headers), and the compressed bodies alone. */
  byLoad: { requests: number; bytes: number; bodyBytes: number };
  /** Requests the first visit makes, until the network is quiet. */
  requests: number;
  /** By kind: document, stylesheet, script, image, font, fetch, other. */
  byType: Record<string, Bytes>;
  total: Bytes;
  /** Transferred bytes a reader needs: everything but JavaScript the text does not depend on. */
  bytesToRead: number;
  /** JavaScript loaded on a first visit (transferred bytes). */
  jsLoaded: number;
  /** JavaScript needed to read the page: 0 when every block of text is there without it. */
  jsToRead: number;
  /** Blocks of text missing without JavaScript (should be none). */
  missingWithoutJs: string[];
  /** Cumulative Layout Shift of the load, as the browser reports it. */
  cls: number;
}

/** Visits `url` as a first-time reader on a phone and adds up what it costs. */
export async function measurePage(browser: Browser, url: string, path: string): Promise<PageWeight> {
  const context = await browser.newContext({ viewport: { width: 412, height: 915 }, deviceScaleFactor: 2.6, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  const pending: Array<Promise<void>> = [];
  const byType: Record<string, Bytes> = {};
  let requests = 0;
  page.on('requestfinished', (request) => {
    if (request.url().startsWith('data:')) return;
    requests++;
    pending.push(
      (async () => {
        const response = await request.response();
        const sizes = await request.sizes();
        const raw = (await response?.body().catch(() => Buffer.alloc(0)))?.length ?? 0;
        const kind = ['document', 'stylesheet', 'script', 'image', 'font', 'fetch'].includes(request.resourceType()) ? request.resourceType() : 'other';
        const bytes = byType[kind] ?? { raw: 0, transferred: 0 };
        byType[kind] = bytes;
        bytes.raw += raw;
        bytes.transferred += sizes.responseBodySize + sizes.responseHeadersSize;
      })(),
    );
  });

  await page.goto(url, { waitUntil: 'networkidle' });
  // Layout shifts are reported a moment after they happen.
  await page.waitForTimeout(500);
  const byLoad = await page.evaluate(loadCost);
  await Promise.all(pending);
  const cls = await page.evaluate(layoutShift);
  const withJs = await readBlocks(page);
  await context.close();

  const plainContext = await browser.newContext({ javaScriptEnabled: false });
  const plainPage = await plainContext.newPage();
  await plainPage.goto(url, { waitUntil: 'networkidle' });
  const missing = missingWithoutJs(withJs, await readBlocks(plainPage));
  await plainContext.close();

  const total = Object.values(byType).reduce((sum, b) => ({ raw: sum.raw + b.raw, transferred: sum.transferred + b.transferred }), { raw: 0, transferred: 0 });
  const jsLoaded = byType['script']?.transferred ?? 0;
  const jsToRead = missing.length === 0 ? 0 : jsLoaded;
  return { path, byLoad, requests, byType, total, bytesToRead: total.transferred - jsLoaded + jsToRead, jsLoaded, jsToRead, missingWithoutJs: missing, cls };
}

/**
 * Requests and bytes (as transferred: compressed body and headers; and the compressed bodies alone,
 * since a host on HTTP/2 or 3 compresses headers repeated from one response to the next) that
 * finished before the load event, from the page's own Resource Timing. Runs in the page, so it uses nothing from outside.
 */
function loadCost(): { requests: number; bytes: number; bodyBytes: number } {
  const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
  const before = (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).filter((r) => r.responseEnd <= navigation.loadEventStart);
  const all = [navigation, ...before];
  return {
    requests: all.length,
    bytes: all.reduce((sum, r) => sum + r.transferSize, 0),
    bodyBytes: all.reduce((sum, r) => sum + r.encodedBodySize, 0),
  };
}

function readBlocks(page: Page): Promise<string[]> {
  return page.locator('main').evaluate(readingBlocks);
}
