import type { APIRoute } from 'astro';
import { getGlossary } from '../collections/queries.ts';
import { glossaryDefinitions } from '../lib/glossary.ts';

/** Each glossary term's name and short definition, by id: what a term's popover shows (client/glossary/glossary-popover.ts). */
export const GET: APIRoute = async () =>
  new Response(JSON.stringify(glossaryDefinitions(await getGlossary())), { headers: { 'Content-Type': 'application/json' } });
