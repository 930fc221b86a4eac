/**
 * Loads a stylesheet that only a script's own markup needs (a popover, the search panel), when that
 * script first runs. Imported as `import href from './x.css?url'`, such a sheet stays out of the
 * stylesheets every page links at load; Astro would otherwise add the CSS of every module its page
 * script can import to every page. Resolves when the sheet has loaded (or failed: the feature then
 * still works, unstyled, rather than not at all).
 */
const loading = new Map<string, Promise<void>>();

export function loadStylesheet(href: string): Promise<void> {
  let promise = loading.get(href);
  if (!promise) {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = href;
    promise = new Promise<void>((resolve) => {
      link.addEventListener('load', () => resolve(), { once: true });
      link.addEventListener('error', () => resolve(), { once: true });
    });
    document.head.append(link);
    loading.set(href, promise);
  }
  return promise;
}
