import type { APIRoute } from 'astro';
import { getGlossary } from '../collections/queries.ts';
import { synonymGroups } from '../lib/search/synonyms.ts';

/** The glossary's names for search (lib/search/synonyms.ts): fetched by the search box with the index. */
export const GET: APIRoute = async () => new Response(JSON.stringify(synonymGroups(await getGlossary())), { headers: { 'Content-Type': 'application/json' } });
