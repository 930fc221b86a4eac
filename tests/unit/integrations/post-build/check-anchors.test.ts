import { describe, expect, test } from 'vitest';
import { canUpdate, checkAnchors, formatAnchorReport, registryFromSite } from '../../../../src/integrations/post-build/check-anchors.ts';
import type { PublicPage } from '../../../../src/integrations/post-build/built-site.ts';
import type { AnchorRegistry } from '../../../../src/lib/anchor-registry.ts';

/** A built site: { '/page/': ['public-id', ...] }; every public id is also an id on the page. */
function site(pages: Record<string, string[]>, otherIds: Record<string, string[]> = {}): PublicPage[] {
  return Object.entries(pages).map(([path, anchors]) => ({ path, anchors, ids: new Set([...anchors, ...(otherIds[path] ?? [])]) }));
}

const registered: AnchorRegistry = {
  pages: { '/': [], '/articles/study/': ['who-took-part', 'takeaway-small'], '/glossary/': ['pet'] },
  redirects: {},
};
const current = { '/': [], '/articles/study/': ['who-took-part', 'takeaway-small'], '/glossary/': ['pet'] };

describe('anchor registry check', () => {
  test('passes when the site has every registered page and id, and nothing more', () => {
    const report = checkAnchors(registered, site(current));
    expect(report).toEqual({ broken: [], badRedirects: [], unregistered: [] });
    expect(formatAnchorReport(report, 'content/anchors.json')).toBe('');
  });

  test('a removed id fails, and the message gives the redirect line to add', () => {
    const report = checkAnchors(registered, site({ ...current, '/articles/study/': ['participants', 'takeaway-small'] }));
    expect(report.broken).toEqual(['/articles/study/#who-took-part']);
    expect(canUpdate(report)).toBe(false);
    const message = formatAnchorReport(report, 'content/anchors.json');
    expect(message).toContain('1 registered link no longer leads anywhere.');
    expect(message).toContain('Add these lines to "redirects" in content/anchors.json');
    expect(message).toContain('"/articles/study/#who-took-part": "/articles/study/#<new-id>",');
  });

  test('a removed id with a redirect to its new id passes', () => {
    const registry = { ...registered, redirects: { '/articles/study/#who-took-part': '/articles/study/#participants' } };
    const report = checkAnchors(registry, site({ ...current, '/articles/study/': ['participants', 'takeaway-small'] }));
    expect(report.broken).toEqual([]);
    expect(report.badRedirects).toEqual([]);
    expect(report.unregistered).toEqual(['/articles/study/#participants']);
  });

  test('a removed page fails; a page redirect passes and carries its ids along', () => {
    const moved = { '/': [], '/articles/trial/': ['who-took-part', 'takeaway-small'], '/glossary/': ['pet'] };
    expect(checkAnchors(registered, site(moved)).broken).toEqual(['/articles/study/', '/articles/study/#who-took-part', '/articles/study/#takeaway-small']);
    expect(formatAnchorReport(checkAnchors(registered, site(moved)), 'a.json')).toContain('"/articles/study/": "/<new-page-path>/",');

    const registry = { ...registered, redirects: { '/articles/study/': '/articles/trial/' } };
    const report = checkAnchors(registry, site(moved));
    expect(report.broken).toEqual([]);
    expect(report.badRedirects).toEqual([]);
  });

  test('a removed section may redirect to its page, or to any id on the site', () => {
    const registry = { ...registered, redirects: { '/articles/study/#who-took-part': '/articles/study/', '/glossary/#pet': '/about/#imaging' } };
    const built = site({ ...current, '/articles/study/': ['takeaway-small'], '/glossary/': [], '/about/': [] }, { '/about/': ['imaging'] });
    const report = checkAnchors({ ...registry, pages: { ...registry.pages, '/about/': [] } }, built);
    expect(report).toEqual({ broken: [], badRedirects: [], unregistered: [] });
  });

  test('a redirect to an address that does not exist fails', () => {
    const registry = { ...registered, redirects: { '/articles/study/#who-took-part': '/articles/study/#participans' } };
    const report = checkAnchors(registry, site({ ...current, '/articles/study/': ['participants', 'takeaway-small'] }));
    expect(report.badRedirects).toEqual([
      '"/articles/study/#who-took-part" leads to /articles/study/#participans, which is not on the site. Point it at a page or id that exists.',
    ]);
  });

  test('a redirect from an address that is live again fails, since it would never apply', () => {
    const registry = { ...registered, redirects: { '/glossary/#pet': '/glossary/#positron-emission-tomography' } };
    const report = checkAnchors(registry, site(current, { '/glossary/': ['positron-emission-tomography'] }));
    expect(report.badRedirects).toEqual([
      '"/glossary/#pet": "/glossary/#positron-emission-tomography" never applies, because /glossary/#pet is on the site. Remove the line.',
    ]);
  });

  test('redirects that loop fail once, with the loop spelled out', () => {
    const registry = { ...registered, redirects: { '/glossary/#pet': '/glossary/#scan', '/glossary/#scan': '/glossary/#pet' } };
    const report = checkAnchors(registry, site({ ...current, '/glossary/': [] }));
    expect(report.broken).toEqual([]);
    expect(report.badRedirects[0]).toContain('loop: /glossary/#pet → /glossary/#scan → /glossary/#pet');
  });

  test('new pages and ids must be registered; the update writes them in page order and keeps redirects', () => {
    const grown = { ...current, '/articles/study/': ['who-took-part', 'new-section', 'takeaway-small'], '/about/': [] };
    const registry = { ...registered, redirects: { '/articles/old/': '/articles/study/' } };
    const report = checkAnchors(registry, site(grown));
    expect(report.unregistered).toEqual(['/articles/study/#new-section', '/about/']);
    expect(canUpdate(report)).toBe(true);
    expect(formatAnchorReport(report, 'content/anchors.json')).toContain(
      'Run "npm run anchors:update", review the change to content/anchors.json and commit it.',
    );

    const updated = registryFromSite(registry, site(grown));
    expect(updated.redirects).toEqual(registry.redirects);
    expect(Object.keys(updated.pages)).toEqual(['/', '/about/', '/articles/study/', '/glossary/']);
    expect(updated.pages['/articles/study/']).toEqual(['who-took-part', 'new-section', 'takeaway-small']);
    expect(checkAnchors(updated, site(grown))).toEqual({ broken: [], badRedirects: [], unregistered: [] });
  });
});
