/**
 * The glyphs a card needs, from the Noto Sans JP package installed with npm
 * (`@fontsource/noto-sans-jp`, SIL Open Font License). The package splits the font into 124
 * files by Unicode range (as a browser would download it); a card loads only the files that
 * cover its own characters: about 30 KB for an English card, a few hundred KB for a Japanese one.
 * Its Latin letters serve English cards too, so one typeface draws both languages. Nothing is
 * downloaded: the files are read from node_modules. satori reads WOFF, not WOFF2.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

/** One file of the package: its name in unicode.json (`latin`, `[119]`) and the code points it covers. */
export interface FontSubset {
  key: string;
  ranges: Array<[number, number]>;
}

/** A font as satori takes it. */
export interface CardFont {
  name: string;
  data: Buffer;
  weight: CardWeight;
  style: 'normal';
}

/** The fonts for one card, and for each weight the CSS font-family that lists its files. */
export interface CardFonts {
  fonts: CardFont[];
  families: Record<CardWeight, string>;
  /** The font files read, for the measurements and for the lead's review. */
  files: string[];
  /** Characters no file covers: they would be drawn as empty boxes. */
  missing: string[];
}

/** The weights a card uses: regular for the article title, bold for the heading. */
export type CardWeight = 400 | 700;

/** `U+0000-00FF,U+0131` → `[[0, 255], [305, 305]]`. */
export function parseUnicodeRange(spec: string): Array<[number, number]> {
  return spec
    .split(',')
    .map((part) => /^\s*U\+([0-9a-f]+)(?:-([0-9a-f]+))?\s*$/i.exec(part))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => [Number.parseInt(m[1] ?? '0', 16), Number.parseInt(m[2] ?? m[1] ?? '0', 16)]);
}

/** The package's subsets from its unicode.json, Latin first (so Latin text is drawn from one small file). */
export function subsetCatalog(unicodeJson: Record<string, string>): FontSubset[] {
  const subsets = Object.entries(unicodeJson).map(([key, spec]) => ({ key, ranges: parseUnicodeRange(spec) }));
  return subsets.sort((a, b) => Number(b.key === 'latin') - Number(a.key === 'latin'));
}

const covers = (subset: FontSubset, cp: number) => subset.ranges.some(([from, to]) => cp >= from && cp <= to);

/**
 * The fewest subsets (greedily) that cover every character of `text`, and the characters none
 * covers. Whitespace and invisible format characters need no glyph.
 */
export function coveringSubsets(text: string, catalog: readonly FontSubset[]): { keys: string[]; missing: string[] } {
  let needed = [...new Set(Array.from(text))].filter((ch) => !/[\s\u200b-\u200d\u2060\ufeff]/u.test(ch)).map((ch) => ch.codePointAt(0) ?? 0);
  const missing = needed.filter((cp) => !catalog.some((s) => covers(s, cp)));
  needed = needed.filter((cp) => !missing.includes(cp));
  const keys: string[] = [];
  while (needed.length > 0) {
    let best: FontSubset | undefined;
    let bestCount = 0;
    for (const subset of catalog) {
      const count = needed.filter((cp) => covers(subset, cp)).length;
      if (count > bestCount) [best, bestCount] = [subset, count];
    }
    if (!best) break;
    keys.push(best.key);
    const chosen = best;
    needed = needed.filter((cp) => !covers(chosen, cp));
  }
  return { keys, missing: missing.map((cp) => String.fromCodePoint(cp)) };
}

/** Reads the package's files on demand and keeps each one read, for the life of the source. */
export interface FontSource {
  /** The fonts for a card that shows these words in each weight: only the files that cover them. */
  fontsFor(text: Record<CardWeight, string>): CardFonts;
  /** The package's name and version, part of every card's cache key. */
  version: string;
}

/**
 * A font source over the installed `@fontsource/noto-sans-jp` (or another fontsource package
 * directory with the same layout, for tests).
 */
export function createFontSource(packageDir = fontsourceDir()): FontSource {
  const readJson = (file: string) => JSON.parse(readFileSync(path.join(packageDir, file), 'utf8'));
  const pkg = readJson('package.json') as { name: string; version: string };
  const id = pkg.name.replace(/^@fontsource(-variable)?\//, '');
  const catalog = subsetCatalog(readJson('unicode.json') as Record<string, string>);
  const cache = new Map<string, Buffer>();
  const read = (file: string) => cache.get(file) ?? cache.set(file, readFileSync(path.join(packageDir, 'files', file))).get(file);
  return {
    version: `${pkg.name}@${pkg.version}`,
    fontsFor(text) {
      const fonts: CardFont[] = [];
      const files: string[] = [];
      const families = { 400: '', 700: '' };
      const missing = new Set<string>();
      for (const weight of [400, 700] as const) {
        const cover = coveringSubsets(text[weight], catalog);
        for (const ch of cover.missing) missing.add(ch);
        // Latin always: satori needs a font even for a card without words, and the word joiners
        // that keep Japanese phrases together (U+2060) are in it.
        const keys = ['latin', ...cover.keys.filter((key) => key !== 'latin')];
        for (const key of keys) {
          const file = `${id}-${key.replace(/^\[(\d+)\]$/, '$1')}-${weight}-normal.woff`;
          fonts.push({ name: fontName(key, weight), data: read(file) as Buffer, weight, style: 'normal' });
          files.push(file);
        }
        families[weight] = keys.map((key) => fontName(key, weight)).join(', ');
      }
      return { fonts, families, files, missing: [...missing] };
    },
  };
}

/**
 * Each file gets its own family name: satori keeps one font per name and weight and picks the
 * nearest weight of a name, so a shared name could draw a bold heading from a regular file; and
 * it falls back from one listed family to the next for a glyph the first lacks.
 */
const fontName = (key: string, weight: CardWeight) => `card-${key.replace(/[^\w-]/g, '')}-${weight}`;

function fontsourceDir(): string {
  const require = createRequire(import.meta.url);
  return path.dirname(require.resolve('@fontsource/noto-sans-jp/package.json'));
}
