import { expect, test } from 'vitest';
import { citedWorkLines, fastest, growthTable, ratio, type GrowthRow } from '../../../scripts/bench/build-growth.ts';
import { peerPackage, plainMarkdown } from '../../../scripts/bench/starlight-peer.ts';
import { syntheticPages } from '../../../scripts/bench/synthetic-site.ts';

const row: GrowthRow = {
  synthetic: 1000,
  articles: 1008,
  ours: { pages: 1016, seconds: 50.8, cpuSeconds: 61, wallMs: 50, cpuMs: 60 },
  peer: { pages: 1010, seconds: 20.2, cpuSeconds: 20.2, wallMs: 20, cpuMs: 20 },
};

test("the ratio is our time per page over the peer's", () => {
  expect(ratio(row, 'wallMs')).toBe(2.5);
  expect(ratio(row, 'cpuMs')).toBe(3);
});

test('the table shows both sides and the ratio, one line a size; an unknown CPU time shows as n/a', () => {
  const [header, line, unknown] = growthTable([row, { ...row, ours: { ...row.ours, cpuSeconds: Number.NaN, cpuMs: Number.NaN } }]);
  expect(header).toMatch(/articles.*ours: pages.*peer: pages.*ratio wall \/ CPU/);
  expect(line?.trim().split(/\s+/)).toEqual(['1008', '1016', '50.8', '61.0', '50.0', '60.0', '1010', '20.2', '20.2', '20.0', '20.0', '2.50×', '/', '3.00×']);
  expect(unknown).toContain('2.50× / n/a×');
  expect(unknown).toContain(' n/a ');
});

test('the peer is Starlight with our exact Astro, and nothing else', () => {
  expect(JSON.parse(peerPackage('7.3.5')).dependencies).toEqual({ '@astrojs/starlight': expect.stringMatching(/^\^0\.42\./), astro: '7.3.5' });
});

test("a peer page carries a synthetic article's text as plain Markdown: no MDX, no citation keys, no authored ids", () => {
  const [article] = syntheticPages(1);
  if (!article) throw new Error('no synthetic article');
  const titles = new Map([['ycu2026pr', 'Yokohama City University. A press release. 2026.']]);
  const page = plainMarkdown(article.mdx, titles);
  expect(page).toMatch(/^---\ntitle: Synthetic benchmark article 1\ndescription: .+\n---\n/);
  expect(page).toContain('- This synthetic article exists only for the build benchmark.');
  expect(page).toContain('## Synthetic section 1\n');
  expect(page).toContain('(Certainty: ');
  expect(page).not.toMatch(/<Claim|<Evidence|@[a-z]|\\\{#/);
  expect(page).toMatch(/\[1, 2\]/);
  expect(page).toMatch(/## References\n\n1\. \S/);
  expect(page).toContain('Yokohama City University. A press release. 2026.');
  // About the same amount of text as the article it comes from.
  expect(page.length / article.mdx.length).toBeGreaterThan(0.8);
  expect(page.length / article.mdx.length).toBeLessThan(1.5);
});

test('a reference list line gives the first author, the title, the journal and the year', () => {
  const lines = citedWorkLines([
    { id: 'a', title: 'A title', author: [{ family: 'Smith' }, { family: 'Jones' }], 'container-title': 'A Journal', issued: { 'date-parts': [[2020, 1]] } },
    { id: 'b', author: [{ literal: 'A University' }] },
  ]);
  expect(lines.get('a')).toBe('Smith et al. A title. A Journal. 2020.');
  expect(lines.get('b')).toBe('A University. b.');
});

test('of several runs, each side keeps its fastest: other work on the machine only adds time', () => {
  const run = (seconds: number) => ({ pages: 10, seconds, cpuSeconds: seconds, wallMs: seconds * 100, cpuMs: seconds * 100 });
  expect(fastest([run(3), run(2), run(4)])).toEqual(run(2));
});
