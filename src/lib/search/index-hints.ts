/**
 * Hints added to a page's HTML as Pagefind reads it (never to the published page).
 *
 * - Every article's main topic (the first of its `topics`, as its JSON-LD `keywords` list them), as
 *   metadata the ranking reads (lib/search/results.ts: the page about what was searched comes
 *   first) and Pagefind does not weigh (client/search/query.ts gives it weight 0).
 * - A Japanese page's title and description cut into words. Pagefind searches a page's metadata,
 *   and a query word found in the title weighs five times a word of the text; but it splits
 *   metadata at spaces only, not with its Japanese segmenter, so a Japanese title is one long
 *   "word" (治療抵抗性うつ病とはこの言葉が意味すること) that no query word matches but the first, by its
 *   prefix. The hint is the title again, cut into words by the splitter the browser cuts the query
 *   with (Intl.Segmenter, as Pagefind does in the browser), in a field of its own that the search
 *   weighs as Pagefind weighs the title. Pages in languages written with spaces get no such hint.
 */

/** Languages Pagefind segments at index time (its extended binary: Chinese, Japanese, Thai). */
const SEGMENTED = new Set(['ja', 'zh', 'th']);

/** True when Pagefind segments pages in this language (`ja`, `ja-JP`), so they need the hints. */
export const isSegmented = (lang: string): boolean => SEGMENTED.has(lang.toLowerCase().split('-')[0] ?? '');

/** The metadata fields of the hints. */
export const HINT_FIELDS = { topic: 'topic', title: 'title_words', description: 'description_words' } as const;

/** The weight of each hint in Pagefind's ranking: the words as Pagefind weighs a title (5) and a description (1); the topic none. */
export const hintWeights = (lang: string): Record<string, number> =>
  isSegmented(lang) ? { [HINT_FIELDS.topic]: 0, [HINT_FIELDS.title]: 5, [HINT_FIELDS.description]: 1 } : { [HINT_FIELDS.topic]: 0 };

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&#x27;': "'" };
const decode = (html: string) => html.replace(/&(?:amp|lt|gt|quot|#39|#x27);/g, (entity) => ENTITIES[entity] ?? entity);
const encode = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const textOf = (html: string) => decode(html.replace(/<[^>]*>/g, ''));

/** `text` as words separated by spaces, as Intl.Segmenter cuts them in `lang`. */
export function spacedWords(text: string, lang: string): string {
  const segmenter = new Intl.Segmenter(lang, { granularity: 'word' });
  return [...segmenter.segment(text)]
    .filter((s) => s.isWordLike)
    .map((s) => s.segment)
    .join(' ');
}

/** The main topic of an article: the first of the `keywords` of its JSON-LD (seo.ts joins its topics with ", "). */
function mainTopic(html: string): string | undefined {
  for (const [, json] of html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)) {
    try {
      const data = JSON.parse(json ?? '') as { keywords?: unknown };
      if (typeof data.keywords === 'string' && data.keywords) return data.keywords.split(', ')[0];
    } catch {
      // Not ours to judge here: the HTML check reads structured data.
    }
  }
  return undefined;
}

/**
 * The page's HTML with the hints in its head: its main topic, and for a segmented language its title
 * (the first `<h1>`, which is where Pagefind takes the title from) and description as spaced words.
 */
export function withIndexHints(html: string): string {
  const lang = /<html\b[^>]*\blang="([^"]+)"/i.exec(html)?.[1] ?? '';
  if (!html.includes('</head>')) return html;
  const fields: Array<[string, string]> = [[HINT_FIELDS.topic, mainTopic(html) ?? '']];
  if (isSegmented(lang)) {
    const title = /<h1\b[^>]*>([\s\S]*?)<\/h1>/i.exec(html)?.[1];
    const description = /<meta\b(?=[^>]*\bname="description")[^>]*\bcontent="([^"]*)"/i.exec(html)?.[1];
    fields.push([HINT_FIELDS.title, spacedWords(title === undefined ? '' : textOf(title), lang)]);
    fields.push([HINT_FIELDS.description, spacedWords(description === undefined ? '' : decode(description), lang)]);
  }
  const hints = fields
    .filter(([, value]) => value)
    .map(([field, value]) => `<meta data-pagefind-meta="${field}:${encode(value)}">`)
    .join('');
  return hints ? html.replace('</head>', `${hints}</head>`) : html;
}
