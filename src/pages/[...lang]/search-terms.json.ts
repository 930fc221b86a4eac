import type { APIRoute } from 'astro';
import { getGlossary } from '../../collections/queries.ts';
import { languageRoutes } from '../../collections/languages.ts';
import { synonymGroups } from '../../lib/search/synonyms.ts';
import type { Locale } from '../../lib/site.ts';

export const getStaticPaths = languageRoutes;

/** The glossary's names for search in a language (lib/search/synonyms.ts): fetched by the search box with the index. */
export const GET: APIRoute<{ locale: Locale }> = async ({ props }) =>
  new Response(JSON.stringify(synonymGroups(await getGlossary(props.locale))), { headers: { 'Content-Type': 'application/json' } });
