/**
 * The reference list, rendered with the Container API from the citation data that the plugin
 * fixtures pin (tests/fixtures/plugins/<case>/data.json) and the fixture bibliography: numbering,
 * back-links to every citing place, DOI/PubMed/URL links and kind labels.
 */
import { readFileSync } from 'node:fs';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { fromHtml } from 'hast-util-from-html';
import type { Element } from 'hast';
import { visit } from 'unist-util-visit';
import { describe, expect, test } from 'vitest';
import ReferenceList from '../../../src/components/citations/ReferenceList.astro';
import type { CitationData } from '../../../src/lib/citation-data.ts';
import { referenceSchema, type Reference } from '../../../src/schemas/reference.ts';

const fixtures = 'tests/fixtures/plugins';
const references = new Map<string, Reference>(
  (JSON.parse(readFileSync(`${fixtures}/bibliography.json`, 'utf8')) as unknown[]).map((r) => {
    const ref = referenceSchema.parse(r);
    return [ref.id, ref];
  }),
);
const data = (name: string) => JSON.parse(readFileSync(`${fixtures}/${name}/data.json`, 'utf8')) as CitationData;

async function render(citations: CitationData) {
  const container = await AstroContainer.create();
  const html = await container.renderToString(ReferenceList, { props: { citations, references } });
  const elements: Element[] = [];
  visit(fromHtml(html, { fragment: true }), 'element', (node: Element) => void elements.push(node));
  const prop = (el: Element, name: string) => String(el.properties[name] ?? '');
  const text = (el: Element): string => el.children.map((c) => (c.type === 'text' ? c.value : c.type === 'element' ? text(c) : '')).join('');
  const entry = (key: string) => {
    const li = elements.find((el) => el.tagName === 'li' && prop(el, 'id') === `ref-${key}`);
    if (!li) throw new Error(`no entry for ${key}`);
    const links: Element[] = [];
    visit(li, 'element', (node: Element) => void (node.tagName === 'a' && links.push(node)));
    return { number: Number(prop(li, 'value')), text: text(li), links: links.map((a) => ({ href: prop(a, 'href'), text: text(a).trim() })) };
  };
  return { html, entry, ids: elements.map((el) => prop(el, 'id')).filter(Boolean) };
}

describe('reference list', () => {
  test('numbers entries in order of first citation, with one back-link per citing place', async () => {
    const { entry } = await render(data('citation-repeated'));
    const beta = entry('beta2001');
    expect(beta.number).toBe(1);
    expect(beta.links.filter((l) => l.href.startsWith('#cite-'))).toEqual([
      { href: '#cite-beta2001-1', text: 'a' },
      { href: '#cite-beta2001-2', text: 'b' },
      { href: '#cite-beta2001-3', text: 'c' },
    ]);
    const alpha = entry('alpha2000');
    expect(alpha.number).toBe(2);
    expect(alpha.links.filter((l) => l.href.startsWith('#cite-'))).toEqual([{ href: '#cite-alpha2000-1', text: '↩' }]);
  });

  test('every back-link lands on a citing place the plugins wrote', async () => {
    for (const name of ['citation-repeated', 'citation-group-out-of-order']) {
      const { html } = await render(data(name));
      const article = readFileSync(`${fixtures}/${name}/output.html`, 'utf8');
      const targets = [...html.matchAll(/href="#(cite-[^"]+)"/g)].map((m) => m[1]);
      expect(targets.length).toBeGreaterThan(0);
      for (const id of targets) expect(article).toContain(`id="${id}"`);
    }
  });

  test('DOI, PubMed and web addresses are links; non-articles say what they are', async () => {
    const { entry } = await render(data('citation-group-out-of-order'));
    expect(entry('alpha2000').links[0]).toEqual({ href: 'https://doi.org/10.1000/alpha', text: 'DOI: 10.1000/alpha' });
    expect(entry('beta2001').links[0]).toEqual({ href: 'https://pubmed.ncbi.nlm.nih.gov/1000001/', text: 'PubMed: PMID 1000001' });
    expect(entry('delta-report').links[0]).toEqual({ href: 'https://example.org/delta', text: 'Web page: example.org' });
    expect(entry('delta-report').text).toContain('Regulator notice');
    expect(entry('alpha2000').text).not.toContain('Regulator notice');
  });

  test('the preview template comes with the list, once; a page without citations gets neither', async () => {
    const { ids } = await render(data('citation-repeated'));
    expect(ids.filter((id) => id === 'citation-preview-template')).toHaveLength(1);
    const empty = await render({ order: [], places: {} });
    expect(empty.html.trim()).toBe('');
  });
});
