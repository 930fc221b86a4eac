import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { describe, expect, test } from 'vitest';
import Evidence from '../../../src/components/internals/labels/CertaintyLabel.astro';
import Source from '../../../src/components/internals/labels/SourceLabel.astro';
import Limits from '../../../src/user-components/Limits.astro';
import Takeaways from '../../../src/components/article/Takeaways.astro';
import { CERTAINTY, PROVENANCE, type Certainty } from '../../../src/schemas/labels.ts';
import { en } from '../../../src/lib/i18n/en.ts';
import { DICTIONARIES } from '../../../src/lib/i18n/index.ts';
import { parseHtml, textOf } from '../../support/html.ts';

const container = await AstroContainer.create();
const text = (html: string) => textOf(parseHtml(html));

describe('evidence labels', () => {
  test.each(Object.entries(CERTAINTY))('certainty "%s" links to its legend entry and shows its strength in filled dots', async (level, entry) => {
    const html = await container.renderToString(Evidence, { props: { level } });
    expect(html).toMatch(new RegExp(`<a [^>]*href="/about/#certainty-${level}"`));
    expect(html.match(/<circle[^>]*class="[^"]*filled/g)?.length ?? 0).toBe(entry.strength);
    expect(text(html)).toBe(`Certainty: ${en.labels.certainty[level as Certainty].name}`);
  });

  test('a provenance label links to its legend entry; a third-party retelling is marked for caution', async () => {
    const press = await container.renderToString(Source, { props: { from: 'press-release' } });
    expect(press).toMatch(/<a [^>]*href="\/about\/#source-press-release"/);
    expect(text(press)).toBe('Source: Press release');
    expect(await container.renderToString(Source, { props: { from: 'secondary' } })).toMatch(/class="[^"]*caution/);
  });

  test('on a Japanese page a label speaks Japanese and links to the Japanese legend', async () => {
    const request = new Request('http://localhost/ja/articles/x/');
    const human = await container.renderToString(Evidence, { props: { level: 'human' }, request });
    expect(human).toMatch(/<a [^>]*href="\/ja\/about\/#certainty-human"/);
    expect(text(human)).toBe('確かさ：ヒトで支持されている');
    const press = await container.renderToString(Source, { props: { from: 'paper-via-press-release' }, request });
    expect(press).toMatch(/<a [^>]*href="\/ja\/about\/#source-paper-via-press-release"/);
    expect(text(press)).toBe('情報源：論文（プレスリリースによる）');
  });

  test('every label has a name and a meaning in every language, keyed as articles write it', () => {
    for (const words of Object.values(DICTIONARIES)) {
      expect(Object.keys(words.labels.certainty).sort()).toEqual(Object.keys(CERTAINTY).sort());
      expect(Object.keys(words.labels.provenance).sort()).toEqual(Object.keys(PROVENANCE).sort());
      for (const label of [...Object.values(words.labels.certainty), ...Object.values(words.labels.provenance)]) {
        expect(label.name.length).toBeGreaterThan(1);
        expect(label.meaning.length).toBeGreaterThan(label.name.length);
      }
    }
  });

  test('in the legend a label is plain text, not a link to itself', async () => {
    const html = await container.renderToString(Evidence, { props: { level: 'hypothesis', link: false } });
    expect(html).not.toContain('<a');
    expect(html).toMatch(/<span [^>]*class="[^"]*hypothesis/);
  });
});

test('the takeaways are headed in the language of the page', async () => {
  const items = [{ id: 'takeaway-one', text: 'One takeaway sentence for the test.' }];
  const japanese = await container.renderToString(Takeaways, { props: { items }, request: new Request('http://localhost/ja/articles/x/') });
  expect(japanese).toMatch(/<h2 id="takeaways-heading"[^>]*>要点<\/h2>/);
});

test('key takeaways and the limits share one callout frame, in their own colours', async () => {
  const takeaways = await container.renderToString(Takeaways, { props: { items: [{ id: 'takeaway-one', text: 'One takeaway sentence for the test.' }] } });
  const limits = await container.renderToString(Limits, {
    slots: { default: '<h2 id="what-this-does-not-show">What this does not show</h2><ul><li>Not a cause.</li></ul>' },
  });
  expect(takeaways).toMatch(/<section [^>]*class="callout takeaways[^"]*"[^>]*id="takeaways"[^>]*aria-labelledby="takeaways-heading"/);
  expect(limits).toMatch(/<section [^>]*class="callout limits/);
  expect(limits).toContain('<h2 id="what-this-does-not-show">What this does not show</h2>');
});
