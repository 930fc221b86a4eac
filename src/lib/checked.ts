/**
 * A value the content preflight (src/integrations/content-preflight) has already checked, such as a
 * reference named by a key. Pages rely on that check instead of repeating it; if the value is
 * missing anyway, the preflight did not run, and this says so rather than rendering a broken page.
 */
export function checked<T>(value: T | null | undefined, what: string): T {
  if (value === undefined || value === null) {
    throw new Error(`${what} is missing, although the content preflight checks it. Is contentPreflight() still the first integration in astro.config.mjs?`);
  }
  return value;
}
