/**
 * The one place that knows the order of the Markdown plugins. Ordering needs:
 * - remark-gfm first, so tables exist before anything reads them;
 * - remarkHeadingIds before rehype, so headings carry their authored ids into Astro's heading list;
 * - rehypeCitationCheck immediately before rehype-citation (it checks what rehype-citation would
 *   silently skip); rehypeCitationUnread and rehypeCitationLinks immediately after, in that order:
 *   both read rehype-citation's spans (citation-spans.ts), and the links plugin rewrites them;
 * - rehypeArticleRules and rehypeEvidenceLabels after rehypeCitationLinks: they read the citation
 *   links it writes (which keys the article cites, and which a label's block cites);
 * - rehypeGlossaryTerms after the citation plugins, so it sees citations as links and leaves them alone;
 * - rehypeHeadingLinks last: it needs the heading ids, and citations in headings are refused earlier.
 *
 * The prose of the site's own pages (content/pages/: home, About) goes through the same list, so its
 * site links get the base path and language prefix as articles' do, but three plugins are for
 * articles only (`isArticle`):
 * - rehypeArticleRules: a page is not an explainer of the study; it neither cites it nor needs a
 *   "What this does not show" section of its own (the home page links to the study's one);
 * - rehypeGlossaryTerms: the home page's short answer explains each term in its own sentence and
 *   links its sources; a glossary link beside each source link would crowd four paragraphs written
 *   for an anxious reader, and the About page speaks about the site, not the science;
 * - rehypeHeadingLinks: a page's sections are not (yet) public anchors with copy-link buttons: the
 *   pages were written as .astro files with plain headings, and readers' copies must stay the same.
 * Pages name their sources in words and link to /references/#ref-<key> instead of numbered
 * citations: they have no reference list of their own for a number to point to.
 */
import type { RehypePlugin, RemarkPlugin } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import { remarkHeadingIds } from './remark-heading-ids.ts';
import { rehypeCitationCheck } from './rehype-citation-check.ts';
import { rehypeCitationOnce } from './rehype-citation-once.ts';
import { rehypeCitationLinks } from './rehype-citation-links.ts';
import { rehypeCitationUnread } from './rehype-citation-unread.ts';
import { rehypeHeadingLinks } from './rehype-heading-links.ts';
import { rehypeRequireAlt } from './rehype-require-alt.ts';
import { rehypeBaseLinks } from './rehype-base-links.ts';
import { rehypeArticleRules } from './rehype-article-rules.ts';
import { rehypeEvidenceLabels } from './rehype-evidence-labels.ts';
import { rehypeGlossaryTerms, type GlossaryEntry } from './rehype-glossary-terms.ts';
import { rehypeFigureCheck } from './rehype-figure-check.ts';
import type { Root } from 'hast';
import type { VFile } from 'vfile';
import { FIGURE_NAMES } from '../schemas/figure.ts';
import { perLanguage } from './per-language.ts';
import { LAYOUT_IDS } from '../lib/dom-names.ts';
import { DICTIONARIES } from '../lib/i18n/index.ts';
import { DEFAULT_LOCALE, type Locale } from '../lib/site.ts';
import type { SourceProfile } from '../schemas/label-rules.ts';

export interface PipelineOptions {
  /** Path to the CSL-JSON bibliography, relative to the project root. */
  bibliographyPath: string;
  /** Every key in that bibliography. */
  keys: ReadonlySet<string>;
  /**
   * References nobody here could read (`custom.read` record or reports), each with the keys of the
   * records that report it: such a reference may not be a citation's only key.
   */
  unread?: ReadonlyMap<string, readonly string[]>;
  /**
   * Each reference's kind and read level, for the label rules (src/schemas/label-rules.ts). When
   * given, every `<Evidence>` label is checked against the citations of its block.
   */
  profiles?: ReadonlyMap<string, SourceProfile>;
  /**
   * Key of the study the site explains (`custom.primary`). When set, every article must cite it and
   * have a "What this does not show" section. The site's own bibliography always names one (a unit
   * test requires it); small test bibliographies may leave it out.
   */
  primaryKey?: string | undefined;
  /**
   * Each language's glossary terms, and its glossary page's path (base path included) their first
   * uses link to; and the path its pages are under (base path and language prefix: `/`, `/ja/`),
   * which an article's root-relative links (`/glossary/#pet`) get.
   */
  languages: Readonly<Record<string, { glossary: { terms: readonly GlossaryEntry[]; href: string }; base: string }>>;
  /** The language of an article from its file's path; default: every file is in the first language listed. */
  languageOf?: (path: string | undefined) => string;
  /** Whether a file is an article rather than a page's prose (config/content-paths.ts `isArticleFile`); default: every file is. */
  isArticle?: (path: string | undefined) => boolean;
}

/** A plugin, or a plugin with its options: the shape both Astro and unified accept. */
type Entry<Plugin> = Plugin | [Plugin, unknown];
export function markdownPlugins({ bibliographyPath, keys, unread = new Map(), profiles, primaryKey, languages, languageOf, isArticle }: PipelineOptions): {
  remarkPlugins: Array<Entry<RemarkPlugin>>;
  rehypePlugins: Array<Entry<RehypePlugin>>;
} {
  const first = Object.keys(languages)[0] ?? '';
  const language = languageOf ?? (() => first);
  const article = isArticle ?? (() => true);
  // Each plugin that depends on a file's language runs with that language's options; an
  // article-only plugin leaves a page's prose alone.
  const byLanguage = <Options>(
    plugin: (options: Options) => (tree: Root, file: VFile) => void,
    options: (language: PipelineOptions['languages'][string], code: string) => Options,
    { articlesOnly = false } = {},
  ) =>
    perLanguage({
      plugin,
      options: Object.fromEntries(Object.entries(languages).map(([code, values]) => [code, options(values, code)])),
      languageOf: articlesOnly ? (path) => (article(path) ? language(path) : undefined) : language,
    }) as RehypePlugin;
  // A language's interface words; a language the site has no dictionary for (a test's) reads English.
  const wordsOf = (code: string) => DICTIONARIES[code as Locale] ?? DICTIONARIES[DEFAULT_LOCALE];
  return {
    remarkPlugins: [remarkGfm, [remarkHeadingIds, { reservedIds: LAYOUT_IDS }]],
    rehypePlugins: [
      rehypeRequireAlt,
      byLanguage(rehypeBaseLinks, ({ base }) => ({ base })),
      [rehypeFigureCheck, { names: FIGURE_NAMES }],
      [rehypeCitationCheck, { keys, bibliographyPath }],
      // Numbered (Vancouver) citations; the reference list is rendered by the layout from our own
      // data, so rehype-citation's bibliography is suppressed. It parses the bibliography once per build.
      [
        rehypeCitationOnce,
        {
          ...splitPath(bibliographyPath),
          csl: 'vancouver',
          lang: 'en-US',
          suppressBibliography: true,
        },
      ],
      [rehypeCitationUnread, { keys, unread }],
      byLanguage(rehypeCitationLinks, (_, code) => ({ keys, label: wordsOf(code).citations.script.reference })),
      ...(primaryKey ? [byLanguage(rehypeArticleRules, () => ({ primaryKey }), { articlesOnly: true })] : []),
      ...(profiles ? [[rehypeEvidenceLabels, { profiles }] as Entry<RehypePlugin>] : []),
      // Clinician blocks are closed by default: a term's first, explained use belongs in the plain text.
      byLanguage(rehypeGlossaryTerms, ({ glossary }) => ({ ...glossary, skipComponents: ['ForClinicians'] }), { articlesOnly: true }),
      byLanguage(rehypeHeadingLinks, () => ({}), { articlesOnly: true }),
    ],
  };
}

/**
 * rehype-citation reads `path` joined with `bibliography`; it misreads an absolute path given as
 * `bibliography` alone, so the folder and the file name go in separately (either separator).
 */
function splitPath(file: string): { path: string; bibliography: string } {
  const at = Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\'));
  return at === -1 ? { path: '.', bibliography: file } : { path: file.slice(0, at) || '/', bibliography: file.slice(at + 1) };
}
