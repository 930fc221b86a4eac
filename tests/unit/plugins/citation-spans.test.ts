/**
 * Keys keep their case: rehype-citation writes them in lowercase in its output, and citation-spans.ts
 * reads them back in the bibliography's own case. Two keys that differ only in case cannot be told
 * apart there, so a citation of either is refused before rehype-citation runs.
 */
import { describe, expect, test } from 'vitest';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import { VFile } from 'vfile';
import { h } from 'hastscript';
import { CitationKeys, citationSpans } from '../../../src/plugins/citation-spans.ts';
import { rehypeCitationCheck } from '../../../src/plugins/rehype-citation-check.ts';

describe('CitationKeys', () => {
  const keys = new CitationKeys(['ZetaReview2004', 'smith2020', 'Smith2020', 'alpha2000']);

  test('gives back the bibliography key that rehype-citation wrote in lowercase', () => {
    expect(keys.fromOutput('zetareview2004')).toBe('ZetaReview2004');
    expect(keys.fromOutput('alpha2000')).toBe('alpha2000');
    expect(keys.fromOutput('nobody1999')).toBeUndefined();
  });

  test('cannot tell apart keys that differ only in case, and names them', () => {
    expect(keys.fromOutput('smith2020')).toBeUndefined();
    expect(keys.caseTwins('Smith2020')).toEqual(['smith2020']);
    expect(keys.caseTwins('ZetaReview2004')).toEqual([]);
  });
});

describe('citationSpans', () => {
  test("reads rehype-citation's spans in order, repeats kept, and fails a key it cannot resolve", () => {
    const tree = h(null, [
      h('p', [h('span', { id: 'citation--zetareview2004--alpha2000--zetareview2004--1' }, '(1, 2)')]),
      h('p', [h('span', { id: 'citation--smith2020--2' }, '(3)'), h('span', { id: 'not-a-citation' })]),
    ]);
    const { spans, problems } = citationSpans(tree, new CitationKeys(['ZetaReview2004', 'alpha2000', 'smith2020', 'Smith2020']));
    expect(spans.map((span) => span.keys)).toEqual([['ZetaReview2004', 'alpha2000', 'ZetaReview2004']]);
    expect(problems.map((p) => p.message)).toEqual([
      'rehype-citation numbered a citation of "smith2020", which names no single key of the bibliography (keys that differ only in case cannot be told apart). Check the key.',
    ]);
  });
});

describe('rehypeCitationCheck and keys that differ only in case', () => {
  test('refuses a citation of either, at its line, before rehype-citation loses the difference', async () => {
    const processor = unified()
      .use(remarkParse)
      .use(remarkRehype)
      .use(rehypeCitationCheck, { keys: new Set(['Smith2020', 'smith2020', 'alpha2000']), bibliographyPath: 'refs.json' })
      .use(rehypeStringify);
    const file = new VFile({ path: 'a.md', value: 'Intro.\n\nA claim [@alpha2000].\nAnother [@Smith2020].\n' });
    await expect(processor.process(file)).rejects.toThrow(
      'a.md:3  citation key "Smith2020" in [@Smith2020] differs from "smith2020" only in case; rehype-citation writes keys in lowercase, so the site cannot tell which is meant. Rename one of them in refs.json.',
    );
  });
});
