/**
 * What share cards cost a build (issue 21): one card cold (a fresh process: imports, satori's
 * start, font parsing) and warm, and a batch like the real one (every section of every built
 * article, plus as many Japanese cards again, 200 by default) drawn in one thread and on worker
 * threads, then again from the cache; bytes per card, peak memory, and the JPEG alternative.
 *
 *   npm run build && node scripts/bench/share-cards.ts            # SHARE_CARDS=200 by default
 *
 * The Japanese cards are made from a few sentences below (the Japanese edition is not built
 * yet): their characters need the Japanese font files, which is what costs. A script, not a test.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';

const DIST = 'dist';
const SITE = 'Ketamine & AMPA receptors: an evidence explainer';
const JA_SITE = 'ケタミンとAMPA受容体：エビデンス解説';
const JA_TEXT = [
  '日本の研究チームが、PETトレーサーを使って、治療抵抗性うつ病の人の生きた脳でAMPA受容体を治療の前と後に画像化しました。',
  '研究に参加した患者は34人で、示されたのは関連です。受容体の変化が回復の原因だと証明するものではありません。',
  '動物の研究では、ストレスが続くと神経細胞の樹状突起にあるスパインが減ることが報告されています。',
  'シナプス可塑性とは、神経細胞どうしのつながりが経験に応じて強まったり弱まったりする性質のことです。',
  '陽電子放射断層撮影は、ごく少量の放射性トレーサーが体内でどこに集まるかを追いかける検査です。',
  'この研究は治療についての助言ではありません。治療の判断は、その人をよく知る医師と一緒に行うものです。',
];

type Engine = typeof import('../../src/integrations/share-cards/index.ts');
type Request = import('../../src/integrations/share-cards/index.ts').CardRequest;

/** Every section card of the built site, then Japanese cards until there are `count`. */
function requestsFor(m: Engine, count: number): Request[] {
  const requests: Request[] = [];
  for (const slug of readdirSync(path.join(DIST, 'articles'))) {
    const article = m.readArticleSections(readFileSync(path.join(DIST, 'articles', slug, 'index.html'), 'utf8'));
    for (const s of article.sections) requests.push({ name: `${slug}--${s.id}`, card: m.sectionCard(s, article, SITE) });
  }
  for (let i = 0; requests.length < count; i++) {
    const text = JA_TEXT[i % JA_TEXT.length] ?? '';
    const start = (i * 7) % (text.length - 12);
    const card = m.pageCard(text.slice(start, start + 8 + (i % 5) * 6), JA_SITE, 'ja');
    requests.push({ name: `ja-${i}`, card: { ...card, articleTitle: JA_TEXT[(i + 2) % JA_TEXT.length]?.slice(0, 26) } });
  }
  return requests.slice(0, count);
}

const ms = (from: number) => Math.round(performance.now() - from);
const cpuMs = (since: NodeJS.CpuUsage) => {
  const used = process.cpuUsage(since);
  return Math.round((used.user + used.system) / 1000);
};

/**
 * In a fresh process: importing the engine, the first English card and the first Japanese card,
 * then warm cards (medians), split into satori's layout and sharp's PNG, and JPEG for comparison.
 */
async function single(): Promise<Record<string, number>> {
  const start = performance.now();
  const m: Engine = await import('../../src/integrations/share-cards/index.ts');
  const { cardElement, cardText } = await import('../../src/integrations/share-cards/card-layout.ts');
  const { default: satori } = await import('satori');
  const { default: sharp } = await import('sharp');
  const importMs = ms(start);
  const theme = m.cardTheme(readFileSync('src/styles/tokens.css', 'utf8'));
  const fonts = m.createFontSource();
  const requests = requestsFor(m, 400);
  const en = requests.filter((r) => r.card.lang === 'en').map((r) => r.card);
  const ja = requests.filter((r) => r.card.lang === 'ja').map((r) => r.card);
  const timed = async (run: () => Promise<unknown>) => {
    const t = performance.now();
    await run();
    return performance.now() - t;
  };
  const firstEnglishMs = Math.round(await timed(() => m.renderCard(en[0] as never, { theme, fonts })));
  const firstJapaneseMs = Math.round(await timed(() => m.renderCard(ja[0] as never, { theme, fonts })));
  const median = (values: number[]) => Math.round(values.sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0);
  const parts = { layout: [] as number[], png: [] as number[], jpeg: [] as number[], pngBytes: [] as number[], jpegBytes: [] as number[] };
  for (const card of [...en.slice(1, 16), ...ja.slice(1, 16)]) {
    const chosen = fonts.fontsFor(cardText(card));
    let svg = '';
    parts.layout.push(
      await timed(async () => (svg = await satori(cardElement(card, theme, chosen.families) as never, { width: 1200, height: 630, fonts: chosen.fonts }))),
    );
    let png = Buffer.alloc(0);
    let jpeg = Buffer.alloc(0);
    parts.png.push(await timed(async () => (png = await sharp(Buffer.from(svg)).png({ compressionLevel: 3 }).toBuffer())));
    parts.jpeg.push(await timed(async () => (jpeg = await sharp(Buffer.from(svg)).jpeg({ quality: 88 }).toBuffer())));
    parts.pngBytes.push(png.length);
    parts.jpegBytes.push(jpeg.length);
  }
  return {
    importMs,
    firstEnglishMs,
    coldEnglishMs: importMs + firstEnglishMs,
    firstJapaneseMs,
    warmLayoutMs: median(parts.layout),
    warmPngMs: median(parts.png),
    warmJpegMs: median(parts.jpeg),
    medianPngBytes: median(parts.pngBytes),
    medianJpegBytes: median(parts.jpegBytes),
  };
}

/** In a fresh process: `count` cards into an empty cache, in one thread or on worker threads, then again from the cache. */
async function batch(count: number, threads: number): Promise<Record<string, number>> {
  const m: Engine = await import('../../src/integrations/share-cards/index.ts');
  const { createCardWorkers } = await import('../../src/integrations/share-cards/card-workers.ts');
  const theme = m.cardTheme(readFileSync('src/styles/tokens.css', 'utf8'));
  const fonts = m.createFontSource();
  const requests = requestsFor(m, count);
  const dir = mkdtempSync(path.join(tmpdir(), 'share-cards-bench-'));
  const options = { outDir: path.join(dir, 'out'), cacheDir: path.join(dir, 'cache'), theme, fonts, rendererVersions: m.rendererVersions() };
  const cpu = process.cpuUsage();
  const start = performance.now();
  const workers = threads > 0 ? createCardWorkers({ theme, threads }) : undefined;
  const files = await m.writeCards(requests, { ...options, ...(workers ? { render: workers.render, concurrency: workers.size } : {}) });
  await workers?.close();
  const coldMs = ms(start);
  const coldCpuMs = cpuMs(cpu);
  const again = performance.now();
  const second = await m.writeCards(requests, options);
  const bytes = files.map((f) => f.bytes);
  rmSync(dir, { recursive: true, force: true });
  return {
    cards: files.length,
    drawnFirst: files.filter((f) => f.rendered).length,
    coldMs,
    coldCpuMs,
    drawnSecond: second.filter((f) => f.rendered).length,
    cachedMs: ms(again),
    meanBytes: Math.round(bytes.reduce((a, b) => a + b, 0) / bytes.length),
    maxBytes: Math.max(...bytes),
    peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
  };
}

/** Runs one measurement in a fresh process, so each starts cold. */
function inFreshProcess(mode: string): Record<string, number> {
  const child = spawnSync(process.execPath, [import.meta.filename, mode], { encoding: 'utf8', env: process.env });
  if (child.status !== 0) throw new Error(`${mode} failed: ${child.stderr}`);
  return JSON.parse(child.stdout.trim().split('\n').at(-1) ?? '{}') as Record<string, number>;
}

const [mode] = process.argv.slice(2);
const count = Number(process.env['SHARE_CARDS'] ?? 200);
if (mode === 'single') console.log(JSON.stringify(await single()));
else if (mode?.startsWith('batch-')) console.log(JSON.stringify(await batch(count, Number(mode.slice(6)))));
else {
  console.log(`Share cards on ${process.env['HOSTNAME'] ?? 'this machine'}, load average ${loadavg()[0]?.toFixed(1)} at start`);
  console.log('one card   ', inFreshProcess('single'));
  console.log('one thread ', inFreshProcess('batch-0'));
  console.log('2 threads  ', inFreshProcess('batch-2'));
  console.log(`load average ${loadavg()[0]?.toFixed(1)} at the end (above 2 on 2 cores, wall times are inflated; CPU times are not)`);
}
