import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { get } from 'node:http';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { headersFor, parseHeadersFile } from '../../../scripts/bench/headers-file.ts';
import { serveStatic, type StaticServer } from '../../../scripts/bench/static-server.ts';

describe('_headers file', () => {
  const rules = parseHeadersFile(
    "# comment\n/*\n  X-A: 1\n  Content-Security-Policy: default-src 'self'; img-src data:\n\n/_astro/*\n  Cache-Control: immutable\n",
  );

  test('reads rules, headers with colons in their values, and skips comments', () => {
    expect(rules).toEqual([
      {
        pattern: '/*',
        headers: [
          ['X-A', '1'],
          ['Content-Security-Policy', "default-src 'self'; img-src data:"],
        ],
      },
      { pattern: '/_astro/*', headers: [['Cache-Control', 'immutable']] },
    ]);
  });

  test('gives a path the headers of every rule that matches it', () => {
    expect(headersFor('/about/', rules)).toEqual({ 'x-a': '1', 'content-security-policy': "default-src 'self'; img-src data:" });
    expect(headersFor('/_astro/x.js', rules)['cache-control']).toBe('immutable');
  });
});

describe('static server', () => {
  let root: string;
  let server: StaticServer;
  beforeAll(async () => {
    root = mkdtempSync(path.join(tmpdir(), 'static-'));
    mkdirSync(path.join(root, 'a'));
    writeFileSync(path.join(root, 'a', 'index.html'), '<p>a</p>');
    writeFileSync(path.join(root, '404.html'), '<p>missing</p>');
    writeFileSync(path.join(root, '_headers'), '/*\n  X-Content-Type-Options: nosniff\n');
    server = await serveStatic(root, '/base/');
  });
  afterAll(async () => {
    await server.close();
    rmSync(root, { recursive: true, force: true });
  });

  test('serves a folder as its index.html, gzipped, with the _headers headers', async () => {
    // node:http, not fetch: fetch would undo the gzip before the test could see it.
    const { status, headers, body } = await new Promise<{ status: number | undefined; headers: Record<string, unknown>; body: Buffer }>((resolve, reject) => {
      get(`${server.url}a/`, { headers: { 'accept-encoding': 'gzip' } }, (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => resolve({ status: response.statusCode, headers: response.headers, body: Buffer.concat(chunks) }));
      }).on('error', reject);
    });
    expect(status).toBe(200);
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['content-type']).toBe('text/html; charset=utf-8');
    expect(headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(body).toString()).toBe('<p>a</p>');
  });

  test('answers 404 with 404.html for a missing page, outside the base, or outside the folder', async () => {
    for (const url of [`${server.url}nope/`, server.url.replace('/base/', '/a/'), `${server.url}..%2F..%2Fetc%2Fpasswd`]) {
      const response = await fetch(url);
      expect(response.status, url).toBe(404);
      expect(await response.text()).toBe('<p>missing</p>');
    }
  });
});
