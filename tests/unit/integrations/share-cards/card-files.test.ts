/**
 * The card cache: a first run draws each card once, a second run with nothing changed draws none,
 * and a changed card gets a new file name. Real cards, drawn by the real renderer, counted.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { createFontSource } from '../../../../src/integrations/share-cards/card-fonts.ts';
import { type CardRequest, cardFileName, cardKey, pruneCardCache, writeCards } from '../../../../src/integrations/share-cards/card-files.ts';
import { CARD_SIZE, type CardContent } from '../../../../src/integrations/share-cards/card-layout.ts';
import { cardTheme } from '../../../../src/integrations/share-cards/card-theme.ts';
import { renderCard } from '../../../../src/integrations/share-cards/render-card.ts';
import { checkCardImage } from '../../../support/unfurl.ts';

const root = mkdtempSync(path.join(tmpdir(), 'share-card-cache-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const theme = cardTheme(readFileSync(new URL('../../../../src/styles/tokens.css', import.meta.url), 'utf8'));
const fonts = createFontSource();
const site = 'Ketamine & AMPA receptors: an evidence explainer';
const requests: CardRequest[] = [
  {
    name: 'what-the-study-found--the-scans',
    card: { heading: 'The scans', articleTitle: 'What the ketamine AMPA-receptor PET study found', siteName: site, lang: 'en' },
  },
  {
    name: 'ja--what-the-study-found--what-the-team-reports',
    card: {
      heading: '研究チームが報告していること',
      articleTitle: 'ケタミンとAMPA受容体のPET研究でわかったこと',
      siteName: 'ケタミンとAMPA受容体：エビデンス解説',
      lang: 'ja',
    },
  },
];

/** writeCards with the real renderer, counting what it draws. */
async function run(wanted: readonly CardRequest[], outDir: string) {
  const drawn: string[] = [];
  const files = await writeCards(wanted, {
    outDir,
    cacheDir: path.join(root, 'cache'),
    theme,
    fonts,
    rendererVersions: ['satori@test', 'sharp@test'],
    render: (card) => {
      drawn.push(card.heading);
      return renderCard(card, { theme, fonts });
    },
  });
  return { files, drawn };
}

describe('writing cards', () => {
  test('the first run draws every card; the second, with nothing changed, draws none and gives the same files', async () => {
    const first = await run(requests, path.join(root, 'dist-1'));
    expect(first.drawn.sort()).toEqual(['The scans', '研究チームが報告していること']);
    expect(first.files.map((f) => f.rendered)).toEqual([true, true]);

    const second = await run(requests, path.join(root, 'dist-2'));
    expect(second.drawn).toEqual([]);
    expect(second.files.map((f) => f.rendered)).toEqual([false, false]);
    expect(second.files.map((f) => f.file)).toEqual(first.files.map((f) => f.file));
    for (const { file } of second.files) {
      expect((await checkCardImage(path.join(root, 'dist-2', file))).problems).toEqual([]);
      expect(readFileSync(path.join(root, 'dist-2', file)).equals(readFileSync(path.join(root, 'dist-1', file)))).toBe(true);
    }
  });

  test('file names carry the hash of what the card shows; a changed card gets a new name and is drawn', async () => {
    const [scans] = requests;
    if (!scans) throw new Error('no request');
    const changed = { ...scans, card: { ...scans.card, heading: 'The scans, corrected' } };
    const { files, drawn } = await run([scans, changed], path.join(root, 'dist-3'));
    expect(drawn).toEqual(['The scans, corrected']);
    expect(files[0]?.file).toMatch(/^what-the-study-found--the-scans\.[0-9a-f]{12}\.png$/);
    expect(files[1]?.file).not.toBe(files[0]?.file);
    expect(readdirSync(path.join(root, 'dist-3')).sort()).toEqual(files.map((f) => f.file).sort());
  });

  test('the same card asked twice is drawn once', async () => {
    const card: CardContent = { heading: 'Asked twice', siteName: site, lang: 'en' };
    const { drawn, files } = await run(
      [
        { name: 'a', card },
        { name: 'b', card },
      ],
      path.join(root, 'dist-4'),
    );
    expect(drawn).toEqual(['Asked twice']);
    expect(files.map((f) => f.key)).toEqual([files[0]?.key, files[0]?.key]);
  });

  test('the key changes with every input that changes the picture, and only with those', () => {
    const card: CardContent = {
      heading: 'H',
      articleTitle: 'A',
      siteName: 'S',
      lang: 'en',
      label: { level: 'human', text: 'Supported in humans', strength: 2 },
    };
    const context = { theme, size: CARD_SIZE, fontsVersion: 'f@1', rendererVersions: ['satori@1', 'sharp@1'] };
    const key = cardKey(card, context);
    expect(cardKey({ ...card }, { ...context })).toBe(key);
    for (const variant of [
      cardKey({ ...card, heading: 'H2' }, context),
      cardKey({ ...card, lang: 'ja' }, context),
      cardKey({ ...card, label: undefined }, context),
      cardKey({ ...card, context: 'C' }, context),
      cardKey(card, { ...context, size: { width: 600, height: 315 } }),
      cardKey(card, { ...context, fontsVersion: 'f@2' }),
      cardKey(card, { ...context, rendererVersions: ['satori@2', 'sharp@1'] }),
      cardKey(card, { ...context, theme: { ...theme, accent: '#000000' } }),
    ]) {
      expect(variant).not.toBe(key);
    }
    expect(cardFileName('x', key)).toBe(`x.${key.slice(0, 12)}.png`);
  });

  test('pruning removes cache entries no build has used for a while, and keeps the rest', async () => {
    const cache = path.join(root, 'cache');
    const entries = readdirSync(cache);
    expect(entries.length).toBeGreaterThan(2);
    const old = path.join(cache, entries[0] ?? '');
    const longAgo = new Date(Date.now() - 40 * 86_400_000);
    utimesSync(old, longAgo, longAgo);
    expect(await pruneCardCache(cache, 30)).toBe(1);
    expect(existsSync(old)).toBe(false);
    expect(readdirSync(cache)).toHaveLength(entries.length - 1);
  });
});
