/**
 * A worker thread that draws cards (see card-workers.ts): each worker keeps its own fonts and
 * satori's parsed copies of them, so a second core draws as fast as the first.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { createFontSource } from './card-fonts.ts';
import type { CardContent, CardSize } from './card-layout.ts';
import type { CardTheme } from './card-theme.ts';
import { renderCard } from './render-card.ts';

/** What the pool gives each worker when it starts. */
export interface WorkerSetup {
  theme: CardTheme;
  size: CardSize;
  /** A fontsource package directory; the installed Noto Sans JP when absent. */
  fontsDir: string | undefined;
}

/** One job, and its answer. */
export interface WorkerJob {
  id: number;
  card: CardContent;
}
/** A drawn card, or why it could not be drawn. */
export type WorkerAnswer = { id: number; png: Uint8Array; fontFiles: string[]; missing: string[] } | { id: number; error: string };

const setup = workerData as WorkerSetup;
const fonts = createFontSource(setup.fontsDir);

parentPort?.on('message', async ({ id, card }: WorkerJob) => {
  try {
    const drawn = await renderCard(card, { theme: setup.theme, fonts, size: setup.size });
    parentPort?.postMessage({ id, png: drawn.png, fontFiles: drawn.fontFiles, missing: drawn.missing } satisfies WorkerAnswer);
  } catch (error) {
    parentPort?.postMessage({ id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) } satisfies WorkerAnswer);
  }
});
