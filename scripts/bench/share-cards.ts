/**
 * What share pages and their cards cost a build (issue 21): the real site, in every language it
 * has, built three times in turn: without them (`SHARE_PAGES=off`), clean (the card cache emptied,
 * so every card is drawn), and again with the cache warm (none drawn). The clean build's growth over
 * the one without is the figure issue 21 budgets (at most 15 s on 2 cores); the warm one is what
 * every later build pays. Each build's own log line says how many cards it drew.
 */
import { rmSync } from 'node:fs';
import { SHARE_PAGES_SWITCH } from '../../src/integrations/post-build/share-pages.ts';
import { DEFAULT_CACHE_DIR } from '../../src/integrations/share-cards/index.ts';
import { type BuildRun, succeeded, timeBuild } from './build-time.ts';

/** What the share-pages step says it did, from a build's log. */
export interface ShareStepLine {
  sharePages: number;
  cards: number;
  drawn: number;
  fromCache: number;
  stepMs: number;
}

/** One timed build, with what its share-pages step did (none in a build without them). */
export interface ShareBuild {
  seconds: number;
  cpuSeconds: number;
  step: ShareStepLine | undefined;
}

export interface ShareCost {
  without: ShareBuild;
  clean: ShareBuild;
  cached: ShareBuild;
  /** The last build (the cached one): the site in dist/, as the rest of the bench measures it. */
  last: BuildRun;
}

/** `share pages: 288 share pages; 320 cards, 320 drawn, 0 from the cache (20814 ms)` → its numbers. */
export function shareStepLine(output: string): ShareStepLine | undefined {
  const match = /share pages: (\d+) share pages; (\d+) cards, (\d+) drawn, (\d+) from the cache \((\d+) ms\)/.exec(output);
  if (!match) return undefined;
  const [sharePages, cards, drawn, fromCache, stepMs] = match.slice(1).map(Number) as [number, number, number, number, number];
  return { sharePages, cards, drawn, fromCache, stepMs };
}

/** The three builds, one after the other, into dist/. A failed build stops the bench (BuildFailed). */
export async function measureShareCost(): Promise<ShareCost> {
  const build = async (label: string, env: Record<string, string> = {}) => {
    console.log(`Building the site ${label}…`);
    const run = succeeded(await timeBuild({ label: `our site ${label}`, cwd: '.', outDir: 'dist', env }));
    return { run, figures: { seconds: run.seconds, cpuSeconds: run.cpuSeconds, step: shareStepLine(run.output) } };
  };
  const without = await build('without share pages', { [SHARE_PAGES_SWITCH]: 'off' });
  rmSync(DEFAULT_CACHE_DIR, { recursive: true, force: true });
  const clean = await build('with share pages, every card drawn (empty card cache)');
  const cached = await build('with share pages, cards from the cache');
  return { without: without.figures, clean: clean.figures, cached: cached.figures, last: cached.run };
}

/** The report: each build's time and cards, and the growth over a build without share pages. */
export function shareCostLines(cost: ShareCost): string[] {
  const s = (n: number) => `${n.toFixed(1)} s`;
  const row = (name: string, b: ShareBuild) =>
    `  ${name.padEnd(34)} ${s(b.seconds).padStart(8)} ${s(b.cpuSeconds).padStart(8)} CPU   ${
      b.step
        ? `${b.step.sharePages} share pages, ${b.step.cards} cards: ${b.step.drawn} drawn, ${b.step.fromCache} from the cache (step ${s(b.step.stepMs / 1000)})`
        : 'no share pages'
    }`;
  return [
    row('without share pages', cost.without),
    row('clean (empty card cache)', cost.clean),
    row('cached (nothing changed)', cost.cached),
    `  growth over the build without: clean +${s(cost.clean.seconds - cost.without.seconds)} (CPU +${s(cost.clean.cpuSeconds - cost.without.cpuSeconds)}), cached +${s(cost.cached.seconds - cost.without.seconds)} (CPU +${s(cost.cached.cpuSeconds - cost.without.cpuSeconds)})`,
  ];
}
