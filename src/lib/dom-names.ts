/**
 * The names the site's markup and its scripts share: the ids, `data-*` attributes and classes that
 * a script (src/client/), a Markdown plugin or a build check looks for. The `.astro` files that
 * write them and the code that reads them import them from here (as Starlight's constants.ts does),
 * so renaming one cannot leave a script looking for the old name.
 *
 * In markup, a bare attribute is spread: `<div {...attribute(DATA.searchPanel)}>` renders
 * `<div data-search-panel>`; a script selects it with `select(DATA.searchPanel)`. Stylesheets keep
 * their own selectors (CSS cannot import), so a class that is only styled is not listed here.
 */

/** `data-*` attributes, by what they mark. */
export const DATA = {
  /** A public anchor (a copy-link button, a line in content/anchors.json); its value is an ANCHOR_KIND. */
  anchor: 'data-anchor',
  copyLinkTemplate: 'data-copy-link-template',
  copyLinkStatus: 'data-copy-link-status',
  /** The part of a copy-link button that says where it links. */
  copyLinkLabel: 'data-label',
  /** The second copy-link button of a section or claim: it copies the direct link (`page#id`), not the share link. */
  copyDirectLink: 'data-copy-direct',
  /** The JSON of a page's old fragments and where each now leads (FragmentRedirects.astro). */
  fragmentRedirects: 'data-fragment-redirects',
  /** On the page left at a moved address: the new address, and its old fragments' new places. */
  movedTo: 'data-moved-to',
  movedFragments: 'data-fragments',
  /** A citation's reference key (rehype-citation-links), and the entry a preview copies. */
  citedKey: 'data-ref',
  referenceEntry: 'data-reference-entry',
  previewHeading: 'data-heading',
  previewBody: 'data-body',
  previewGoto: 'data-goto',
  previewClose: 'data-close',
  /** Set on the citation preview while it is a sheet along the bottom of a phone's screen. */
  previewSheet: 'data-sheet',
  /** A "Cite this page" copy button: the id of the element it copies, and the name of what it copies. */
  copyTarget: 'data-copy',
  copyWhat: 'data-label',
  copyStatus: 'data-copy-status',
  /** A glossary term's id on a term link (rehype-glossary-terms). */
  term: 'data-term',
  searchOpen: 'data-search-open',
  searchHeaderInput: 'data-search-header-input',
  searchDialog: 'data-search-dialog',
  searchClose: 'data-search-close',
  searchPageLink: 'data-search-page-link',
  searchPage: 'data-search-page',
  searchBrowse: 'data-search-browse',
  searchPanel: 'data-search-panel',
  /** Set on a panel once its styles have loaded (search-dialog.css shows it then). */
  searchReady: 'data-ready',
  searchForm: 'data-search-form',
  searchStatus: 'data-search-status',
  searchResults: 'data-search-results',
  searchSuggestion: 'data-search-suggestion',
  /** A searched word marked on the page a result opened. */
  searchHit: 'data-search-hit',
  /** The part of a page Pagefind indexes (Pagefind's own attribute). */
  pagefindBody: 'data-pagefind-body',
  /** A link to the same page in another language (LanguageSwitch.astro); the script keeps the reader's place on it. */
  languageSwitch: 'data-language-switch',
  /** The reader's theme choice, on `<html>` (ThemeInit.astro, client/theme.ts). */
  theme: 'data-theme',
} as const;
export type DataAttribute = (typeof DATA)[keyof typeof DATA];

/** What a public anchor is: its copy-link button is named after it. */
export const ANCHOR_KINDS = { section: 'section', claim: 'claim', term: 'term', reference: 'reference' } as const;

/** Ids of single elements that scripts find, and the sections of the article layout that links and the contents name. */
export const ID = {
  main: 'main',
  contents: 'contents',
  takeaways: 'takeaways',
  study: 'study',
  references: 'references',
  citeThisPage: 'cite-this-page',
  disclaimer: 'disclaimer',
  glossaryPopover: 'glossary-popover',
  citationPreviewTemplate: 'citation-preview-template',
  citationPreview: 'citation-preview',
  citationPreviewHeading: 'citation-preview-heading',
  /** An article's history, at its end (components/history/PageHistory.astro). */
  pageHistory: 'page-history',
} as const;

/** Classes that markup writes and a script selects. */
export const CLASS = {
  siteHeader: 'site-header',
  themeToggle: 'theme-toggle',
  /** A glossary term link (rehype-glossary-terms) and the parts of its popover. */
  glossaryTerm: 'glossary-term',
  popoverTerm: 'name',
  popoverDefinition: 'definition',
  popoverHint: 'hint',
  /** A citation's number link (rehype-citation-links). */
  citedNumber: 'citation-ref',
} as const;

/** Where a reader's theme choice is kept (localStorage). */
export const THEME_KEY = 'theme';

/**
 * Ids the article layout itself puts on the page (the skip link's target, the end sections, the
 * contents, the study card): an article heading may not take one (remarkHeadingIds).
 */
export const LAYOUT_IDS = [
  ID.main,
  'top',
  ID.takeaways,
  ID.references,
  ID.study,
  ID.contents,
  'search',
  ID.disclaimer,
  ID.citeThisPage,
  ID.pageHistory,
] as const;

/** `[data-x]`, or `[data-x="value"]`: a selector for a data attribute. */
export const select = (name: DataAttribute, value?: string) => (value === undefined ? `[${name}]` : `[${name}="${value}"]`);

/** `{ 'data-x': '' }`: a data attribute to spread onto an element in markup (`''` renders the bare attribute). */
export const attribute = (name: DataAttribute, value = '') => ({ [name]: value });

/** The attribute's key in an element's `dataset` (`data-search-open` → `searchOpen`). */
export const datasetKey = (name: DataAttribute) => name.slice('data-'.length).replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase());

/** The attribute's property name in a hast tree (`data-anchor` → `dataAnchor`), as the build's checks read pages. */
export const hastProperty = (name: DataAttribute) => `data${datasetKey(name).replace(/^./, (c) => c.toUpperCase())}`;
