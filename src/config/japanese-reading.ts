/**
 * Readings of Japanese text in hiragana, for sorting the search page's 五十音 index (lib/search/
 * az-index.ts): `ケタミンが速く作用する仕組み` → `けたみんがはやくさようするしくみ`.
 *
 * The analyser is Lindera with the IPADIC dictionary (the `lindera-wasm-nodejs-ipadic` package: the
 * Lindera project's own WebAssembly build, with the dictionary inside it, so nothing is fetched). It
 * is the analyser Pagefind's extended binary also segments Japanese with (Lindera 0.43 there), and
 * the project's build is maintained with Lindera itself; it loads in about 0.6 s, and only when a
 * Japanese page is built.
 *
 * The analyser guesses a kanji word's reading from its dictionary, and a few guesses are wrong for
 * this site's words (前頭前野 would be read まえがしらまえの, 樹状突起 きじょうとっき). The glossary's readings were
 * checked by hand, so a glossary term anywhere in a text takes its reading; CORRECTIONS holds the
 * few other words of the Japanese pages the analyser misreads (glossary aliases and headings).
 */
import { toHiragana } from '../lib/search/scripts.ts';

/** The parts of a Lindera token used here. */
interface Token {
  surface: string;
  reading?: string;
}
interface Tokenizer {
  tokenize(text: string): Token[];
}

interface Lindera {
  TokenizerBuilder: new () => { setDictionary(uri: string): void; setMode(mode: string): void; build(): Tokenizer };
}

let tokenizer: Promise<Tokenizer> | undefined;

/** Lindera's tokenizer, built once, when the first Japanese page needs it. */
function analyser(): Promise<Tokenizer> {
  tokenizer ??= import('lindera-wasm-nodejs-ipadic').then((module: unknown) => {
    // A CommonJS package: its exports are the module's default export.
    const lindera = ((module as { default?: Lindera }).default ?? module) as Lindera;
    const builder = new lindera.TokenizerBuilder();
    builder.setDictionary('embedded://ipadic');
    builder.setMode('normal');
    return builder.build();
  });
  return tokenizer;
}

/**
 * Words of the Japanese pages that IPADIC reads wrongly, with the reading a reader would look them up
 * by (anatomical terms read as in Japanese medicine: 外側 がいそく, 棘突起 きょくとっき).
 */
const CORRECTIONS: ReadonlyMap<string, string> = new Map([
  ['前頭前', 'ぜんとうぜん'],
  ['樹状突起', 'じゅじょうとっき'],
  ['樹状突起棘', 'じゅじょうとっききょく'],
  ['外側', 'がいそく'],
  ['棘突起', 'きょくとっき'],
]);

/**
 * A reader of Japanese text: `known` maps words to their checked readings (the glossary's terms);
 * each known word in a text (and each of CORRECTIONS) is read so, longest first, and the text
 * between them is read by the analyser.
 */
export async function japaneseReader(known: ReadonlyMap<string, string>): Promise<(text: string) => string> {
  const lindera = await analyser();
  /** The analyser's reading of `text`; words it has no reading for (loanwords, Latin, digits) as written. */
  const analysed = (text: string) =>
    lindera
      .tokenize(text)
      .map((token) => (token.reading && token.reading !== '*' ? token.reading : token.surface))
      .join('');
  const readings = new Map([...CORRECTIONS, ...known]);
  const words = [...readings.keys()].filter(Boolean).sort((a, b) => b.length - a.length);
  return (text) => {
    let reading = '';
    let unknown = '';
    for (let at = 0; at < text.length; ) {
      const word = words.find((w) => text.startsWith(w, at));
      if (word === undefined) {
        unknown += text.charAt(at);
        at += 1;
        continue;
      }
      reading += (unknown ? analysed(unknown) : '') + (readings.get(word) ?? '');
      unknown = '';
      at += word.length;
    }
    return toHiragana(reading + (unknown ? analysed(unknown) : ''));
  };
}
