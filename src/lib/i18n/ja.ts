/**
 * 日本語の画面の言葉。en.ts と同じキーを同じ形で持つ（型と、ビルド時の dictionaryProblems が確かめる）。
 * Written by us for readers in Japan, with the terms chosen for the Japanese edition (content/ja/
 * glossary/terms.yaml records where each was seen). Crisis help points to the Ministry of Health,
 * Labour and Welfare's page of counselling services and to 119, the only number read on official
 * pages (the counselling dial's number differs between the pages seen, so none is printed).
 */
import type { Strings } from './index.ts';

/** 記事の対象（lib/audience.ts）。ブラウザのコードがこれだけを読み込めるよう、`ja` の外に置く。 */
export const audienceWords: Strings['article']['audiences'] = {
  names: { patients: '患者さんとご家族', clinicians: '臨床家', everyone: 'すべての人' },
  for: { patients: '患者さんとご家族向け', clinicians: '臨床家向け', everyone: 'すべての人向け' },
};

/** 引用のスクリプト（client/citations/）の言葉と、引用番号のリンクの読み上げ名。`ja` の外に置く理由は上と同じ。 */
export const citationScriptWords: Strings['citations']['script'] = {
  reference: (number) => `文献${number}`,
  goToReference: (number) => `一覧で文献${number}を見る`,
  copied: (what) => `${what}をクリップボードにコピーしました。`,
  copiedShort: 'コピーしました',
  copyFailed: (what) => `${what}をコピーできませんでした。テキストを選択して、コピーしてください。`,
  text: 'テキスト',
};

/** Copy-link buttons and what they say. Apart from `ja`, so the page scripts bundle these words and not every word of the site. */
export const anchorWords: Strings['anchors'] = {
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
};

/** The search box, dialog, page and the topic index. Apart from `ja`, so the page scripts bundle these words and not every word of the site. */
export const searchWords: Strings['search'] = {
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
};

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
    audiences: audienceWords,
    writtenFor: '対象',
    published: '公開',
    updated: '更新',
    reviewed: '内容の確認',
    nextReview: '次回の確認予定',
    takeaways: '要点',
    contents: 'このページの内容',
    studyLine: { label: 'このサイトが解説している研究', lead: '解説している研究：', link: '研究の概要へ' },
    clinicianDetails: '臨床家向け：詳しい情報',
    glossaryHint: 'もう一度タップすると、用語集が開きます。',
  },
  /** Citations, the reference list and entries, cite this page, citation previews */
  citations: {
    script: citationScriptWords,
    references: '参考文献',
    backToOnlyCitation: (number) => `文献${number}を引用している箇所へ戻る`,
    backToCitation: (place) => `引用箇所${place}へ戻る`,
    closePreview: '文献のプレビューを閉じる',
    goToReferenceList: '文献の一覧へ',
    secondaryReport: '第三者による紹介',
    article: '論文',
    webPage: 'ウェブページ',
    linkText: (label, text) => `${label}：${text}`,
    sourceBy: (kind, by) => `${kind}：${by}`,
    numberedSource: (kind, number) => `${kind}：${number}`,
    titleTranslation: (translation) => `（英訳：${translation}）`,
    reportedBy: 'この文献情報の出典：',
    listEnd: '',
    readWithCare: '注意して読んでください：',
    studyCard: {
      heading: '研究の概要',
      source: '出典：',
      sourceName: (kind, by) => `${kind}：${by}`,
      note: '私たちは論文そのものを確認できなかったため、それぞれの項目に、その内容を報告している資料を示しています。',
      entry: 'この研究の文献情報',
    },
    cite: {
      heading: 'このページを引用する',
      copyCitation: '引用をコピー',
      citation: '引用',
      download: (format) => `${format}ファイルをダウンロード`,
      copy: (format) => `${format}をコピー`,
    },
  },
  /** Evidence and source labels, their legend and the label table */
  labels: {
    certaintyPrefix: '確かさ：',
    provenancePrefix: '情報源：',
    // ラベル名と説明は style-guide.md §6 の案のとおり（記事本文の「」内の表記と同じ）。
    certainty: {
      established: { name: '確立している', meaning: '人を対象にした質の高い研究やレビューで、繰り返し示されています。' },
      human: {
        name: 'ヒトで支持されている',
        meaning: '人を対象にした研究が少なくとも1件ありますが、規模が小さい、初期段階である、またはまだ再現されていません。',
      },
      consistent: {
        name: 'ヒト研究1件と矛盾しない',
        meaning: '人を対象にした研究1件で、この考えに合う関連が見られました。因果関係を示すものではなく、まだ再現されていません。',
      },
      animal: { name: '動物での証拠のみ', meaning: '動物（主にマウスやラット）で示されたもので、人ではまだ示されていません。' },
      hypothesis: { name: '仮説', meaning: '証拠に合う説明として提案されていますが、直接は確かめられていません。' },
    },
    provenance: {
      'paper-via-press-release': {
        name: '論文（プレスリリースによる）',
        meaning: '研究の論文の内容を、大学のプレスリリースの記述によって示しています。論文そのものは確認できていません。',
      },
      'press-release': { name: 'プレスリリース', meaning: '大学自身による研究成果の説明です。' },
      'trial-report': {
        name: '試験の報告',
        meaning:
          '同じ慶應義塾大学・横浜市立大学のグループによるケタミン試験の、査読を経た報告です。この研究の患者さんはこの試験の参加者である可能性が非常に高いものの、確認されていません。PET研究の論文ではありません。',
      },
      registry: { name: '臨床試験登録', meaning: '臨床試験の公式な登録情報で、計画された内容を示します。' },
      news: { name: 'ニュース報道', meaning: 'この研究を報じた記者によるものです。' },
      secondary: {
        name: '第三者による紹介',
        meaning: 'ブログや要約など、第三者による紹介です。研究そのものと照合されていないため、慎重に扱ってください。',
      },
      'grant-report': {
        name: '研究助成の報告書',
        meaning: '研究者が研究助成の成果として提出した報告書で、最終的な論文ではなく、それより前の解析を述べている可能性があります。',
      },
    },
    kinds: {
      review: '総説、または専門家による見解のまとめ',
      'human-study': '人を対象にした研究（臨床試験、観察研究、画像研究、死後脳の研究）',
      'animal-study': '動物や実験室での研究',
      commentary: '学術誌に載った論評',
      methods: '方法についての論文',
      'press-release': 'プレスリリース',
      news: 'ニュース報道',
      'trial-registration': '臨床試験登録',
      'investigator-page': '研究者のウェブページ',
      'regulator-notice': '規制当局の通知',
      'grant-report': '研究助成の報告書',
      'secondary-report': '第三者による紹介（ブログ、SNSの投稿）',
    },
    legend: {
      dots: '点の数は、エビデンスの強さを示します。「確立している」は3つ、「仮説」は0で、仮説のラベルは、図の中の仮説と同じく破線で描いています。',
      rulesCaption: '1件の資料だけで付けられる、最も強い確かさのラベル',
      kindColumn: '資料の種類',
      labelColumn: '私たちが読んだ場合（全文または抄録）に付けられる、最も強いラベル',
      citedTogether: (count) => `。異なる${count}件を合わせて引用した場合：`,
      unreadBefore: '書誌情報だけ、またはほかの資料による報告だけで知っている資料は、種類にかかわらず、付けられるのは最も強くても',
      unreadAfter: (hypothesis) =>
        `までで、その資料だけを引用することはありません。ラベルは、それがある段落、リストの項目、表の行、または示された主張の中のすべての引用と照らし合わせて確かめ、そこに引用のないラベルは認めません。より弱いラベルも付けられますが、動物のラベルには動物の研究か総説が必要です。「${hypothesis}」は、その考えを提唱した人がいるはずなので、どの資料を引用していても付けられます。`,
    },
  },
  /** Page history, the changes page and the feed */
  history: {
    kinds: { published: '初回公開', updated: '更新', corrected: '訂正' },
    checkedAgainst: '照合した資料：',
    listEnd: '。',
    beforeNote: '',
    meaningOpen: '（',
    meaningClose: '）',
    pageHistory: 'このページの履歴',
    pageHistoryIntro: [
      'このページの変更を、新しい順に示します。サイト全体の変更は',
      { text: '更新履歴', href: '/changes/' },
      'のページにまとめています（フィードもあります）。',
    ],
    goToSection: (heading) => `「${heading}」を見る`,
    goToChange: '変更された箇所を見る',
    seeWhatChanged: '変更された箇所を見る',
    feedLead: 'フィードリーダーで変更を受け取れます：',
    feedLink: '更新履歴のフィード（RSS）',
    feedEnd: '',
    feedDescription: 'このエビデンス解説サイトの訂正、更新、新しい記事を、新しい順に示します。それぞれ、変更された箇所にリンクしています。',
    feedItemTitle: (kind, title) => `${kind}：${title}`,
  },
  /** Figures: frames, drawings, the figures page */
  figures: {
    sources: '出典：',
    inWords: '図の内容を言葉で読む',
    open: '（',
    close: '）',
    eventLead: (year, text) => `${year}年：${text}（`,
    eventEnd: '）',
    synapse: {
      sendingCell: '送り手の神経細胞',
      receivingCell: '受け手の神経細胞',
      glutamate: 'グルタミン酸',
      ampa: 'AMPA受容体',
      nmda: 'NMDA受容体',
      ketamine: 'ケタミン',
    },
  },
  /** The glossary, references, figures and changes pages' titles and ledes */
  pages: {
    glossary: {
      title: '用語集',
      description: 'このサイトで使う用語を、やさしい言葉で説明します。AMPA受容体から治療抵抗性うつ病まで。',
      lede: '短く、わかりやすい説明です。用語ごとに、共有できるリンクがあります。',
      abbreviations: (list) => `（${list}）`,
      alsoCalled: '別の呼び方：',
      sources: '出典：',
      seeAlso: '関連する用語：',
      listSeparator: '、',
    },
    references: {
      title: '参考文献',
      description: 'このサイトが引用しているすべての資料です。確認できたものにはDOIとPubMedのリンクを付け、それぞれを引用している記事を示しています。',
      lede: 'このサイトで引用しているすべての資料です。DOIとPubMedのリンクは、私たちが確認できたものにだけ付けています。角かっこ（[ ]）で囲んだタイトルは、本当のタイトルを確認できなかったため、私たちが付けた説明です。',
      forManagers: '文献管理ソフト用：',
      fileForThis: '形式の、この文献のファイル',
      citedIn: '引用している記事：',
    },
    figures: {
      title: '図の一覧',
      description: 'このサイトの図をまとめています。シナプス、研究の計画、研究の年表、PET検査の仕組みです。',
      lede: 'このサイトの図を一か所にまとめました。どの図も、それぞれの記事にも載っていて、言葉による説明がついています。',
    },
    changes: {
      title: '更新履歴',
      description: 'このサイトの記事へのすべての変更を、新しい順に示します。訂正、更新、初回公開のそれぞれが、変更された箇所にリンクしています。',
      lede: 'この研究についてのエビデンスは、今も増え続けています。読者が気づくような訂正や追加をしたときは、その日付とともに、ここと、変更したページに記載します。',
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
    continueToSection: '記事の該当箇所へ進む',
    altSeparator: '。',
  },
};
