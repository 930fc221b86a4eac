/** The unfurl checker (tests/support/unfurl.ts) sees what a previewer sees, and no more. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { checkCardImage, imageSize, PREVIEW_BYTES, parseRefresh, sharePageProblems, unfurl, unfurlHtml } from '../../../support/unfurl.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'unfurl-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('reading a page as a previewer does', () => {
  test('a tag after the first 32 KB is not seen', async () => {
    const file = path.join(dir, 'late.html');
    const filler = `<p>${'x'.repeat(PREVIEW_BYTES)}</p>`;
    writeFileSync(file, `<html lang="en"><head><meta property="og:title" content="Early">${filler}<meta property="og:image" content="late.png"></head></html>`);
    const page = await unfurl(file);
    expect(page.truncated).toBe(true);
    expect(page.og).toEqual({ 'og:title': 'Early' });
  });

  test('refresh, robots, canonical, Open Graph and Twitter values; scripts counted, JSON-LD not', () => {
    const page = unfurlHtml(
      '<html lang="ja"><head><title>T</title><meta http-equiv="refresh" content="0; url=/a/#b"><meta name="robots" content="noindex"><link rel="canonical" href="https://e.org/a/"><meta name="twitter:card" content="summary_large_image"><script type="application/ld+json">{}</script><script>x()</script></head></html>',
    );
    expect(page).toMatchObject({ lang: 'ja', title: 'T', refresh: { seconds: 0, url: '/a/#b' }, robots: 'noindex', canonical: 'https://e.org/a/', scripts: 1 });
    expect(page.twitter).toEqual({ 'twitter:card': 'summary_large_image' });
  });

  test('refresh values in the forms browsers accept', () => {
    expect(parseRefresh('0;URL=/x/')).toEqual({ seconds: 0, url: '/x/' });
    expect(parseRefresh("5; url='/y/#z'")).toEqual({ seconds: 5, url: '/y/#z' });
    expect(parseRefresh('3')).toEqual({ seconds: 3, url: '' });
    expect(parseRefresh('soon')).toBeUndefined();
  });

  test('a share page that falls short is told what is wrong, each thing once', () => {
    const page = unfurlHtml(
      '<html lang="en"><head><title>T</title><meta property="og:url" content="https://e.org/a/"><link rel="canonical" href="https://e.org/a/"><meta http-equiv="refresh" content="0; url=/a/"></head></html>',
    );
    const problems = sharePageProblems(page, { pageUrl: 'https://e.org/share/a/b/', articleUrl: 'https://e.org/a/', id: 'b', lang: 'en' });
    expect(problems).toEqual([
      'og:title is missing from the first 32 KB',
      'og:description is missing from the first 32 KB',
      'og:image is missing from the first 32 KB',
      'og:image:width is missing from the first 32 KB',
      'og:image:height is missing from the first 32 KB',
      'og:image:alt is missing from the first 32 KB',
      'og:type is missing from the first 32 KB',
      'og:site_name is missing from the first 32 KB',
      'og:locale is missing from the first 32 KB',
      "og:url is https://e.org/a/, not the page's own URL https://e.org/share/a/b/",
      'twitter:card is not summary_large_image',
      'robots is not noindex',
      'the refresh leads to https://e.org/a/, not https://e.org/a/#b',
    ]);
  });
});

describe('checking a card image', () => {
  const png = (width: number, height: number, extra = 0) => {
    const data = Buffer.alloc(33 + extra);
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]).copy(data, 0);
    data.writeUInt32BE(13, 8);
    data.write('IHDR', 12, 'latin1');
    data.writeUInt32BE(width, 16);
    data.writeUInt32BE(height, 20);
    return data;
  };
  // SOI, an APP0 segment, then SOF0 with height 630 and width 1200.
  const jpeg = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x04, 0x00, 0x00, 0xff, 0xc0, 0x00, 0x11, 0x08, 0x02, 0x76, 0x04, 0xb0, 0x03, 0, 0, 0, 0, 0, 0]);

  test('PNG and JPEG sizes are read from their headers', () => {
    expect(imageSize(png(1200, 630))).toEqual({ type: 'png', width: 1200, height: 630 });
    expect(imageSize(jpeg)).toEqual({ type: 'jpeg', width: 1200, height: 630 });
    expect(imageSize(Buffer.from('GIF89a'))).toBeUndefined();
  });

  test('a missing file, a wrong size and too many bytes are each a problem', async () => {
    writeFileSync(path.join(dir, 'small.png'), png(600, 315));
    writeFileSync(path.join(dir, 'heavy.png'), png(1200, 630, 300 * 1024));
    writeFileSync(path.join(dir, 'good.jpg'), jpeg);
    expect((await checkCardImage(path.join(dir, 'none.png'))).problems).toEqual([`${path.join(dir, 'none.png')} does not exist`]);
    expect((await checkCardImage(path.join(dir, 'small.png'))).problems).toEqual([`${path.join(dir, 'small.png')} is 600 × 315, not 1200 × 630`]);
    expect((await checkCardImage(path.join(dir, 'heavy.png'))).problems).toEqual([`${path.join(dir, 'heavy.png')} weighs 307233 bytes, more than 307200`]);
    expect(await checkCardImage(path.join(dir, 'good.jpg'))).toMatchObject({ exists: true, type: 'jpeg', width: 1200, height: 630, problems: [] });
  });
});
