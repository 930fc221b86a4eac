/**
 * Draws one card: satori lays the element tree out with the card's fonts and writes SVG (text as
 * outlines, so no system font is involved), and sharp (libvips with librsvg) turns that SVG into a
 * PNG. Both are maintained packages; neither needs a browser or the network.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import sharp from 'sharp';
import type { FontSource } from './card-fonts.ts';
import { CARD_SIZE, type CardContent, type CardSize, cardElement, cardText } from './card-layout.ts';
import type { CardTheme } from './card-theme.ts';

const PNG_COMPRESSION = 3;

/** What drawing needs besides the card itself. */
export interface RenderOptions {
  theme: CardTheme;
  fonts: FontSource;
  size?: CardSize;
}

/** A drawn card. */
export interface RenderedCard {
  png: Buffer;
  width: number;
  height: number;
  /** The font files its glyphs came from. */
  fontFiles: string[];
  /** Characters no font file covers (drawn as nothing useful): worth a warning in the build log. */
  missing: string[];
}

/**
 * Draws `card` as a PNG.
 *
 * @example const { png } = await renderCard({ heading: 'The scans', siteName: 'Ketamine & AMPA receptors', lang: 'en' }, { theme, fonts })
 */
export async function renderCard(card: CardContent, options: RenderOptions): Promise<RenderedCard> {
  const size = options.size ?? CARD_SIZE;
  const { fonts, families, files, missing } = options.fonts.fontsFor(cardText(card));
  // Loaded when the first card is drawn: a build whose cards are all cached never needs it.
  const { default: satori } = await import('satori');
  // satori types its first argument as a React node; our element tree has that shape without React.
  const svg = await satori(cardElement(card, options.theme, families, size) as unknown as Parameters<typeof satori>[0], {
    width: size.width,
    height: size.height,
    fonts,
  });
  // Level 3 of 9: measured about half the CPU of the default 6, for about 10 % more bytes (some 80 KB a card).
  const png = await sharp(Buffer.from(svg)).png({ compressionLevel: PNG_COMPRESSION }).toBuffer();
  return { png, width: size.width, height: size.height, fontFiles: files, missing };
}

/** The versions of what draws cards (`satori@…`, `sharp@…`, and sharp's libvips and librsvg), for the cache key. */
export function rendererVersions(): string[] {
  const require = createRequire(import.meta.url);
  const { version } = JSON.parse(readFileSync(require.resolve('satori/package.json'), 'utf8')) as { version: string };
  return [
    `satori@${version}`,
    `sharp@${sharp.versions.sharp}`,
    `libvips@${sharp.versions.vips}`,
    `librsvg@${sharp.versions.rsvg ?? 'unknown'}`,
    `png-level@${PNG_COMPRESSION}`,
  ];
}
