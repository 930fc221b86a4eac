import { describe, expect, test } from 'vitest';
import { buildAzIndex } from '../../../../src/lib/search/az-index.ts';
import { findRanges, highlightTerms, parseExcerpt } from '../../../../src/lib/search/highlight.ts';
import { hintWeights, withIndexHints } from '../../../../src/lib/search/index-hints.ts';
import { type PagefindData, rankLoaded, showAsFound, toHit } from '../../../../src/lib/search/results.ts';
import { japanesePhrases, toHiragana } from '../../../../src/lib/search/scripts.ts';
import { canonicalQuery, expandQuery, suggestTerms, synonymGroups } from '../../../../src/lib/search/synonyms.ts';

// Shaped like content/ja/glossary/terms.yaml.
const groups = synonymGroups([
  { id: 'treatment-resistant-depression', term: '治療抵抗性うつ病', abbreviations: ['TRD'], aliases: ['難治性うつ病', '薬剤抵抗性うつ病'] },
  { id: 'pet', term: '陽電子断層撮影', abbreviations: ['PET'], aliases: ['ポジトロン断層法', 'PET検査'] },
  { id: 'ketamine', term: 'ケタミン', abbreviations: [], aliases: ['ケタラール'] },
  { id: 'synapse', term: 'シナプス', abbreviations: [], aliases: [] },
  { id: 'synaptic-plasticity', term: 'シナプス可塑性', abbreviations: [], aliases: [] },
]);
const marked = (text: string, terms: string[]) => findRanges(text, terms).map(([s, e]) => text.slice(s, e));

describe('Japanese queries and the glossary', () => {
  test('a name is found anywhere in a query, without spaces around it', () => {
    expect(expandQuery('難治性うつ病の治療', groups).variants).toEqual(['難治性うつ病の治療', '治療抵抗性うつ病の治療', 'TRDの治療', '薬剤抵抗性うつ病の治療']);
    expect(expandQuery('PET検査', groups).variants[0]).toBe('PET検査');
    expect(expandQuery('PET検査', groups).forms).toContain('陽電子断層撮影');
  });

  test('the longest name wins: シナプス可塑性 is not シナプス', () => {
    expect(expandQuery('シナプス可塑性', groups).forms).toEqual(['シナプス可塑性']);
  });

  test('every name of a term has the same canonical query, the term as the glossary heads it', () => {
    for (const name of ['難治性うつ病', 'TRD', '治療抵抗性うつ病']) expect(canonicalQuery(name, groups)).toBe('治療抵抗性うつ病');
    expect(canonicalQuery('ケタラールの歴史', groups)).toBe('ケタミンの歴史');
  });

  test('suggestions compare Japanese names by their characters', () => {
    expect(suggestTerms('抵抗性うつ病', groups)[0]?.id).toBe('treatment-resistant-depression');
  });
});

describe('marking Japanese', () => {
  test('a Japanese term is marked inside running text; a Latin one still needs its word edges, but not against Japanese', () => {
    expect(marked('治療抵抗性うつ病の人を対象に', ['治療抵抗性うつ病'])).toEqual(['治療抵抗性うつ病']);
    expect(marked('PET検査とXPET', ['PET'])).toEqual(['PET']);
    expect(marked('エスケタミンとケタミン', ['ケタミン'])).toEqual(['ケタミン', 'ケタミン']);
  });

  test('the English cases are unchanged: hyphens kept, other words not marked', () => {
    expect(marked('in treatment-resistant depression', ['treatment-resistant'])).toEqual(['treatment-resistant']);
    expect(marked('preampa AMPA AMPAR', ['AMPA'])).toEqual(['AMPA', 'AMPAR']);
  });

  test('a query is marked whole and phrase by phrase, never in the pieces the splitter cuts loanwords into', () => {
    expect(japanesePhrases('ケタミンの効果')).toEqual(['ケタミン', '効果']);
    expect(japanesePhrases('シナプス可塑性とうつ病')).toEqual(['シナプス可塑性', 'うつ病']);
    expect(highlightTerms('ケタミン')).toEqual(['ケタミン']);
    expect(highlightTerms('ケタミンの効果')).toEqual(['ケタミンの効果', 'ケタミン', '効果']);
    expect(highlightTerms('脳')).toEqual(['脳']);
  });

  test("Pagefind's zero-width spaces between Japanese words are dropped from excerpts, its marks moved with them", () => {
    expect(parseExcerpt('<mark>治療</mark>\u200B抵抗\u200B性')).toEqual({ text: '治療抵抗性', ranges: [[0, 2]] });
  });
});

describe('results in Japanese', () => {
  const data = (url: string, type: string, topic?: string, excerpt = ''): PagefindData => ({
    url,
    excerpt,
    meta: { title: url, ...(topic ? { topic } : {}) },
    filters: { type: [type] },
    sub_results: [],
  });

  test('the page whose main topic was searched comes first; the glossary ranks by its term', () => {
    const loaded = [
      { id: 'g', score: 9, data: data('/ja/glossary/', 'glossary') },
      { id: 'b', score: 3.8, data: data('/ja/articles/brief/', 'article', '臨床家向け要約') },
      { id: 't', score: 3.4, data: data('/ja/articles/trd/', 'article', '治療抵抗性うつ病') },
    ];
    const ranked = rankLoaded(loaded, { names: ['難治性うつ病', '治療抵抗性うつ病', 'TRD'], canonicalScores: new Map([['g', 1]]) });
    expect(ranked.map((r) => r.id)).toEqual(['t', 'b', 'g']);
    // Without a canonical search the glossary keeps its own score.
    expect(rankLoaded(loaded).map((r) => r.id)).toEqual(['g', 'b', 't']);
  });

  test('a page shows what the first preferred search found of it', async () => {
    const fromVariant = { id: 'a', score: 5, data: () => Promise.resolve(data('/a/', 'article', undefined, 'TRD')) };
    const fromReader = { id: 'a', score: 2, data: () => Promise.resolve(data('/a/', 'article', undefined, '治療抵抗性うつ病')) };
    const [shown] = showAsFound([fromVariant], [[fromReader]]);
    expect(shown?.score).toBe(5);
    expect((await shown?.data())?.excerpt).toBe('治療抵抗性うつ病');
  });

  test("Pagefind's marks on Japanese are replaced by whole words; sections with nothing to mark are left out", () => {
    const page = {
      ...data('/ja/a/', 'article'),
      sub_results: [
        { title: 'A', url: '/ja/a/#a', excerpt: '<mark>ケタ</mark><mark>ミン</mark>が作用する', locations: [1, 2] },
        { title: 'B', url: '/ja/a/#b', excerpt: '<mark>グルタ</mark><mark>ミン</mark>酸', locations: [1, 2, 3] },
      ],
    };
    const hit = toHit(page, ['ケタミン']);
    expect(hit.sections.map((s) => s.title)).toEqual(['A']);
    expect(hit.sections[0]?.excerpt.ranges).toEqual([[0, 4]]);
  });
});

describe('the 五十音 index', () => {
  const link = { href: '/ja/glossary/', label: '用語集' };
  const readings: Record<string, string> = {
    寛解: 'かんかい',
    原因か: 'げんいんか',
    難治性うつ病: 'なんちせいうつびょう',
    陽電子断層撮影: 'ようでんしだんそうさつえい',
  };
  const readingOf = (text: string) => readings[text] ?? text;

  test('kana rows by reading (katakana as hiragana, voiced sounds with their row), then A–Z, then the rest', () => {
    const groups = buildAzIndex(
      [
        { term: '原因か', links: [link] },
        { term: 'ケタミン', links: [link] },
        { term: '寛解', links: [link] },
        { term: 'AMPA受容体', links: [link] },
        { term: '陽電子断層撮影', links: [link] },
        { term: '難治性うつ病', see: '治療抵抗性うつ病', links: [link] },
        { term: '2026年', links: [link] },
      ],
      { readingOf },
    );
    expect(groups.map((g) => [g.id, g.entries.map((e) => e.term)])).toEqual([
      ['kana-ka', ['寛解', 'ケタミン', '原因か']],
      ['kana-na', ['難治性うつ病']],
      ['kana-ya', ['陽電子断層撮影']],
      ['az-a', ['AMPA受容体']],
      ['az-other', ['2026年']],
    ]);
    expect(toHiragana('ケタミン')).toBe('けたみん');
  });

  test('without readings (English) Japanese entries stay under #', () => {
    expect(buildAzIndex([{ term: 'ケタミン', links: [link] }]).map((g) => g.letter)).toEqual(['#']);
  });
});

describe('index hints', () => {
  const page = (lang: string, title: string) =>
    `<html lang="${lang}"><head><meta name="description" content="説明&amp;要約"><script type="application/ld+json">{"keywords":"治療抵抗性うつ病, TRD"}</script></head><body><h1 class="x">${title}</h1></body></html>`;

  test('a Japanese page gets its main topic, and its title and description as words', () => {
    const html = withIndexHints(page('ja', '治療抵抗性うつ病とは'));
    expect(html).toContain('<meta data-pagefind-meta="topic:治療抵抗性うつ病">');
    expect(html).toMatch(/data-pagefind-meta="title_words:治療 抵抗 性 うつ病 と は"/);
    expect(html).toMatch(/data-pagefind-meta="description_words:説明 要約"/);
  });

  test('an English page gets its topic only, and the topic never weighs in the ranking', () => {
    const html = withIndexHints(page('en', 'Treatment-resistant depression'));
    expect(html).toContain('topic:治療抵抗性うつ病');
    expect(html).not.toContain('title_words');
    expect(hintWeights('en')).toEqual({ topic: 0 });
    expect(hintWeights('ja')).toEqual({ topic: 0, title_words: 5, description_words: 1 });
  });
});
