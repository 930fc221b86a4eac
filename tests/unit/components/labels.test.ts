import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { describe, expect, test } from 'vitest';
import Evidence from '../../../src/components/internals/labels/CertaintyLabel.astro';
import Source from '../../../src/components/internals/labels/SourceLabel.astro';
import Limits from '../../../src/user-components/Limits.astro';
import Takeaways from '../../../src/components/article/Takeaways.astro';
import { CERTAINTY } from '../../../src/schemas/labels.ts';
import { parseHtml, textOf } from '../../support/html.ts';

const container = await AstroContainer.create();
const text = (html: string) => textOf(parseHtml(html));

describe('evidence labels', () => {
  test.each(Object.entries(CERTAINTY))('certainty "%s" links to its legend entry and shows its strength in filled dots', async (level, entry) => {
    const html = await container.renderToString(Evidence, { props: { level } });
    expect(html).toMatch(new RegExp(`<a [^>]*href="/about/#certainty-${level}"`));
    expect(html.match(/<circle[^>]*class="[^"]*filled/g)?.length ?? 0).toBe(entry.strength);
    expect(text(html)).toBe(`Certainty: ${entry.label}`);
  });

  test('a provenance label links to its legend entry; a third-party retelling is marked for caution', async () => {
    const press = await container.renderToString(Source, { props: { from: 'press-release' } });
    expect(press).toMatch(/<a [^>]*href="\/about\/#source-press-release"/);
    expect(text(press)).toBe('Source: Press release');
    expect(await container.renderToString(Source, { props: { from: 'secondary' } })).toMatch(/class="[^"]*caution/);
  });

  test('in the legend a label is plain text, not a link to itself', async () => {
    const html = await container.renderToString(Evidence, { props: { level: 'hypothesis', link: false } });
    expect(html).not.toContain('<a');
    expect(html).toMatch(/<span [^>]*class="[^"]*hypothesis/);
  });
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
