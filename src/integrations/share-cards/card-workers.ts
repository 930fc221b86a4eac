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
 * Starts the drawing threads. Each takes one card at a time; the others wait in `writeCards`'s
 * queue (its concurrency is the number of threads).
 *
 * @example const workers = createCardWorkers({ theme }); await writeCards(requests, { …, render: workers.render, concurrency: workers.size }); await workers.close();
 */
export function createCardWorkers(options: CardWorkerOptions): CardWorkers {
  const size = options.size ?? CARD_SIZE;
  const count = Math.max(1, options.threads ?? Math.min(4, availableParallelism()));
  const setup: WorkerSetup = { theme: options.theme, size, fontsDir: options.fontsDir };
  const pending = new Map<number, Pending>();
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
  const workers = Array.from({ length: count }, () => {
    const worker = new Worker(new URL('./render-worker.ts', import.meta.url), { workerData: setup });
    worker.on('message', (answer: WorkerAnswer) => {
      const job = pending.get(answer.id);
      pending.delete(answer.id);
      release(worker);
      if (!job) return;
      if ('error' in answer) job.reject(new Error(`A share card could not be drawn: ${answer.error}`));
      else job.resolve({ png: Buffer.from(answer.png), width: size.width, height: size.height, fontFiles: answer.fontFiles, missing: answer.missing });
    });
    worker.on('error', (error) => {
      failure = error;
      for (const job of pending.values()) job.reject(error);
      pending.clear();
    });
    idle.push(worker);
    return worker;
  });

  const acquire = () => new Promise<Worker>((resolve) => (idle.length > 0 ? resolve(idle.shift() as Worker) : waiting.push(resolve)));
  return {
    size: count,
    async render(card) {
      if (failure) throw failure;
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
