/**
 * The reference list, rendered with the Container API from the citation data that the plugin
 * fixtures pin (tests/fixtures/plugins/<case>/data.json) and the fixture bibliography: numbering,
 * back-links to every citing place, DOI/PubMed/URL links and kind labels.
 */
import { readFileSync } from 'node:fs';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { describe, expect, test } from 'vitest';
import ReferenceList from '../../../src/components/citations/ReferenceList.astro';
import type { CitationData } from '../../../src/lib/citation-data.ts';
import { referenceSchema, type Reference } from '../../../src/schemas/reference.ts';
import { attr, parseHtml, select, selectAll, textOf } from '../../support/html.ts';

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
  const tree = parseHtml(html);
  const entry = (key: string) => {
    const li = select(`li[id="ref-${key}"]`, tree);
    if (!li) throw new Error(`no entry for ${key}`);
    return { number: Number(attr(li, 'value')), text: textOf(li), links: selectAll('a', li).map((a) => ({ href: attr(a, 'href'), text: textOf(a) })) };
  };
  return { html, entry, ids: selectAll('[id]', tree).map((el) => attr(el, 'id')) };
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
