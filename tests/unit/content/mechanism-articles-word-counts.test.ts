import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';

/**
 * Issue 3 asks for articles of 900 to 2,000 words of body prose: long enough to explain, short
 * enough to read on a phone. This guards the four mechanism and imaging articles against drifting
 * out of that range when they are revised.
 */
const ARTICLES = ['ampa-receptors-explained', 'synaptic-plasticity-and-depression', 'how-ketamine-may-act-fast', 'seeing-receptors-in-a-living-brain'] as const;

/**
 * Words a reader reads in the body: frontmatter, headings (with their `\{#id}`), component tags,
 * citation keys and link targets are not prose, so they are left out; link text and table cells are kept.
 */
function bodyProseWords(mdx: string): number {
  const body = mdx.replace(/^---\n[\s\S]*?\n---\n/, '');
  const prose = body
    .split('\n')
    .filter((line) => !/^#{1,6}\s/.test(line))
    .join('\n')
    .replace(/<[^>]*>/g, ' ')
    .replace(/\[@[^\]]*\]/g, ' ')
    .replace(/\]\([^)]*\)/g, '] ');
  return prose.split(/\s+/).filter((token) => /[\p{L}\p{N}]/u.test(token)).length;
}

describe('body prose word count', () => {
  test('counts prose and skips frontmatter, headings, tags, citations and link targets', () => {
    const mdx = [
      '---',
      'title: Not counted at all',
      '---',
      '',
      '## A heading \\{#a-heading}',
      '',
      'One two [@key1; @key2] <Evidence level="animal" /> three [four](../five-six/).',
      '',
      '| --- | --- |',
      '| seven | eight |',
    ].join('\n');
    expect(bodyProseWords(mdx)).toBe(6);
  });

  test.each(ARTICLES)('%s has 900 to 2,000 words of body prose', (slug) => {
    const file = path.join('content', 'articles', `${slug}.mdx`);
    const words = bodyProseWords(readFileSync(file, 'utf8'));
    expect(words, `${file} has ${words} words of body prose`).toBeGreaterThanOrEqual(900);
    expect(words, `${file} has ${words} words of body prose`).toBeLessThanOrEqual(2000);
  });
});
