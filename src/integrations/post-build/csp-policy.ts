import { createHash } from 'node:crypto';
import type { Element } from 'hast';
import { SITE_FILES } from '../../lib/site.ts';
import { type BuiltSite, elements, type HtmlPage } from './built-site.ts';

/** Hashes of everything inline that a page needs to run or style: what the policy must allow. */
export interface InlineHashes {
  /** `<script>` elements without `src` that the browser executes. */
  scripts: Set<string>;
  /** `<style>` elements. */
  styles: Set<string>;
  /** `style="…"` attributes. */
  styleAttributes: Set<string>;
}

/** Script types a browser runs; JSON-LD and other data blocks are not run, so need no hash. */
const EXECUTABLE = new Set(['', 'module', 'text/javascript', 'application/javascript']);

/**
 * The site's Content-Security-Policy: everything from the site itself, nothing inline but what
 * is listed by hash. `'wasm-unsafe-eval'` lets Pagefind compile its WebAssembly search engine
 * (it allows WebAssembly only, not `eval`). No `'unsafe-inline'` for scripts or styles.
 */
export function buildPolicy(hashes: InlineHashes, options: { header?: boolean } = {}): string {
  const quoted = (set: Set<string>) => [...set].sort().map((h) => `'${h}'`);
  const directives: Array<[string, string[]]> = [
    ['default-src', ["'self'"]],
    ['script-src', ["'self'", "'wasm-unsafe-eval'", ...quoted(hashes.scripts)]],
    ['style-src', ["'self'", ...quoted(hashes.styles)]],
    ...(hashes.styleAttributes.size > 0 ? [['style-src-attr', ["'unsafe-hashes'", ...quoted(hashes.styleAttributes)]] as [string, string[]]] : []),
    ['img-src', ["'self'", 'data:']],
    ['font-src', ["'self'"]],
    ['connect-src', ["'self'"]],
    ['object-src', ["'none'"]],
    ['base-uri', ["'self'"]],
    ['form-action', ["'self'"]],
    // Browsers ignore frame-ancestors in a <meta> policy (and warn), so only the header has it.
    ...(options.header ? [['frame-ancestors', ["'none'"]] as [string, string[]]] : []),
  ];
  return directives.map(([name, sources]) => `${name} ${sources.join(' ')}`).join('; ');
}

/** The hashes a set of built pages needs, together. */
export function collectInlineHashes(pages: readonly HtmlPage[]): InlineHashes {
  const hashes: InlineHashes = { scripts: new Set(), styles: new Set(), styleAttributes: new Set() };
  for (const page of pages) {
    for (const el of elements(page.tree)) {
      const type = String(el.properties['type'] ?? '').toLowerCase();
      if (el.tagName === 'script' && el.properties['src'] === undefined && EXECUTABLE.has(type)) hashes.scripts.add(sha256(rawText(el)));
      if (el.tagName === 'style') hashes.styles.add(sha256(rawText(el)));
      const style = el.properties['style'];
      if (typeof style === 'string') hashes.styleAttributes.add(sha256(style));
    }
  }
  return hashes;
}

/**
 * Puts the policy in every page as the first thing after `<meta charset>` (a policy covers only
 * what comes after it), and into `_headers`, the static-host header file, under its `/*` rule.
 * Returns the header policy.
 */
export async function applyPolicy(site: BuiltSite): Promise<{ meta: string; header: string; pages: number }> {
  const pages = await site.htmlPages();
  const hashes = collectInlineHashes(pages);
  const meta = buildPolicy(hashes);
  const header = buildPolicy(hashes, { header: true });

  for (const page of pages) await site.write(page.file, insertMeta(await site.text(page.file), meta));
  const headers = site.has(SITE_FILES.headers) ? await site.text(SITE_FILES.headers) : '';
  await site.write(SITE_FILES.headers, insertHeader(headers, header));
  return { meta, header, pages: pages.length };
}

/** The page with a CSP `<meta>` right after its charset declaration (or at the start of `<head>`). */
export function insertMeta(html: string, policy: string): string {
  const tag = `<meta http-equiv="Content-Security-Policy" content="${policy}">`;
  const charset = /<meta\s+charset=["']?[\w-]+["']?\s*\/?>/i.exec(html);
  if (charset) return html.slice(0, charset.index + charset[0].length) + tag + html.slice(charset.index + charset[0].length);
  const head = /<head(\s[^>]*)?>/i.exec(html);
  if (!head) throw new Error('a built page has no <head>; cannot add its Content-Security-Policy');
  return html.slice(0, head.index + head[0].length) + tag + html.slice(head.index + head[0].length);
}

/** `_headers` with the policy added to its `/*` rule (created when missing). */
export function insertHeader(headers: string, policy: string): string {
  const line = `  Content-Security-Policy: ${policy}`;
  const lines = headers.split('\n');
  const all = lines.findIndex((l) => l.trim() === '/*');
  if (all === -1) return `/*\n${line}\n${headers}`;
  lines.splice(all + 1, 0, line);
  return lines.join('\n');
}

/** The text of a raw-text element (script, style) exactly as the browser hashes it. */
function rawText(el: Element): string {
  return el.children.map((child) => (child.type === 'text' ? child.value : '')).join('');
}

function sha256(text: string): string {
  return `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;
}
