import type { APIRoute } from 'astro';
import { getGlossary } from '../../collections/queries.ts';
import { languageRoutes } from '../../collections/languages.ts';
import { glossaryDefinitions } from '../../lib/glossary.ts';
import type { Locale } from '../../lib/site.ts';

export const getStaticPaths = languageRoutes;

/** Each glossary term's name and short definition, by id, in a language: what a term's popover shows (client/glossary/glossary-popover.ts). */
export const GET: APIRoute<{ locale: Locale }> = async ({ props }) =>
  new Response(JSON.stringify(glossaryDefinitions(await getGlossary(props.locale))), { headers: { 'Content-Type': 'application/json' } });
