/**
 * Draws one card: satori lays the element tree out with the card's fonts and writes SVG (text as
 * outlines), and resvg turns that SVG into a PNG. Both are maintained packages; neither needs a
 * browser, a system font or the network.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import type { FontSource } from './card-fonts.ts';
import { CARD_SIZE, type CardContent, type CardSize, cardElement, cardText } from './card-layout.ts';
import type { CardTheme } from './card-theme.ts';

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
  // satori types its first argument as a React node; our element tree has that shape without React.
  const svg = await satori(cardElement(card, options.theme, families, size) as unknown as Parameters<typeof satori>[0], {
    width: size.width,
    height: size.height,
    fonts,
  });
  const png = new Resvg(svg, { fitTo: { mode: 'original' }, font: { loadSystemFonts: false } }).render().asPng();
  return { png, width: size.width, height: size.height, fontFiles: files, missing };
}

/** The installed versions of the two packages that draw cards (`satori@0.63.2`, …), for the cache key. */
export function rendererVersions(): string[] {
  const require = createRequire(import.meta.url);
  return ['satori', '@resvg/resvg-js'].map((name) => {
    // @resvg/resvg-js has no `exports` map, satori exports its package.json: both resolve this way.
    const { version } = JSON.parse(readFileSync(require.resolve(`${name}/package.json`), 'utf8')) as { version: string };
    return `${name}@${version}`;
  });
}
