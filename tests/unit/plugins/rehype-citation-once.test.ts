import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { Cite } from 'rehype-citation';
import { ParsedOnce } from '../../../src/plugins/rehype-citation-once.ts';

const bibliography = readFileSync('tests/fixtures/plugins/bibliography.json', 'utf8');

test('the bibliography is parsed once while its text stays the same, and again when it changes', () => {
  const first = ParsedOnce([bibliography], { generateGraph: false }).data;
  expect(first).toEqual(new Cite([bibliography], { generateGraph: false }).data);
  expect(ParsedOnce([bibliography], { generateGraph: false }).data).toBe(first);
  const changed = JSON.stringify((JSON.parse(bibliography) as Array<{ id: string }>).slice(0, 1));
  expect(ParsedOnce([changed], { generateGraph: false }).data.map((item) => (item as { id: string }).id)).toEqual([
    (JSON.parse(bibliography) as Array<{ id: string }>)[0]?.id,
  ]);
});

test("rehype-citation finds citation-js's plugins (CSL templates and engine) where it expects them", () => {
  expect(ParsedOnce.plugins).toBe(Cite.plugins);
});
