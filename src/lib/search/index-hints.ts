/**
 * Hints added to a page's HTML as Pagefind reads it (never to the published page), so that a
 * Japanese page's title counts in the ranking as an English title does.
 *
 * Pagefind searches a page's metadata, and a query word found in the title weighs five times a
 * word of the text. But it splits metadata at spaces only, not with its Japanese segmenter, so a
 * Japanese title is one long "word" (治療抵抗性うつ病とはこの言葉が意味すること) that no query word
 * matches but the first, by its prefix: the article about treatment-resistant depression then ranks
 * below pages that only mention it. The hint is the title (and the description) again, cut into
 * words by the same splitter the browser cuts the query with (Intl.Segmenter, as Pagefind does in
 * the browser), in fields of their own that the search weighs as Pagefind weighs the title
 * (client/search/query.ts). Pages in languages written with spaces get no hint.
 */

/** Languages Pagefind segments at index time (its extended binary: Chinese, Japanese, Thai). */
const SEGMENTED = new Set(['ja', 'zh', 'th']);

/** The metadata fields of the hints, and the weight each gets in the ranking (Pagefind's own: title 5, others 1). */
export const WORD_FIELDS = { title: 'title_words', description: 'description_words' } as const;
export const WORD_FIELD_WEIGHTS: Readonly<Record<string, number>> = { [WORD_FIELDS.title]: 5, [WORD_FIELDS.description]: 1 };

/** True when Pagefind segments pages in this language (`ja`, `ja-JP`), so they need the hints. */
export const isSegmented = (lang: string): boolean => SEGMENTED.has(lang.toLowerCase().split('-')[0] ?? '');

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

/**
 * The page's HTML with the hints in its head: its title (the first `<h1>`, which is where Pagefind
 * takes the title from) and its description, as spaced words. Unchanged for a page in a language
 * written with spaces, or without a head.
 */
export function withWordHints(html: string): string {
  const lang = /<html\b[^>]*\blang="([^"]+)"/i.exec(html)?.[1];
  if (!lang || !isSegmented(lang) || !html.includes('</head>')) return html;
  const title = /<h1\b[^>]*>([\s\S]*?)<\/h1>/i.exec(html)?.[1];
  const description = /<meta\b(?=[^>]*\bname="description")[^>]*\bcontent="([^"]*)"/i.exec(html)?.[1];
  const hints = [
    [WORD_FIELDS.title, title === undefined ? '' : textOf(title)],
    [WORD_FIELDS.description, description === undefined ? '' : decode(description)],
  ]
    .map(([field, text]) => [field, spacedWords(text ?? '', lang)])
    .filter(([, words]) => words)
    .map(([field, words]) => `<meta data-pagefind-meta="${field}:${encode(words ?? '')}">`)
    .join('');
  return html.replace('</head>', `${hints}</head>`);
}
