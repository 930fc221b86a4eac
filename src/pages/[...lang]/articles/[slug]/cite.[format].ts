import type { APIRoute, GetStaticPaths } from 'astro';
import { getArticles, type Article } from '../../../../collections/queries.ts';
import { builtLanguages, langParam } from '../../../../collections/languages.ts';
import { EXPORT_FORMATS, exportReferences, type ExportFormat } from '../../../../lib/citation-exports.ts';
import { articleReference } from '../../../../lib/cite-page.ts';

/** An article's own citation as a file, in each language: /articles/<slug>/cite.bib, cite.ris and cite.json (and /ja/…). */
export const getStaticPaths = (async () => {
  const formats = Object.keys(EXPORT_FORMATS) as ExportFormat[];
  const routes = [];
  for (const locale of await builtLanguages()) {
    for (const article of await getArticles(locale)) {
      routes.push(...formats.map((format) => ({ params: { lang: langParam(locale), slug: article.id, format }, props: { article, format } })));
    }
  }
  return routes;
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ article: Article; format: ExportFormat }> = ({ props, site }) =>
  new Response(exportReferences([articleReference(props.article.id, props.article.data, site, props.article.locale)], props.format), {
    headers: { 'Content-Type': EXPORT_FORMATS[props.format].mediaType },
  });
