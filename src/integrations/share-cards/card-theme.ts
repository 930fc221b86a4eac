/**
 * The card's colours, taken from the site's own design tokens (src/styles/tokens.css), so a card
 * and the page it previews never drift apart. Cards are images: they cannot follow a reader's dark
 * mode, so each token's light value is used.
 */
import type { Certainty } from '../../schemas/labels.ts';

/** The colours a card is drawn with. */
export interface CardTheme {
  background: string;
  text: string;
  muted: string;
  accent: string;
  border: string;
  /** The colour of each certainty label, as on the page. */
  certainty: Record<Certainty, string>;
}

/** Which semantic token gives each colour (the names components use in tokens.css). */
const TOKENS = {
  background: '--ev-color-bg',
  text: '--ev-color-text',
  muted: '--ev-color-text-muted',
  accent: '--ev-color-accent',
  border: '--ev-color-border',
} as const;

/**
 * The theme from the text of tokens.css. Throws, naming the token, when one is missing: a card
 * drawn in a guessed colour would be a silent drift from the site.
 *
 * @example cardTheme(readFileSync('src/styles/tokens.css', 'utf8')).accent // '#0f6f75'
 */
export function cardTheme(tokensCss: string): CardTheme {
  const values = new Map([...tokensCss.matchAll(/(--ev-[\w-]+)\s*:\s*([^;]+);/g)].map((m) => [m[1] ?? '', (m[2] ?? '').trim()]));
  const colour = (name: string) => resolveLight(name, values, 0);
  const certainty = Object.fromEntries(
    (['established', 'human', 'consistent', 'animal', 'hypothesis'] as const).map((level) => [level, colour(`--ev-color-certainty-${level}`)]),
  ) as Record<Certainty, string>;
  return {
    background: colour(TOKENS.background),
    text: colour(TOKENS.text),
    muted: colour(TOKENS.muted),
    accent: colour(TOKENS.accent),
    border: colour(TOKENS.border),
    certainty,
  };
}

/** A token's light-mode value: `light-dark(a, b)` gives `a`, and `var(--x)` is followed. */
function resolveLight(name: string, values: Map<string, string>, depth: number): string {
  const value = values.get(name);
  if (value === undefined || depth > 8) throw new Error(`src/styles/tokens.css: ${name} is not defined, and the share card needs it.`);
  const light = /^light-dark\(\s*(.+?)\s*,\s*(?:var\([^)]*\)|[^,()]+)\s*\)$/.exec(value)?.[1] ?? value;
  const reference = /^var\(\s*(--ev-[\w-]+)\s*\)$/.exec(light)?.[1];
  return reference ? resolveLight(reference, values, depth + 1) : light;
}
