/**
 * The English interface words: the reference dictionary. Every other language's dictionary
 * (ja.ts) has exactly these keys, in these shapes (index.ts). Grouped by the part of the site that
 * shows them. A word with a link is rich text (`Rich`): strings and `{ text, href }`, where an
 * href starting with `/` is a page of this site in the reader's language.
 */
import type { AUDIENCES, ChangeKind } from '../../schemas/article.ts';
import type { Certainty, Provenance } from '../../schemas/labels.ts';
import type { SourceKind } from '../../schemas/reference.ts';
import { FEED_TITLE, SITE_TITLE } from '../site.ts';

/** A label's name, as badges show it, and what it means, as the legend on the About page explains it. */
interface LabelWords {
  name: string;
  meaning: string;
}

/**
 * Who an article is for (lib/audience.ts): the "Written for" line, the search filter and a search
 * result's label. Apart from `en`, so browser code that needs only these does not bundle every word.
 */
export const audienceWords = {
  names: { patients: 'Patients and families', clinicians: 'Clinicians', everyone: 'Everyone' } satisfies Record<(typeof AUDIENCES)[number], string>,
  /** A search result's label. */
  for: { patients: 'For patients and families', clinicians: 'For clinicians', everyone: 'For everyone' } satisfies Record<(typeof AUDIENCES)[number], string>,
};

/**
 * What the citation scripts say (client/citations/), and a citation's accessible name (the link
 * shows only its number). Apart from `en`, so the scripts do not bundle every word.
 */
export const citationScriptWords = {
  /** A citation's accessible name, and the heading of its preview. */
  reference: (number: number | string) => `Reference ${number}`,
  /** The preview's link to the entry in the reference list. */
  goToReference: (number: number | string) => `Go to reference ${number} in the list`,
  /** Said after a copy button worked (`what`: "Citation", "BibTeX"); the button shows `copiedShort` for a moment. */
  copied: (what: string) => `${what} copied to the clipboard.`,
  copiedShort: 'Copied',
  copyFailed: (what: string) => `Could not copy the ${what}; select the text and copy it yourself.`,
  /** What a copy button copies when it does not say. */
  text: 'Text',
};

/** Copy-link buttons and what they say. Apart from `en`, so the page scripts bundle these words and not every word of the site. */
export const anchorWords = {
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
};

/** The search box, dialog, page and the topic index. Apart from `en`, so the page scripts bundle these words and not every word of the site. */
export const searchWords = {
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
};

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
    audiences: audienceWords,
    /** The line under the title (its terms end in a colon drawn by the page's style). */
    writtenFor: 'Written for',
    published: 'Published',
    updated: 'Updated',
    reviewed: 'Reviewed',
    nextReview: 'Next review due',
    takeaways: 'Key takeaways',
    /** The table of contents. */
    contents: 'On this page',
    /** The study in one line, under every article's title. */
    studyLine: { label: 'The study this site explains', lead: 'The study: ', link: 'At a glance' },
    /** A clinicians' detail block that names no summary of its own. */
    clinicianDetails: 'For clinicians: more detail',
    /** Under a glossary term's definition after a first tap (components/glossary/GlossaryPopover.astro). */
    glossaryHint: 'Tap the term again to open the glossary.',
  },
  /** Citations, the reference list and entries, cite this page, citation previews */
  /** Words that lead into what follows them end in their own space where the language puts one. */
  citations: {
    script: citationScriptWords,
    /** The reference list at the end of an article (and its place in the contents). */
    references: 'References',
    /** A reference's back-link to the one place that cites it, or to each of several. */
    backToOnlyCitation: (number: number) => `Back to where reference ${number} is cited`,
    backToCitation: (place: number) => `Back to citation ${place}`,
    closePreview: 'Close reference preview',
    /** The preview's link before a script fills it in. */
    goToReferenceList: 'Go to reference',
    /**
     * What a reference of a kind other than a study is called before its entry: its name in the label
     * table (`labels.kinds`), but for a retelling, whose table name explains more than an entry needs.
     */
    secondaryReport: 'Secondary report',
    /** A record of no labelled kind, named as the source of another. */
    article: 'Article',
    webPage: 'Web page',
    /** A link to a record: "DOI: 10.1038/…", "Web page: jrct.niph.go.jp". */
    linkText: (label: string, text: string) => `${label}: ${text}`,
    /** A record that reports another: "Press release: Yokohama City University …", "Trial registration jRCTs031210124". */
    sourceBy: (kind: string, by: string) => `${kind}: ${by}`,
    numberedSource: (kind: string, number: string) => `${kind} ${number}`,
    /** Our translation of a title in another language, after it. */
    titleTranslation: (translation: string) => ` (English translation: ${translation}.)`,
    reportedBy: 'Details of this record come from: ',
    /** After a list of sources in a sentence. */
    listEnd: '.',
    readWithCare: 'Read with care: ',
    studyCard: {
      heading: 'The study at a glance',
      source: 'Source: ',
      /** A source of a detail: its kind and who published it. */
      sourceName: (kind: string, by: string) => `${kind}, ${by}`,
      note: 'We could not check the journal article itself, so each detail names the source that reports it.',
      entry: "The study's reference entry",
    },
    cite: {
      heading: 'Cite this page',
      copyCitation: 'Copy citation',
      /** What the copy button says it copied. */
      citation: 'Citation',
      download: (format: string) => `Download ${format} file`,
      copy: (format: string) => `Copy ${format}`,
    },
  },
  /** Evidence and source labels, their legend and the label table */
  labels: {
    /** Read before a label by screen readers, hidden on screen. */
    certaintyPrefix: 'Certainty: ',
    provenancePrefix: 'Source: ',
    certainty: {
      established: { name: 'Established', meaning: 'Shown repeatedly in people, in well-conducted studies or reviews.' },
      human: { name: 'Supported in humans', meaning: 'Seen in at least one study in people, but small, early or not yet repeated.' },
      consistent: {
        name: 'Consistent with one human study',
        meaning: 'One study in people found an association that fits this idea; it does not show cause and effect, and it has not been repeated.',
      },
      animal: { name: 'Animal evidence only', meaning: 'Shown in animals (usually mice or rats); not yet shown in people.' },
      hypothesis: { name: 'Hypothesis', meaning: 'A proposed explanation that fits the evidence but has not been directly tested.' },
    } satisfies Record<Certainty, LabelWords>,
    provenance: {
      'paper-via-press-release': {
        name: 'Journal article, as reported in the press release',
        meaning: "From the study's journal article, as described in the university's press release; we could not check the article itself.",
      },
      'press-release': { name: 'Press release', meaning: "The university's own description of its results." },
      'trial-report': {
        name: 'Trial report',
        meaning:
          "From the peer-reviewed report of the ketamine trial by the same Keio–Yokohama group, very likely the trial the study's patients came from (not confirmed). It is not the PET paper.",
      },
      registry: { name: 'Trial registry', meaning: 'From the official registration of a clinical trial, which describes what was planned.' },
      news: { name: 'News report', meaning: 'From a journalist who reported on the study.' },
      secondary: {
        name: 'Secondary report',
        meaning: 'From a retelling by a third party (a blog or summary). Not checked against the study; treat with caution.',
      },
      'grant-report': {
        name: 'Grant report',
        meaning: "From an investigator's grant report, which may describe an early analysis rather than the final paper.",
      },
    } satisfies Record<Provenance, LabelWords>,
    /** Each kind of source, as the label table names it. */
    kinds: {
      review: 'Review or expert synthesis',
      'human-study': 'Study in people (trial, observational, imaging or post-mortem)',
      'animal-study': 'Animal or laboratory study',
      commentary: 'Commentary in a journal',
      methods: 'Methods paper',
      'press-release': 'Press release',
      news: 'News report',
      'trial-registration': 'Trial registration',
      'investigator-page': "Investigators' web page",
      'regulator-notice': 'Regulator notice',
      'grant-report': 'Grant report',
      'secondary-report': "Third party's retelling (blog, social post)",
    } satisfies Record<SourceKind, string>,
    /** The legend and the label table (components/labels/EvidenceLegend.astro). */
    legend: {
      dots: 'The dots show how strong the evidence is: three for established, none for a hypothesis, whose label is dashed, as hypotheses are in the figures.',
      rulesCaption: 'The strongest certainty label one source allows on its own',
      kindColumn: 'Kind of source',
      labelColumn: 'Strongest label, when we read it (in full, or its abstract)',
      /** After a human study's label: how many read human studies cited together allow "Established". */
      citedTogether: (count: number) => `; cited ${['once', 'twice', 'three times'][count - 1] ?? `${count} times`} together: `,
      /** Around the label a source nobody here read allows. */
      unreadBefore: "A source of any kind that we know only from its bibliographic record, or only from others' reports of it, allows at most ",
      unreadAfter: (hypothesis: string) =>
        `, and is never cited alone. A label is checked against every citation in its paragraph, list item, table row or marked claim, and a label with no citation there is refused. The weaker labels are allowed too, except that an animal label needs an animal study or a review. "${hypothesis}" is allowed with any cited source, as someone must have proposed the idea.`,
    },
  },
  /** Page history, the changes page and the feed */
  history: {
    /** What each kind of change is called on the page and in the feed. */
    kinds: { published: 'First published', updated: 'Updated', corrected: 'Correction' } satisfies Record<ChangeKind, string>,
    checkedAgainst: 'Checked against: ',
    /** After the list of what a change was checked against, and before what the source says. */
    listEnd: '.',
    beforeNote: ' ',
    /** Around what a quoted source means. */
    meaningOpen: ' (',
    meaningClose: ')',
    pageHistory: 'Page history',
    pageHistoryIntro: [
      'What changed on this page, newest first. Changes across the site are listed on ',
      { text: 'What changed', href: '/changes/' },
      ', which also has a feed.',
    ],
    /** A change's link to the section it changed, or to a place that is not a section. */
    goToSection: (heading: string) => `Go to ${heading}`,
    goToChange: 'Go to the changed passage',
    /** On the What changed page. */
    seeWhatChanged: 'See what changed',
    feedLead: 'Follow changes in a feed reader: ',
    feedLink: 'feed of changes (RSS)',
    feedEnd: '.',
    /** The feed's own description, and each item's title. */
    feedDescription: 'Corrections, updates and new articles on this evidence explainer, newest first, each linked to what it changed.',
    feedItemTitle: (kind: string, title: string) => `${kind}: ${title}`,
  },
  /** Figures: frames, drawings, the figures page */
  figures: {
    sources: 'Sources: ',
    inWords: 'The figure in words',
    /** Around the sources after a note or a sentence. */
    open: '(',
    close: ')',
    /** A timeline point in the description: its year and words, then its sources and `eventEnd`. */
    eventLead: (year: number, text: string) => `${year}: ${text} (`,
    eventEnd: ')',
    /** The parts the synapse drawing names. */
    synapse: {
      sendingCell: 'Sending nerve cell',
      receivingCell: 'Receiving nerve cell',
      glutamate: 'Glutamate',
      ampa: 'AMPA receptor',
      nmda: 'NMDA receptor',
      ketamine: 'Ketamine',
    },
  },
  /** The glossary, references, figures and changes pages' titles and ledes */
  pages: {
    glossary: {
      title: 'Glossary',
      description: 'Plain-language definitions of the terms used on this site, from AMPA receptor to treatment-resistant depression.',
      lede: 'Short, plain definitions. Each term has its own link you can share.',
      abbreviations: (list: string) => ` (${list})`,
      alsoCalled: 'Also called: ',
      sources: 'Sources: ',
      seeAlso: 'See also: ',
      /** Between the names in a list of aliases or related terms. */
      listSeparator: ', ',
    },
    references: {
      title: 'References',
      description: 'Every source this site cites, with DOI and PubMed links where they were verified and the articles that cite each one.',
      lede: 'Every source cited on this site. DOI and PubMed links appear only where we verified them; a title in square brackets is a description we supplied because the real title could not be checked.',
      forManagers: 'For reference managers: ',
      /** Read after a file format's name ("BibTeX"), by screen readers only. */
      fileForThis: ' file for this reference',
      citedIn: 'Cited in: ',
    },
    figures: {
      title: 'Figures',
      description: "The site's diagrams in one place: a synapse, the study design, a research timeline and how a PET scan works.",
      lede: "The site's diagrams in one place. Each also appears in the article it belongs to, and each has a description in words.",
    },
    changes: {
      title: 'What changed',
      description: "Every change to this site's articles, newest first: corrections, updates and first publication, each linked to what it changed.",
      lede: 'Evidence about this study keeps arriving. When we correct or add something a reader would notice, it is listed here, and on the page it changed, with the date.',
    },
  },
  anchors: anchorWords,
  search: searchWords,
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
    /** The share page's visible link, for a browser that does not follow its instant redirect. */
    continueToSection: 'Continue to this part of the article',
    /** Between the parts of a card described in words (`og:image:alt`). */
    altSeparator: '. ',
  },
};
