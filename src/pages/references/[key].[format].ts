import type { APIRoute, GetStaticPaths } from 'astro';
import { getReferenceMap } from '../../collections/queries.ts';
import { EXPORT_FORMATS, exportReferences } from '../../lib/citation-exports.ts';
import type { Reference } from '../../schemas/reference.ts';

/** Each reference as a file for reference managers: /references/<key>.bib and /references/<key>.ris. */
const FORMATS = ['bib', 'ris'] as const;
type Format = (typeof FORMATS)[number];

export const getStaticPaths = (async () => {
  const references = await getReferenceMap();
  return [...references.values()].flatMap((reference) => FORMATS.map((format) => ({ params: { key: reference.id, format }, props: { reference, format } })));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ reference: Reference; format: Format }> = ({ props }) =>
  new Response(exportReferences([props.reference], props.format), {
    headers: { 'Content-Type': EXPORT_FORMATS[props.format].mediaType },
  });
