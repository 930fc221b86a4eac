/** Drawing on worker threads gives the same pictures as drawing in place, and fails loudly rather than hanging. */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { createFontSource } from '../../../../src/integrations/share-cards/card-fonts.ts';
import type { CardContent } from '../../../../src/integrations/share-cards/card-layout.ts';
import { cardTheme } from '../../../../src/integrations/share-cards/card-theme.ts';
import { createCardWorkers } from '../../../../src/integrations/share-cards/card-workers.ts';
import { renderCard } from '../../../../src/integrations/share-cards/render-card.ts';

const theme = cardTheme(readFileSync(new URL('../../../../src/styles/tokens.css', import.meta.url), 'utf8'));
const cards: CardContent[] = [
  { heading: 'The scans', articleTitle: 'What the ketamine AMPA-receptor PET study found', siteName: 'Ketamine & AMPA receptors', lang: 'en' },
  {
    heading: 'How the receptors were seen',
    siteName: 'Ketamine & AMPA receptors',
    lang: 'en',
    label: { level: 'animal', text: 'Animal evidence only', strength: 1 },
  },
  { heading: '参加した人', articleTitle: 'ケタミンとAMPA受容体のPET研究でわかったこと', siteName: 'ケタミンとAMPA受容体：エビデンス解説', lang: 'ja' },
];

describe('drawing on worker threads', () => {
  test('two threads draw the same PNGs as drawing in place', async () => {
    const workers = createCardWorkers({ theme, threads: 2 });
    try {
      expect(workers.size).toBe(2);
      const drawn = await Promise.all(cards.map((card) => workers.render(card)));
      const fonts = createFontSource();
      for (const [i, card] of cards.entries()) {
        const inPlace = await renderCard(card, { theme, fonts });
        expect(drawn[i]?.png.equals(inPlace.png), card.heading).toBe(true);
        expect(drawn[i]?.fontFiles).toEqual(inPlace.fontFiles);
      }
    } finally {
      await workers.close();
    }
  });

  test('a thread that cannot draw rejects the card with the reason', async () => {
    const workers = createCardWorkers({ theme, threads: 1, fontsDir: '/nonexistent-font-package' });
    try {
      await expect(workers.render(cards[0] as CardContent)).rejects.toThrow(/nonexistent-font-package/);
      await expect(workers.render(cards[0] as CardContent)).rejects.toThrow(/nonexistent-font-package/);
    } finally {
      await workers.close();
    }
  });
});
