/**
 * The changes feed (RSS 2.0, written by @astrojs/rss): one item per change on the /changes/ page,
 * newest first. Every item has a title, a date, a link to what changed and a guid that stays the
 * same when newer changes are added; addresses are absolute, from SITE_URL and the base path. The
 * description is the plain summary; `content:encoded` adds, for a correction, "Checked against:"
 * with links to the references page.
 */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getArticles, getReferenceMap } from '../../collections/queries.ts';
import { languageRoutes } from '../../collections/languages.ts';
import { changeBasis, changeHtml, changeLabel, PAGE_HISTORY_ID, siteChanges } from '../../lib/history.ts';
import { articlePath, FEED_FILE, LOCALES, siteFile, sitePath, type Locale } from '../../lib/site.ts';
import { strings } from '../../lib/i18n/index.ts';
import { escapeXml } from '../../lib/xml.ts';

export const getStaticPaths = languageRoutes;

export const GET: APIRoute<{ locale: Locale }> = async ({ site, props: { locale } }) => {
  if (!site) throw new Error('astro.config: `site` is not set, so the changes feed cannot give full addresses. Set SITE_URL.');
  const articles = await getArticles(locale);
  const references = await getReferenceMap(locale);
  const changes = siteChanges(articles.map((a) => ({ slug: a.id, title: a.data.title, history: a.data.history })));
  const absolute = (path: string) => new URL(path, site).href;
  const t = strings(locale);
  return rss({
    title: t.site.feedTitle,
    description: t.history.feedDescription,
    site: absolute(sitePath({ locale })),
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    // The feed's own address (rel="self") and its language, as feed validators ask.
    customData: `<language>${LOCALES[locale].lang}</language><atom:link href="${escapeXml(absolute(siteFile(FEED_FILE, { locale })))}" rel="self" type="application/rss+xml"/>`,
    items: changes.map((change) => ({
      title: t.history.feedItemTitle(changeLabel(change.kind, locale), change.title),
      description: change.summary,
      // The same summary as HTML, with what a correction was checked against, linked.
      content: changeHtml(change, changeBasis(change, references, locale), absolute, locale),
      pubDate: new Date(`${change.date}T00:00:00Z`),
      link: absolute(articlePath(change.slug, change.section ?? PAGE_HISTORY_ID, { locale })),
      // Several changes can lead to the same place, so the guid is the change's own entry on /changes/.
      customData: `<guid isPermaLink="false">${escapeXml(absolute(sitePath('changes', `#change-${change.id}`, { locale })))}</guid>`,
    })),
  });
};
