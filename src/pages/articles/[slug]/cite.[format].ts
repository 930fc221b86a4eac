import type { APIRoute, GetStaticPaths } from 'astro';
import { getArticles, type Article } from '../../../collections/queries.ts';
import { EXPORT_FORMATS, exportReferences, type ExportFormat } from '../../../lib/citation-exports.ts';
import { articleReference } from '../../../lib/cite-page.ts';

/** An article's own citation as a file: /articles/<slug>/cite.bib, cite.ris and cite.json. */
export const getStaticPaths = (async () => {
  const articles = await getArticles();
  const formats = Object.keys(EXPORT_FORMATS) as ExportFormat[];
  return articles.flatMap((article) => formats.map((format) => ({ params: { slug: article.id, format }, props: { article, format } })));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ article: Article; format: ExportFormat }> = ({ props, site }) =>
  new Response(exportReferences([articleReference(props.article.id, props.article.data, site)], props.format), {
    headers: { 'Content-Type': EXPORT_FORMATS[props.format].mediaType },
  });
