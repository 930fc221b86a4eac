/**
 * Card files for a build: each card is keyed by a hash of everything it shows and everything that
 * draws it, kept in a cache folder between builds, and copied into the site under a file name
 * that carries the hash (previewers cache images for a long time, so a changed card needs a new
 * name). A rebuild with nothing changed draws nothing.
 */
import { createHash } from 'node:crypto';
import { copyFile, mkdir, readdir, rename, stat, unlink, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import pLimit from 'p-limit';
import type { FontSource } from './card-fonts.ts';
import { CARD_SIZE, type CardContent, type CardSize } from './card-layout.ts';
import type { CardTheme } from './card-theme.ts';
import { type RenderedCard, renderCard } from './render-card.ts';

/** Bump when the card's look changes in a way its inputs do not show (layout, spacing, sizes). */
export const CARD_LAYOUT_VERSION = 1;

/** Where cards are kept between builds (`node_modules/.cache` survives builds and is never committed). */
export const DEFAULT_CACHE_DIR = path.join('node_modules', '.cache', 'share-cards');

/** One card a build wants. */
export interface CardRequest {
  /** The start of its file name, lowercase words and hyphens: `what-the-study-found--the-scans`. */
  name: string;
  card: CardContent;
}

/** One card in the output folder. */
export interface CardFile {
  name: string;
  /** Its file name in the output folder: `name.<hash>.png`. */
  file: string;
  /** The full hash: the cache entry's name. */
  key: string;
  bytes: number;
  /** Drawn in this run (false: taken from the cache). */
  rendered: boolean;
}

/** Where cards go, what draws them, and how many at once. */
export interface WriteCardsOptions {
  /** The folder the card files are copied to, e.g. `dist/cards`. */
  outDir: string;
  cacheDir?: string;
  theme: CardTheme;
  fonts: FontSource;
  size?: CardSize;
  /** Cards drawn at once. Drawing is mostly CPU on one thread: 2 overlaps file work with drawing. */
  concurrency?: number;
  /** The renderer's package versions (`satori@…`, `sharp@…`, …: see rendererVersions), part of every key. */
  rendererVersions: readonly string[];
  /** Draws a card; the real renderer unless a test counts calls. */
  render?: (card: CardContent) => Promise<RenderedCard>;
}

/** The cache key of a card: SHA-256 over what it shows and what draws it. */
export function cardKey(card: CardContent, context: { theme: CardTheme; size: CardSize; fontsVersion: string; rendererVersions: readonly string[] }): string {
  const shown = [card.lang, card.siteName, card.context ?? '', card.heading, card.articleTitle ?? '', card.label ?? null];
  const drawn = [CARD_LAYOUT_VERSION, context.size.width, context.size.height, context.theme, context.fontsVersion, ...context.rendererVersions];
  return createHash('sha256')
    .update(JSON.stringify([shown, drawn]))
    .digest('hex');
}

/** `name.<first 12 hex digits of the key>.png`: a new name whenever the card changes. */
export const cardFileName = (name: string, key: string) => `${name}.${key.slice(0, 12)}.png`;

/**
 * Puts every requested card in `outDir`, drawing only those the cache lacks, and returns their
 * file names in the order asked. Requests with the same name and content share one file.
 */
export async function writeCards(requests: readonly CardRequest[], options: WriteCardsOptions): Promise<CardFile[]> {
  const cacheDir = options.cacheDir ?? DEFAULT_CACHE_DIR;
  const size = options.size ?? CARD_SIZE;
  const context = { theme: options.theme, size, fontsVersion: options.fonts.version, rendererVersions: options.rendererVersions };
  const render = options.render ?? ((card: CardContent) => renderCard(card, { theme: options.theme, fonts: options.fonts, size }));
  await Promise.all([mkdir(cacheDir, { recursive: true }), mkdir(options.outDir, { recursive: true })]);
  const limit = pLimit(options.concurrency ?? 2);
  const inFlight = new Map<string, Promise<boolean>>();
  return Promise.all(
    requests.map(async ({ name, card }) => {
      const key = cardKey(card, context);
      const cached = path.join(cacheDir, `${key}.png`);
      let ensure = inFlight.get(key);
      if (!ensure) {
        ensure = limit(() => ensureCached(cached, () => render(card)));
        inFlight.set(key, ensure);
      }
      const rendered = await ensure;
      const file = cardFileName(name, key);
      await copyFile(cached, path.join(options.outDir, file));
      return { name, file, key, bytes: (await stat(cached)).size, rendered };
    }),
  );
}

/** Draws the card into the cache unless it is there; true when it was drawn. A reused entry is touched, so pruning keeps it. */
async function ensureCached(file: string, draw: () => Promise<RenderedCard>): Promise<boolean> {
  const now = new Date();
  try {
    await utimes(file, now, now);
    return false;
  } catch {
    const { png } = await draw();
    // Written under a temporary name first: a build stopped halfway never leaves half a card in the cache.
    const partial = `${file}.${process.pid}.partial`;
    await writeFile(partial, png);
    await rename(partial, file);
    return true;
  }
}

/** Deletes cached cards no build has used for `maxAgeDays` days; returns how many. */
export async function pruneCardCache(cacheDir: string = DEFAULT_CACHE_DIR, maxAgeDays = 30): Promise<number> {
  const cutoff = Date.now() - maxAgeDays * 86_400_000;
  const names = await readdir(cacheDir).catch(() => [] as string[]);
  let removed = 0;
  for (const name of names.filter((n) => n.endsWith('.png'))) {
    const file = path.join(cacheDir, name);
    if ((await stat(file)).mtimeMs < cutoff) {
      await unlink(file);
      removed += 1;
    }
  }
  return removed;
}
