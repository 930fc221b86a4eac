/**
 * The English interface words: the reference dictionary. Every other language's dictionary
 * (ja.ts) has exactly these keys, in these shapes (index.ts). Grouped by the part of the site that
 * shows them. A word with a link is rich text (`Rich`): strings and `{ text, href }`, where an
 * href starting with `/` is a page of this site in the reader's language.
 */
import { FEED_TITLE, SITE_TITLE } from '../site.ts';

export const en = {
  site: {
    /** The site's name in two parts, as the header shows it; joined by `nameSeparator` in titles. */
    name: SITE_TITLE.name,
    tagline: SITE_TITLE.tagline,
    nameSeparator: ': ',
    /** Between a page's own title and the site's name in `<title>`. */
    titleSeparator: ' · ',
    /** The changes feed's title, as feed readers list it. */
    feedTitle: FEED_TITLE,
  },
  frame: {
    skipToContent: 'Skip to content',
    mainNavigation: 'Main',
    home: 'Home',
    glossary: 'Glossary',
    references: 'References',
    about: 'About',
    darkTheme: 'Dark theme',
    /** The language switch: its label, and each link's accessible text. */
    languages: 'Language',
    readIn: (language: string) => `Read this page in ${language}`,
  },
  footer: {
    crisisHeading: 'If you are in crisis',
    crisis: [
      'If you are thinking about suicide or might act on it, call your local emergency number now. In the US, call or text ',
      { text: '988', href: 'tel:988' },
      ' (Suicide & Crisis Lifeline). Elsewhere, find a free, confidential line at ',
      { text: 'findahelpline.com', href: 'https://findahelpline.com/' },
      '.',
    ],
    disclaimerHeading: 'Medical disclaimer',
    disclaimer:
      'This site explains research. It is not medical advice and does not recommend any treatment or dose. Talk to a qualified clinician before starting, stopping or changing any treatment.',
    about: 'About this site and how evidence is checked',
    figures: 'All figures',
    changes: 'What changed',
    privacy: 'No cookies, no tracking.',
  },
  notFound: {
    title: 'Page not found',
    description: 'This page does not exist. Search the site or start from the home page.',
    heading: 'We could not find that page',
    lead: ['It may have moved. Try searching, or start from the ', { text: 'home page', href: '/' }, '.'],
    searchLabel: 'Search for what you were looking for',
    searchButton: 'Search',
  },
  /** The article page: its meta line, takeaways, contents, study line and card, end sections */
  article: {
    // words go here
  },
  /** Citations, the reference list and entries, cite this page, citation previews */
  citations: {
    // words go here
  },
  /** Evidence and source labels, their legend and the label table */
  labels: {
    // words go here
  },
  /** Page history, the changes page and the feed */
  history: {
    // words go here
  },
  /** Figures: frames, drawings, the figures page */
  figures: {
    // words go here
  },
  /** The glossary, references, figures and changes pages' titles and ledes */
  pages: {
    // words go here
  },
  /** Copy-link buttons and what they say */
  anchors: {
    // words go here
  },
  /** The search box, dialog, page and the topic index */
  search: {
    /** The header's search control: its form's name, its box's label and placeholder, its button. */
    searchTheSite: 'Search the site',
    placeholder: 'Search',
    button: 'Search',
    /** The dialog the header's control opens. */
    dialogTitle: 'Search',
    close: 'Close',
    openAsPage: 'Open these results as a page you can share',
    /** The key hints at the foot of the dialog: "↑ ↓ move · Enter open first". */
    keysMove: 'move',
    keysSeparator: ' · ',
    keysOpenFirst: 'open first',
    /** The search panel (dialog and search page): its box, filters and results list. */
    boxLabel: 'Search articles, glossary and references',
    show: 'Show',
    everything: 'Everything',
    articles: 'Articles',
    glossary: 'Glossary',
    references: 'References',
    writtenFor: 'Written for',
    anyone: 'Anyone',
    results: 'Search results',
    /** What a result is, before its audience: "Article · For clinicians". */
    kindArticle: 'Article',
    kindGlossary: 'Glossary',
    kindReferences: 'References',
    kindAbout: 'About this site',
    kindSeparator: ' · ',
    /** The status line. A query is shown in quotation marks. */
    searching: (query: string) => `Searching for “${query}”…`,
    resultsFor: (total: number, query: string) => `${total === 1 ? '1 result' : `${total} results`} for “${query}”`,
    bestShown: (shown: number) => `, the best ${shown} shown`,
    shortened: (characters: number) => ` (the search was shortened to its first ${characters} characters)`,
    statusEnd: '.',
    noResults: (query: string) => `No results for “${query}”`,
    noResultsHelp: '. Check the spelling, try fewer words, or try a glossary term:',
    couldNotLoad: 'Search could not load. Check your connection and try again; the search page also lists every topic A–Z.',
    showMore: 'Show more results',
    /** The search page. */
    pageTitle: 'Search',
    pageDescription: 'Search every article, glossary term and reference on this site, or browse its topics A–Z.',
    needsScript: 'The search box needs JavaScript. Every topic, section and glossary term is listed A–Z below.',
    /** The topic index on the search page, which works without JavaScript. */
    indexHeading: 'Topics A–Z',
    indexLetters: 'Letters',
    /** A row of the kana table, for a Japanese index (あ行): other groups are letters, or `indexOther`. */
    indexRow: (kana: string) => kana,
    indexOther: '#',
    /** Between another name and the term it stands for: "TRD, see Treatment-resistant depression". */
    indexSee: ', see ',
    /** Between an entry and its links when it has several: "ketamine: Article A; Article B". */
    indexLinksStart: ': ',
    indexLinksSeparator: '; ',
    indexGlossary: 'Glossary',
  },
  /** The home page */
  home: {
    // words go here
  },
  /** The about page */
  about: {
    /**
     * A line of the review schedule is an article's title, then these words around its two dates:
     * "<title>: reviewed <date>; next review due <date>."
     */
    scheduleReviewed: ': reviewed ',
    scheduleNextReview: '; next review due ',
    scheduleEnd: '.',
  },
  /** The translation notice and anything about translations */
  translation: {
    /** The notice on a translated page whose English page has changed since (never shown on English pages, which have no source). */
    noticeLabel: 'About this translation',
    /** The day (a date in the reader's language) of the English version the translation follows. */
    englishChanged: (date: string) =>
      `This translation follows the English page as of ${date}. The English page has changed since then, and this translation has not been brought up to date yet.`,
    readEnglish: 'Read the English page',
  },
  /** Share pages and cards */
  share: {
    // words go here
  },
};
