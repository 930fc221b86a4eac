import { Cite, rehypeCitationGenerator } from 'rehype-citation';

/** The last bibliography parsed, by its text: one per build (a changed file is parsed again under `astro dev`). */
let last: { text: string; data: unknown[] } | undefined;

/**
 * What rehype-citation needs of citation-js's `Cite`: its plugins (the CSL templates and engine,
 * which citation-js already reuses between files) and the parsed records, `data`. rehype-citation
 * calls `new Cite(texts)` for every file; this answers with the records parsed the first time.
 */
export function ParsedOnce(texts: readonly string[], options: unknown): { data: unknown[] } {
  const text = texts.join('\n');
  if (last?.text !== text) last = { text, data: new Cite(texts, options).data };
  return { data: last.data };
}
ParsedOnce.plugins = Cite.plugins;

/**
 * rehype-citation, the site's citation engine, set up once per build: it reads and parses the
 * whole bibliography again for every article, which was about 1.5 ms of each article's build
 * (scripts/bench). Same options, same output; use it where rehype-citation would be used.
 */
export const rehypeCitationOnce = rehypeCitationGenerator(ParsedOnce);
