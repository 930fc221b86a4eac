import { followRedirects, joinLink, splitLink, type AnchorRegistry } from '../../lib/anchor-registry.ts';
import type { PublicPage } from './built-site.ts';

/** What the registry check found; every list empty means the registry and the site agree. */
export interface AnchorReport {
  /** Registered links (`/page/` or `/page/#id`) that are no longer on the site and have no redirect. */
  broken: string[];
  /** Redirect lines that cannot work, each with the reason. */
  badRedirects: string[];
  /** Public pages and ids on the site that the registry does not list yet. */
  unregistered: string[];
}

/**
 * Compares the registry with the built site. A registered link may disappear only if a redirect
 * line leads it to a page or id that exists; a redirect line may not start from a live address.
 */
export function checkAnchors(registry: AnchorRegistry, site: readonly PublicPage[]): AnchorReport {
  const pages = new Map(site.map((page) => [page.path, page]));
  const exists = (link: string) => {
    const { page, id } = splitLink(link);
    const built = pages.get(page);
    return built !== undefined && (id === undefined || built.ids.has(id));
  };
  const report: AnchorReport = { broken: [], badRedirects: [], unregistered: [] };

  for (const [page, ids] of Object.entries(registry.pages)) {
    for (const link of [page, ...ids.map((id) => joinLink({ page, id }))]) {
      // A link with a redirect line is judged with that line, below.
      if (!exists(link) && !hasRedirect(link, registry.redirects)) report.broken.push(link);
    }
  }

  for (const [from, to] of Object.entries(registry.redirects)) {
    if (exists(from)) {
      report.badRedirects.push(`"${from}": "${to}" never applies, because ${from} is on the site. Remove the line.`);
      continue;
    }
    try {
      const target = followRedirects(from, registry.redirects);
      if (!exists(target)) report.badRedirects.push(`"${from}" leads to ${target}, which is not on the site. Point it at a page or id that exists.`);
    } catch (error) {
      report.badRedirects.push((error as Error).message);
    }
  }

  for (const page of site) {
    const registered = new Set(registry.pages[page.path] ?? []);
    if (!(page.path in registry.pages)) report.unregistered.push(page.path);
    for (const id of page.anchors) if (!registered.has(id)) report.unregistered.push(joinLink({ page: page.path, id }));
  }
  return report;
}

function hasRedirect(link: string, redirects: Readonly<Record<string, string>>): boolean {
  try {
    return followRedirects(link, redirects) !== link;
  } catch {
    return true; // a loop: reported once, with the redirect lines
  }
}

/** The registry rewritten from the site: every public page and its anchors, redirects kept as written. */
export function registryFromSite(registry: AnchorRegistry, site: readonly PublicPage[]): AnchorRegistry {
  const pages = Object.fromEntries([...site].sort((a, b) => a.path.localeCompare(b.path)).map((page) => [page.path, page.anchors]));
  return { ...registry, pages };
}

/** True when the update may go ahead: nothing registered would break. */
export const canUpdate = (report: AnchorReport) => report.broken.length === 0 && report.badRedirects.length === 0;

/** The report as instructions for whoever ran the build; empty when there is nothing to say. */
export function formatAnchorReport(report: AnchorReport, file: string): string {
  const sections: string[] = [];
  if (report.broken.length > 0) {
    const lines = report.broken.map((link) => {
      const { page, id } = splitLink(link);
      return `    "${link}": "${id ? `${page}#<new-id>` : '/<new-page-path>/'}",`;
    });
    sections.push(
      `${count(report.broken.length, 'registered link')} no longer lead${report.broken.length === 1 ? 's' : ''} anywhere. People may have shared ${report.broken.length === 1 ? 'it' : 'them'}, so each needs a redirect.\n` +
        `  Add these lines to "redirects" in ${file}, with the new id or page filled in (point a removed section at its page):\n${lines.join('\n')}`,
    );
  }
  if (report.badRedirects.length > 0) {
    sections.push(
      `${count(report.badRedirects.length, 'redirect line')} in ${file} cannot work:\n${report.badRedirects.map((line) => `    ${line}`).join('\n')}`,
    );
  }
  if (report.unregistered.length > 0) {
    sections.push(
      `${count(report.unregistered.length, 'public link')} on the site ${report.unregistered.length === 1 ? 'is' : 'are'} not in ${file} yet, so nothing would stop ${report.unregistered.length === 1 ? 'it' : 'them'} breaking later:\n` +
        `${report.unregistered.map((link) => `    ${link}`).join('\n')}\n  Run "npm run anchors:update", review the change to ${file} and commit it.`,
    );
  }
  return sections.join('\n\n');
}

const count = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;
