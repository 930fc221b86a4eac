import { fromHtml } from 'hast-util-from-html';
import { describe, expect, test } from 'vitest';
import { buildPolicy, collectInlineHashes, insertHeader, insertMeta } from '../../../../src/integrations/post-build/csp-policy.ts';

const page = (html: string) => ({ file: 'index.html', tree: fromHtml(html) });

describe('Content-Security-Policy', () => {
  test('hashes inline scripts, styles and style attributes, but not external scripts or data blocks', () => {
    const hashes = collectInlineHashes([
      page(
        '<head><script>alert(1)</script><script type="module" src="/a.js"></script><script type="application/ld+json">{"a":1}</script><style>p{}</style></head><body><p style="color: red">x</p></body>',
      ),
    ]);
    // SHA-256 of the exact text, base64, as a browser computes it (`printf 'alert(1)' | openssl dgst -sha256 -binary | base64`).
    expect([...hashes.scripts]).toEqual(['sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI=']);
    expect([...hashes.styles]).toEqual(['sha256-gG2yISYereRMiG2lMXrbiUgi0Ubw9p7QCeWcroOvy9Y=']);
    expect([...hashes.styleAttributes]).toEqual(['sha256-NerDAUWfwD31YdZHveMrq0GLjsNFMwxLpZl0dPUeCcw=']);
  });

  test('the policy allows the site itself and listed hashes only; frame-ancestors only in the header', () => {
    const hashes = { scripts: new Set(['sha256-s']), styles: new Set(['sha256-t']), styleAttributes: new Set<string>() };
    const meta = buildPolicy(hashes);
    expect(meta).toBe(
      "default-src 'self'; script-src 'self' 'wasm-unsafe-eval' 'sha256-s'; style-src 'self' 'sha256-t'; img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'",
    );
    expect(meta).not.toContain('unsafe-inline');
    expect(buildPolicy(hashes, { header: true })).toBe(`${meta}; frame-ancestors 'none'`);
    expect(buildPolicy({ ...hashes, styleAttributes: new Set(['sha256-u']) })).toContain("style-src-attr 'unsafe-hashes' 'sha256-u'");
  });

  test('the meta tag comes right after the charset, before anything it governs', () => {
    expect(insertMeta('<html><head><meta charset="utf-8"><script>x</script></head></html>', "default-src 'self'")).toBe(
      `<html><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="default-src 'self'"><script>x</script></head></html>`,
    );
    expect(insertMeta('<html><head><title>t</title></head></html>', 'p')).toBe(
      '<html><head><meta http-equiv="Content-Security-Policy" content="p"><title>t</title></head></html>',
    );
  });

  test('the header goes under the /* rule of _headers, which is created when missing', () => {
    expect(insertHeader('# note\n/*\n  X-Content-Type-Options: nosniff\n', 'p')).toBe(
      '# note\n/*\n  Content-Security-Policy: p\n  X-Content-Type-Options: nosniff\n',
    );
    expect(insertHeader('', 'p')).toBe('/*\n  Content-Security-Policy: p\n');
  });
});
