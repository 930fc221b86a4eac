/**
 * Reads `_headers`, the response-header file of Netlify, Cloudflare Pages and compatible static
 * hosts: a URL pattern on its own line, then indented `Name: value` lines. Used to serve the
 * built site the way such a host would (benchmark, browser tests).
 */
export interface HeaderRule {
  /** `/*`, `/articles/*`, `/about/`. */
  pattern: string;
  headers: Array<[name: string, value: string]>;
}

export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: line.trim(), headers: [] });
      continue;
    }
    const colon = line.indexOf(':');
    const rule = rules.at(-1);
    if (rule && colon > 0) rule.headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
  }
  return rules;
}

/** The headers for a request path: every matching rule's, in file order. */
export function headersFor(pathname: string, rules: readonly HeaderRule[]): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const rule of rules) {
    const pattern = new RegExp(`^${rule.pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replaceAll('*', '.*')}$`);
    if (pattern.test(pathname)) for (const [name, value] of rule.headers) headers[name.toLowerCase()] = value;
  }
  return headers;
}
