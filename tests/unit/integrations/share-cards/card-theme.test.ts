import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { cardTheme } from '../../../../src/integrations/share-cards/card-theme.ts';

describe('the card theme', () => {
  test("takes the light value of the site's own tokens", () => {
    const css = readFileSync(new URL('../../../../src/styles/tokens.css', import.meta.url), 'utf8');
    const theme = cardTheme(css);
    // Every colour is a hex colour from the palette, none a light-dark() or var() left unresolved.
    for (const colour of [theme.background, theme.text, theme.muted, theme.accent, theme.border, ...Object.values(theme.certainty)]) {
      expect(colour).toMatch(/^#[0-9a-f]{6}$/i);
    }
    expect(theme.certainty.consistent).toBe(theme.certainty.human);
  });

  test('resolves light-dark() and var() chains', () => {
    const css =
      ':root { --ev-a: #111111; --ev-color-bg: light-dark(var(--ev-a), #222222); --ev-color-text: var(--ev-color-bg); --ev-color-text-muted: #333; --ev-color-accent: light-dark(#444, var(--ev-a)); --ev-color-border: #555;' +
      ['established', 'human', 'consistent', 'animal', 'hypothesis'].map((l) => ` --ev-color-certainty-${l}: #666;`).join('') +
      ' }';
    expect(cardTheme(css)).toMatchObject({ background: '#111111', text: '#111111', muted: '#333', accent: '#444', border: '#555' });
  });

  test('a missing token is an error naming it, not a guessed colour', () => {
    expect(() => cardTheme(':root { --ev-color-bg: #fff; }')).toThrow(
      'src/styles/tokens.css: --ev-color-certainty-established is not defined, and the share card needs it.',
    );
  });
});
