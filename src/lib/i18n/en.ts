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
    /**
     * The copy-link button of a section or claim copies its share link (a page whose link preview
     * shows that place); the second button copies the direct link, the article's address with `#id`.
     */
    copySection: (name: string) => `Copy link to section: ${name}`,
    copyClaim: 'Copy link to this claim',
    copyDirectSection: (name: string) => `Copy direct link to section: ${name}`,
    copyDirectClaim: 'Copy direct link to this claim',
    /** Glossary terms and references have one button, which copies the page's address with `#id`. */
    copyTerm: (name: string) => `Copy link to ${name}`,
    copyReference: 'Copy link to this reference',
    /** Shown beside the button for two seconds. */
    copied: 'Copied',
    /** Said by screen readers once the link is on the clipboard. */
    linkCopied: 'Link copied',
    directLinkCopied: 'Direct link copied',
    copyFailed: 'Could not copy. The link to this place is now in the address bar.',
  },
  /** The search box, dialog, page and the topic index */
  search: {
    // words go here
  },
  /** The home page */
  home: {
    // words go here
  },
  /** The about page */
  about: {
    // words go here
  },
  /** The translation notice and anything about translations */
  translation: {
    // words go here
  },
  /** Share pages and cards */
  share: {
    /** The share page's visible link, for a browser that does not follow its instant redirect. */
    continueToSection: 'Continue to this part of the article',
    /** Between the parts of a card described in words (`og:image:alt`). */
    altSeparator: '. ',
  },
};
