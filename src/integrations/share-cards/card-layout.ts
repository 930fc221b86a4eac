/**
 * What a share card shows and how it is laid out, as the element tree satori draws: the site's
 * name, the place's heading (large), the article's title, and the evidence label when the place
 * has one, on the site's paper colour with its teal accent. Pure: no fonts or files here.
 */
import type { Certainty } from '../../schemas/labels.ts';
import type { CardTheme } from './card-theme.ts';
import { isJapanese, japanesePhrases } from './clip-text.ts';

/** What one card shows. Everything here is part of the card's cache key. */
export interface CardContent {
  /** The large words: a section's heading, or a page's title on a page-level card. */
  heading: string;
  /** Small words above the heading: for a claim, the heading of the section it sits in. */
  context?: string | undefined;
  /** The article the place belongs to; none on a page-level card. */
  articleTitle?: string | undefined;
  siteName: string;
  /** The certainty label, as the page words it. */
  label?: { level: Certainty; text: string; strength: number } | undefined;
  /** The page's language: Japanese headings wrap between phrases. */
  lang: string;
}

/** An element as satori takes it (the shape of a React element, without React). */
export interface CardNode {
  type: 'div';
  props: { style: Record<string, string | number>; children?: string | CardNode | Array<string | CardNode> | undefined };
}

/** A card's size in pixels. */
export interface CardSize {
  width: number;
  height: number;
}

/** The size link previewers ask for (1.91:1). */
export const CARD_SIZE: CardSize = { width: 1200, height: 630 };

const div = (style: CardNode['props']['style'], children?: CardNode['props']['children']): CardNode => ({ type: 'div', props: { style, children } });

/** The words the card draws in each weight, to choose its fonts: bold for the name, heading and label. */
export const cardText = (card: CardContent): Record<400 | 700, string> => ({
  400: [card.context, card.articleTitle].filter(Boolean).join('\n'),
  700: [card.siteName, card.heading, card.label?.text].filter(Boolean).join('\n'),
});

/** The card described in words, for `og:image:alt`: what it shows, in reading order. */
export const cardAlt = (card: CardContent, separator: string) =>
  [card.context, card.heading, card.articleTitle, card.label?.text, card.siteName].filter(Boolean).join(separator);

/** The card's element tree for satori, with `families` naming the fonts loaded for it, by weight. */
export function cardElement(card: CardContent, theme: CardTheme, families: Record<400 | 700, string>, size: CardSize = CARD_SIZE): CardNode {
  const scale = size.width / CARD_SIZE.width;
  const px = (n: number) => Math.round(n * scale);
  const regular = families[400];
  const bold = { fontFamily: families[700], fontWeight: 700 };
  const middle = [
    card.context
      ? div({ display: 'flex', fontFamily: regular, fontSize: px(30), color: theme.muted, marginBottom: px(14) }, wrapable(card.context, card.lang))
      : undefined,
    div({ display: 'block', ...bold, fontSize: px(headingSize(card.heading)), lineHeight: 1.22, lineClamp: 3 }, wrapable(card.heading, card.lang)),
    card.articleTitle
      ? div(
          { display: 'block', fontFamily: regular, fontSize: px(32), color: theme.muted, lineHeight: 1.35, marginTop: px(26), lineClamp: 2 },
          wrapable(card.articleTitle, card.lang),
        )
      : undefined,
  ].filter((n): n is CardNode => n !== undefined);
  return div(
    {
      display: 'flex',
      flexDirection: 'column',
      width: size.width,
      height: size.height,
      boxSizing: 'border-box',
      padding: `${px(52)}px ${px(80)}px ${px(56)}px`,
      background: theme.background,
      color: theme.text,
      borderTop: `${px(14)}px solid ${theme.accent}`,
    },
    [
      div({ display: 'flex', ...bold, fontSize: px(28), color: theme.accent }, card.siteName),
      div({ display: 'flex', flexDirection: 'column', justifyContent: 'center', flexGrow: 1 }, middle),
      div({ display: 'flex', ...bold, minHeight: px(60), alignItems: 'center' }, card.label ? labelElement(card.label, theme, px) : []),
    ],
  );
}

/** The certainty label as the page draws it: a pill in the level's colour with three dots, filled by strength. */
function labelElement(label: NonNullable<CardContent['label']>, theme: CardTheme, px: (n: number) => number): CardNode {
  const colour = theme.certainty[label.level];
  // Weaker levels are drawn dotted or dashed on the page too, so the level is not told by colour alone.
  const borderStyle = label.level === 'consistent' ? 'dotted' : label.level === 'hypothesis' ? 'dashed' : 'solid';
  const dot = (filled: boolean) =>
    div({
      display: 'flex',
      width: px(18),
      height: px(18),
      borderRadius: '50%',
      border: `${px(2.5)}px solid ${colour}`,
      background: filled ? colour : 'transparent',
    });
  return div(
    {
      display: 'flex',
      alignItems: 'center',
      gap: px(8),
      padding: `${px(8)}px ${px(26)}px`,
      border: `${px(3)}px ${borderStyle} ${colour}`,
      borderRadius: px(999),
      color: colour,
      fontSize: px(28),
    },
    [dot(label.strength >= 1), dot(label.strength >= 2), dot(label.strength >= 3), div({ display: 'flex', marginLeft: px(10) }, label.text)],
  );
}

/**
 * Heading size by how wide the words are (a Japanese character is about twice a Latin letter):
 * short headings large, long ones smaller, so most fit in two or three lines.
 */
export function headingSize(text: string): number {
  const width = Array.from(text).reduce((sum, ch) => sum + (/[\u3000-\u9fff\uff00-\uffef]/u.test(ch) ? 1 : 0.55), 0);
  if (width <= 20) return 76;
  if (width <= 36) return 66;
  if (width <= 56) return 58;
  return 50;
}

/** Word joiner: no line break on either side of it (UAX #14), and no glyph. */
const WORD_JOINER = '\u2060';

/**
 * Japanese text that breaks only between phrases: a word joiner between the characters of each
 * BudouX phrase. Other languages already break at spaces.
 */
export function wrapable(text: string, lang: string): string {
  if (!isJapanese(lang)) return text;
  return japanesePhrases(text)
    .map((phrase) => Array.from(phrase).join(WORD_JOINER))
    .join('');
}
