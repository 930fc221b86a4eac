/**
 * Reads a page as a link previewer does (Slack, Teams, WhatsApp, LINE, iMessage): only its first
 * 32 KB, no JavaScript, no `#fragment`. What is not in those bytes does not exist for a previewer,
 * so a tag after them is reported missing, as a previewer would miss it.
 */
import { open, readFile, stat } from 'node:fs/promises';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';

/** How much of a page Slack reads for its preview; the strictest of the common previewers. */
export const PREVIEW_BYTES = 32 * 1024;

/** What a previewer finds in a page. */
export interface Unfurl {
  lang: string | undefined;
  title: string | undefined;
  description: string | undefined;
  /** `og:*` properties; `og:image:width` etc. as written. */
  og: Record<string, string>;
  /** `twitter:*` names. */
  twitter: Record<string, string>;
  robots: string | undefined;
  canonical: string | undefined;
  /** `<meta http-equiv="refresh">`: its delay in seconds and where it leads. */
  refresh: { seconds: number; url: string } | undefined;
  /** The page is longer than what was read. */
  truncated: boolean;
  /** Executable `<script>` elements in the part read (data blocks such as JSON-LD excepted). */
  scripts: number;
}

/** Reads the first 32 KB of an HTML file and what a previewer would take from them. */
export async function unfurl(file: string): Promise<Unfurl> {
  const handle = await open(file, 'r');
  const { size } = await handle.stat();
  const buffer = Buffer.alloc(Math.min(size, PREVIEW_BYTES));
  await handle.read(buffer, 0, buffer.length, 0);
  await handle.close();
  return unfurlHtml(new TextDecoder().decode(buffer), size > PREVIEW_BYTES);
}

/** What a previewer takes from the HTML text it read. */
export function unfurlHtml(html: string, truncated = false): Unfurl {
  const result: Unfurl = {
    lang: undefined,
    title: undefined,
    description: undefined,
    og: {},
    twitter: {},
    robots: undefined,
    canonical: undefined,
    refresh: undefined,
    truncated,
    scripts: 0,
  };
  visit(fromHtml(html), 'element', (el: Element) => {
    const p = el.properties;
    const content = p['content'] === undefined ? undefined : String(p['content']);
    if (el.tagName === 'html' && p['lang'] !== undefined) result.lang = String(p['lang']);
    if (el.tagName === 'title') result.title = el.children.map((c) => (c.type === 'text' ? c.value : '')).join('');
    if (el.tagName === 'link' && Array.isArray(p['rel']) && p['rel'].includes('canonical')) result.canonical = String(p['href']);
    if (el.tagName === 'script' && ['', 'module', 'text/javascript'].includes(String(p['type'] ?? ''))) result.scripts += 1;
    if (el.tagName !== 'meta' || content === undefined) return;
    const property = String(p['property'] ?? '');
    const name = String(p['name'] ?? '');
    if (property.startsWith('og:')) result.og[property] = content;
    if (name.startsWith('twitter:')) result.twitter[name] = content;
    if (name === 'description') result.description = content;
    if (name === 'robots') result.robots = content;
    if (String(p['httpEquiv'] ?? '').toLowerCase() === 'refresh') result.refresh = parseRefresh(content);
  });
  return result;
}

/** `0; url=/a/#b` → `{ seconds: 0, url: '/a/#b' }`. */
export function parseRefresh(content: string): { seconds: number; url: string } | undefined {
  const match = /^\s*(\d+)\s*(?:[;,]\s*(?:url\s*=\s*)?['"]?([^'"]*)['"]?)?\s*$/i.exec(content);
  return match ? { seconds: Number(match[1]), url: match[2] ?? '' } : undefined;
}

/** A card image as a previewer would fetch it. */
export interface ImageCheck {
  exists: boolean;
  type: 'png' | 'jpeg' | undefined;
  width: number | undefined;
  height: number | undefined;
  bytes: number;
  /** What is wrong, in words; empty when the image is fit to use. */
  problems: string[];
}

/** The size and weight limits a share card must meet. */
export const CARD_LIMITS = { width: 1200, height: 630, maxBytes: 300 * 1024 } as const;

/** Checks an image file: it exists, is a PNG or JPEG of 1200 × 630, and weighs at most 300 KB. */
export async function checkCardImage(file: string, limits: { width: number; height: number; maxBytes: number } = CARD_LIMITS): Promise<ImageCheck> {
  const found = await stat(file).catch(() => undefined);
  if (!found) return { exists: false, type: undefined, width: undefined, height: undefined, bytes: 0, problems: [`${file} does not exist`] };
  const data = await readFile(file);
  const dims = imageSize(data);
  const problems: string[] = [];
  if (!dims) problems.push(`${file} is neither a PNG nor a JPEG`);
  else if (dims.width !== limits.width || dims.height !== limits.height)
    problems.push(`${file} is ${dims.width} × ${dims.height}, not ${limits.width} × ${limits.height}`);
  if (data.length > limits.maxBytes) problems.push(`${file} weighs ${data.length} bytes, more than ${limits.maxBytes}`);
  return { exists: true, type: dims?.type, width: dims?.width, height: dims?.height, bytes: data.length, problems };
}

/** The type and pixel size of a PNG (its IHDR chunk) or a JPEG (its first start-of-frame marker). */
export function imageSize(data: Buffer): { type: 'png' | 'jpeg'; width: number; height: number } | undefined {
  const png =
    data.length >= 24 &&
    data.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) &&
    data.toString('latin1', 12, 16) === 'IHDR';
  if (png) return { type: 'png', width: data.readUInt32BE(16), height: data.readUInt32BE(20) };
  if (data.length < 4 || data[0] !== 0xff || data[1] !== 0xd8) return undefined;
  let at = 2;
  while (at + 9 < data.length) {
    if (data[at] !== 0xff) return undefined;
    const marker = data[at + 1] ?? 0;
    // SOF0–SOF15 carry the frame size, except DHT (C4), JPG (C8) and DAC (CC).
    if (marker >= 0xc0 && marker <= 0xcf && ![0xc4, 0xc8, 0xcc].includes(marker)) {
      return { type: 'jpeg', height: data.readUInt16BE(at + 5), width: data.readUInt16BE(at + 7) };
    }
    at += 2 + data.readUInt16BE(at + 2);
  }
  return undefined;
}

/** What a share page must tell a previewer, and where it must send a person. */
export interface ShareExpectations {
  /** The share page's own absolute URL. */
  pageUrl: string;
  /** The article's canonical absolute URL. */
  articleUrl: string;
  /** The section's id. */
  id: string;
  lang: string;
}

/** Every way a share page, as unfurled, falls short of issue 21's list; empty when it is right. */
export function sharePageProblems(page: Unfurl, expected: ShareExpectations): string[] {
  const problems: string[] = [];
  const need = (ok: boolean, message: string) => {
    if (!ok) problems.push(message);
  };
  for (const tag of [
    'og:title',
    'og:description',
    'og:image',
    'og:image:width',
    'og:image:height',
    'og:image:alt',
    'og:type',
    'og:site_name',
    'og:locale',
    'og:url',
  ]) {
    need(Boolean(page.og[tag]), `${tag} is missing from the first 32 KB`);
  }
  need(Boolean(page.title), '<title> is missing from the first 32 KB');
  need(page.og['og:url'] === expected.pageUrl, `og:url is ${page.og['og:url']}, not the page's own URL ${expected.pageUrl}`);
  need(page.twitter['twitter:card'] === 'summary_large_image', 'twitter:card is not summary_large_image');
  need(page.canonical === expected.articleUrl, `canonical is ${page.canonical}, not the article ${expected.articleUrl}`);
  need(
    page.robots
      ?.split(',')
      .map((s) => s.trim())
      .includes('noindex') === true,
    'robots is not noindex',
  );
  need(page.lang === expected.lang, `lang is ${page.lang}, not ${expected.lang}`);
  need(page.scripts === 0, `the page has ${page.scripts} script(s)`);
  const target = page.refresh && new URL(page.refresh.url, expected.pageUrl);
  need(page.refresh?.seconds === 0, 'no 0-second refresh');
  need(target?.href === `${expected.articleUrl}#${expected.id}`, `the refresh leads to ${target?.href}, not ${expected.articleUrl}#${expected.id}`);
  need((page.og['og:description'] ?? '').length <= 200, 'og:description is longer than 200 characters');
  return problems;
}
