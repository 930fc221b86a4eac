/**
 * Draws cards on several cores. Drawing a card is CPU work, mostly on one thread (satori's layout,
 * then sharp's rasterising and PNG encoding), so worker threads let a second core draw too; each
 * thread pays its own start (imports and font parsing, under a second).
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { CARD_SIZE, type CardContent, type CardSize } from './card-layout.ts';
import type { CardTheme } from './card-theme.ts';
import type { RenderedCard } from './render-card.ts';
import type { WorkerAnswer, WorkerJob, WorkerSetup } from './render-worker.ts';

/** A pool of drawing threads: `render` has the signature `writeCards` takes. */
export interface CardWorkers {
  render(card: CardContent): Promise<RenderedCard>;
  /** Ends the threads; call it when the cards are written, or the build waits for them. */
  close(): Promise<void>;
  /** How many threads draw: give `writeCards` this as its concurrency. */
  size: number;
}

/** What the drawing threads need: the theme and size, and how many threads. */
export interface CardWorkerOptions {
  theme: CardTheme;
  size?: CardSize;
  /** Threads to start: one per core by default, at most 4. */
  threads?: number;
  fontsDir?: string;
}

type Pending = { resolve: (card: RenderedCard) => void; reject: (error: Error) => void };

/**
 * A pool of drawing threads, started on the first card it is asked for (a rebuild whose cards are
 * all cached starts none). Each thread takes one card at a time; the others wait in
 * `writeCards`'s queue (give it `size` as its concurrency).
 *
 * @example const workers = createCardWorkers({ theme }); await writeCards(requests, { …, render: workers.render, concurrency: workers.size }); await workers.close();
 */
export function createCardWorkers(options: CardWorkerOptions): CardWorkers {
  const size = options.size ?? CARD_SIZE;
  const count = Math.max(1, options.threads ?? Math.min(4, availableParallelism()));
  const setup: WorkerSetup = { theme: options.theme, size, fontsDir: options.fontsDir };
  const pending = new Map<number, Pending>();
  const workers: Worker[] = [];
  const idle: Worker[] = [];
  const waiting: Array<(worker: Worker) => void> = [];
  let nextId = 0;
  // A thread that failed to start or crashed fails every card after it: a build must not hang.
  let failure: Error | undefined;

  const release = (worker: Worker) => {
    const next = waiting.shift();
    if (next) next(worker);
    else idle.push(worker);
  };
  const answer = (worker: Worker, reply: WorkerAnswer) => {
    const job = pending.get(reply.id);
    pending.delete(reply.id);
    release(worker);
    if (!job) return;
    if ('error' in reply) job.reject(new Error(`A share card could not be drawn: ${reply.error}`));
    else job.resolve({ png: Buffer.from(reply.png), width: size.width, height: size.height, fontFiles: reply.fontFiles, missing: reply.missing });
  };
  const fail = (error: Error) => {
    failure = error;
    for (const job of pending.values()) job.reject(error);
    pending.clear();
  };
  const start = () => {
    for (let i = workers.length; i < count; i++) {
      const worker = new Worker(new URL('./render-worker.ts', import.meta.url), { workerData: setup });
      worker.on('message', (reply: WorkerAnswer) => answer(worker, reply));
      worker.on('error', fail);
      workers.push(worker);
      idle.push(worker);
    }
  };
  const acquire = () => new Promise<Worker>((resolve) => (idle.length > 0 ? resolve(idle.shift() as Worker) : waiting.push(resolve)));
  return {
    size: count,
    async render(card) {
      if (failure) throw failure;
      start();
      const worker = await acquire();
      const id = nextId++;
      return new Promise<RenderedCard>((resolve, reject) => {
        pending.set(id, { resolve, reject });
        worker.postMessage({ id, card } satisfies WorkerJob);
      });
    },
    async close() {
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}
