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
    copySection: (name) => `セクション「${name}」へのリンクをコピー`,
    copyClaim: 'この記述へのリンクをコピー',
    copyDirectSection: (name) => `セクション「${name}」への直接リンクをコピー`,
    copyDirectClaim: 'この記述への直接リンクをコピー',
    copyTerm: (name) => `「${name}」へのリンクをコピー`,
    copyReference: 'この文献へのリンクをコピー',
    copied: 'コピーしました',
    linkCopied: 'リンクをコピーしました',
    directLinkCopied: '直接リンクをコピーしました',
    copyFailed: 'コピーできませんでした。この箇所へのリンクをアドレスバーに表示しました。',
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
    continueToSection: '記事の該当箇所へ進む',
    altSeparator: '。',
  },
};
