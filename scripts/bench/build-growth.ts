import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { SHARE_PAGES_SWITCH } from '../../src/integrations/post-build/share-pages.ts';
import { countHtmlPages, perPage, succeeded, timeBuild, type BuildCommand, type BuildRun, type PerPage } from './build-time.ts';
import { PEER_DIR, preparePeer, writePeerPages } from './starlight-peer.ts';
import { syntheticPages, writeSyntheticSite, type BibliographyRecord } from './synthetic-site.ts';

/** One size: our site with N synthetic articles, and the peer with as many pages, built one after the other. */
export interface GrowthRow {
  /** Synthetic articles added to the real ones. */
  synthetic: number;
  /** Articles on our site (real and synthetic); the peer has as many pages. */
  articles: number;
  ours: BuildFigures;
  peer: BuildFigures;
}

export interface BuildFigures extends PerPage {
  seconds: number;
  cpuSeconds: number;
}

const figures = (run: BuildRun, pages: number): BuildFigures => ({ seconds: run.seconds, cpuSeconds: run.cpuSeconds, ...perPage(run, pages) });

/**
 * Builds our site with each number of synthetic articles, and right after it the Starlight peer
 * with as many pages of the same text, in the same run. With `runs` above 1 the two are built in
 * turn that many times, each cold, and each side's fastest build is kept: other work on the
 * machine only ever adds time. A build that fails stops the bench (BuildFailed), with its output:
 * a figure is never silently left out.
 */
export async function measureGrowth(
  sizes: readonly number[],
  { contentDir = 'content', runs = 1 }: { contentDir?: string; runs?: number } = {},
): Promise<{ rows: GrowthRow[]; peerVersions: { starlight: string; astro: string } }> {
  const astroVersion = (JSON.parse(readFileSync('node_modules/astro/package.json', 'utf8')) as { version: string }).version;
  const peerVersions = preparePeer(PEER_DIR, astroVersion);
  const titles = citedWorkLines(JSON.parse(readFileSync(path.join(contentDir, 'references', 'references.json'), 'utf8')) as CitedWork[]);
  const rows: GrowthRow[] = [];
  for (const size of sizes) {
    const dir = mkdtempSync(path.join(tmpdir(), `bench-site-${size}-`));
    try {
      const content = writeSyntheticSite(path.join(dir, 'content'), size, contentDir);
      const articles = readdirSync(path.join(content, 'articles')).filter((name) => name.endsWith('.mdx')).length;
      writePeerPages(PEER_DIR, syntheticPages(articles, contentDir), titles);
      const ours: BuildFigures[] = [];
      const peer: BuildFigures[] = [];
      for (let run = 1; run <= runs; run++) {
        const of = runs > 1 ? ` (run ${run} of ${runs})` : '';
        console.log(`Building our site with ${size} synthetic articles (${articles} in all)${of}…`);
        const cache = path.join(dir, 'cache');
        // Without share pages: a card for each of some 10,000 synthetic sections would measure drawing cards, which
        // the bench measures on the real site (scripts/bench/share-cards.ts), not the cost of a page the peer also has.
        const env = { SITE_CONTENT_DIR: content, ASTRO_CACHE_DIR: cache, [SHARE_PAGES_SWITCH]: 'off' };
        ours.push(await coldBuild({ label: `our site with ${size} synthetic articles`, cwd: '.', outDir: path.join(dir, 'dist'), env }, [cache]));
        console.log(`Building the Starlight peer with ${articles} pages${of}…`);
        peer.push(await coldBuild({ label: `the Starlight peer with ${articles} pages`, cwd: PEER_DIR, outDir: path.join(dir, 'peer-dist') }, PEER_CACHES));
      }
      rows.push({ synthetic: size, articles, ours: fastest(ours), peer: fastest(peer) });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  return { rows, peerVersions };
}

/** One timed build after emptying `caches`, so every run does the same work; the output is counted, then removed. */
async function coldBuild(command: BuildCommand, caches: readonly string[]): Promise<BuildFigures> {
  for (const cache of caches) rmSync(cache, { recursive: true, force: true });
  const run = succeeded(await timeBuild(command));
  const pages = countHtmlPages(command.outDir);
  rmSync(command.outDir, { recursive: true, force: true });
  return figures(run, pages);
}

/** Where the peer's Astro keeps what it built before. */
const PEER_CACHES = [path.join(PEER_DIR, '.astro'), path.join(PEER_DIR, 'node_modules', '.astro')];

/** The run with the least wall time. */
export const fastest = (runs: readonly BuildFigures[]): BuildFigures => runs.reduce((best, run) => (run.seconds < best.seconds ? run : best));

/** The parts of a CSL-JSON record the peer's reference lists show. */
interface CitedWork extends BibliographyRecord {
  title?: string;
  author?: Array<{ family?: string; literal?: string }>;
  'container-title'?: string;
  issued?: { 'date-parts'?: number[][] };
}

/** Each reference as one line of a plain reference list ("Family et al. Title. Journal. 2020."), by key. */
export function citedWorkLines(references: readonly CitedWork[]): Map<string, string> {
  return new Map(
    references.map((ref) => {
      const first = ref.author?.[0];
      const author = first ? `${first.family ?? first.literal ?? ''}${(ref.author?.length ?? 0) > 1 ? ' et al' : ''}.` : '';
      const year = ref.issued?.['date-parts']?.[0]?.[0];
      return [
        ref.id,
        [author, `${ref.title ?? ref.id}.`, ref['container-title'] ? `${ref['container-title']}.` : '', year ? `${year}.` : ''].filter(Boolean).join(' '),
      ];
    }),
  );
}

/** Our time per page over the peer's. */
export const ratio = (row: GrowthRow, measure: 'wallMs' | 'cpuMs'): number => row.ours[measure] / row.peer[measure];

/** The table the bench prints. */
export function growthTable(rows: readonly GrowthRow[]): string[] {
  const n = (value: number, digits = 1) => (Number.isFinite(value) ? value.toFixed(digits) : 'n/a');
  const side = (f: BuildFigures) =>
    `${String(f.pages).padStart(5)} ${n(f.seconds).padStart(7)} ${n(f.cpuSeconds).padStart(7)} ${n(f.wallMs).padStart(7)} ${n(f.cpuMs).padStart(7)}`;
  return [
    `  ${'articles'.padStart(8)}   ${'ours: pages'.padStart(11)} ${'wall s'.padStart(7)} ${'CPU s'.padStart(7)} ${'ms/page'.padStart(7)} ${'CPU ms'.padStart(7)}   ${'peer: pages'.padStart(11)} ${'wall s'.padStart(7)} ${'CPU s'.padStart(7)} ${'ms/page'.padStart(7)} ${'CPU ms'.padStart(7)}   ratio wall / CPU`,
    ...rows.map(
      (row) =>
        `  ${String(row.articles).padStart(8)}   ${side(row.ours).padStart(43)}   ${side(row.peer).padStart(43)}   ${`${n(ratio(row, 'wallMs'), 2)}× / ${n(ratio(row, 'cpuMs'), 2)}×`.padStart(16)}`,
    ),
  ];
}
