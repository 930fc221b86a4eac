/**
 * The page's layout shift so far, added up as Lighthouse does (a shift just after input does not
 * count), from the buffered `layout-shift` entries; 0 when there was none, which the observer
 * reports by not calling back at all. Used by the bench (page-weight.ts) and the page sweep
 * (tests/e2e/every-page.spec.ts).
 *
 * Runs in the browser: pass it to Playwright's `page.evaluate(layoutShift)`. It is serialised on its
 * own, so it must not use anything from outside its body.
 */
export function layoutShift(): Promise<number> {
  return new Promise((resolve) => {
    const observer = new PerformanceObserver((list) => {
      observer.disconnect();
      const entries = list.getEntries() as Array<PerformanceEntry & { value: number; hadRecentInput: boolean }>;
      resolve(entries.reduce((sum, entry) => sum + (entry.hadRecentInput ? 0 : entry.value), 0));
    });
    observer.observe({ type: 'layout-shift', buffered: true });
    setTimeout(() => resolve(0), 100);
  });
}
