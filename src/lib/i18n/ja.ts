/**
 * 日本語の画面の言葉。en.ts と同じキーを同じ形で持つ（型と、ビルド時の dictionaryProblems が確かめる）。
 * Written by us for readers in Japan, with the terms chosen for the Japanese edition (content/ja/
 * glossary/terms.yaml records where each was seen). Crisis help points to the Ministry of Health,
 * Labour and Welfare's page of counselling services and to 119, the only number read on official
 * pages (the counselling dial's number differs between the pages seen, so none is printed).
 */
import type { Strings } from './index.ts';

export const ja: Strings = {
  site: {
    name: 'ケタミンとAMPA受容体',
    tagline: 'エビデンス解説',
    nameSeparator: '：',
    titleSeparator: '｜',
    feedTitle: '更新履歴：ケタミンとAMPA受容体、エビデンス解説',
  },
  frame: {
    skipToContent: '本文へ移動',
    mainNavigation: 'メイン',
    home: 'ホーム',
    glossary: '用語集',
    references: '参考文献',
    about: 'このサイトについて',
    darkTheme: 'ダークテーマ',
    languages: '言語',
    readIn: (language) => `このページを${language}で読む`,
  },
  footer: {
    crisisHeading: 'つらい気持ちが強いときは',
    crisis: [
      '死にたいと思うほどつらいとき、または自分の命を絶つ行動をとってしまいそうなときは、今すぐ',
      { text: '119番', href: 'tel:119' },
      '（救急）に電話してください。電話やSNSで相談できる窓口は、厚生労働省のサイト',
      { text: '「まもろうよこころ」', href: 'https://www.mhlw.go.jp/mamorouyokokoro/' },
      'で探せます。日本国外では、',
      { text: 'findahelpline.com', href: 'https://findahelpline.com/' },
      'で無料の相談窓口を探せます。',
    ],
    disclaimerHeading: '医療に関する注意',
    disclaimer:
      'このサイトは研究について解説するものです。医学的な助言ではなく、どのような治療や用量も勧めるものではありません。治療を始める、やめる、変えるときは、医師などの医療者に相談してください。',
    about: 'このサイトとエビデンスの確かめ方',
    figures: '図の一覧',
    changes: '更新履歴',
    privacy: 'Cookieもトラッキングも使っていません。',
  },
  notFound: {
    title: 'ページが見つかりません',
    description: 'このページはありません。サイト内を検索するか、ホームから探してください。',
    heading: 'お探しのページが見つかりませんでした',
    lead: ['ページが移動した可能性があります。検索するか、', { text: 'ホーム', href: '/' }, 'から探してください。'],
    searchLabel: '探している内容で検索する',
    searchButton: '検索',
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
    searchTheSite: 'サイト内を検索',
    placeholder: '検索',
    button: '検索',
    dialogTitle: '検索',
    close: '閉じる',
    openAsPage: 'この検索結果を、共有できるページで開く',
    keysMove: '移動',
    keysSeparator: '・',
    keysOpenFirst: '最初の結果を開く',
    boxLabel: '記事・用語集・参考文献を検索',
    show: '表示',
    everything: 'すべて',
    articles: '記事',
    glossary: '用語集',
    references: '参考文献',
    writtenFor: '対象の読者',
    anyone: '指定なし',
    results: '検索結果',
    kindArticle: '記事',
    kindGlossary: '用語集',
    kindReferences: '参考文献',
    kindAbout: 'このサイトについて',
    kindSeparator: '・',
    searching: (query) => `「${query}」を検索しています…`,
    resultsFor: (total, query) => `「${query}」の検索結果：${total}件`,
    bestShown: (shown) => `（上位${shown}件を表示）`,
    shortened: (characters) => `（検索語が長いため、最初の${characters}文字で検索しました）`,
    statusEnd: '',
    noResults: (query) => `「${query}」に一致するページは見つかりませんでした`,
    noResultsHelp: '。表記を変える、言葉を減らす、または次の用語で探してみてください：',
    couldNotLoad: '検索を読み込めませんでした。接続を確かめて、もう一度お試しください。検索ページでは、すべての項目を五十音順の索引でも探せます。',
    showMore: '検索結果をさらに表示',
    pageTitle: '検索',
    pageDescription: 'このサイトのすべての記事・用語・参考文献を検索できます。項目を五十音順の索引から探すこともできます。',
    needsScript: '検索ボックスを使うにはJavaScriptが必要です。下の索引に、すべての項目・見出し・用語を五十音順に載せています。',
    indexHeading: '五十音順の索引',
    indexLetters: '索引の行',
    indexRow: (kana) => `${kana}行`,
    indexOther: 'その他',
    indexSee: ' → ',
    indexLinksStart: '：',
    indexLinksSeparator: '、',
    indexGlossary: '用語集',
  },
  /** The home page */
  home: {
    // words go here
  },
  /** The about page */
  about: {
    // 「<タイトル>：2026年12月2日に確認。次回は2027年6月2日までに確認します。」
    scheduleReviewed: '：',
    scheduleNextReview: 'に確認。次回は',
    scheduleEnd: 'までに確認します。',
  },
  /** The translation notice and anything about translations */
  translation: {
    noticeLabel: 'この翻訳について',
    englishChanged: (date: string) =>
      `この日本語版は、${date}時点の英語版をもとにしています。その後、英語版の内容が変わりましたが、日本語版はまだ更新されていません。`,
    readEnglish: '最新の英語版を読む',
  },
  /** Share pages and cards */
  share: {
    // words go here
  },
};
