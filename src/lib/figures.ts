/**
 * Helpers for the figures: ids, text wrapping for SVG (which cannot wrap text itself), and the
 * references a figure points to, resolved from the bibliography so years and links never drift.
 */
import { Parser, jaModel } from 'budoux';
import type { Reference } from '../schemas/reference.ts';
import type { FigureName, FigureOf } from '../schemas/figure.ts';
import { sourceLinks as referenceSourceLinks, type SourceLink } from './references.ts';
import { checked } from './checked.ts';
import { DEFAULT_LOCALE, type Locale } from './site.ts';

/** The ids a figure puts on the page: its anchor, its title and its description. */
export function figureIds(name: FigureName) {
  const figure = `figure-${name}`;
  return { figure, title: `${figure}-title`, description: `${figure}-description` };
}

/** Average width of a character of drawing text (14px; bold adds about a tenth), for wrapping. */
export const CHAR_WIDTH = 7.4;

/** How many average characters fit in `width` pixels of drawing text. */
export const charsIn = (width: number, bold = false) => Math.floor(width / (bold ? CHAR_WIDTH * 1.12 : CHAR_WIDTH));

/**
 * A full-width character (kanji, kana, full-width punctuation and forms: East Asian Wide and
 * Fullwidth) is a whole em wide, 14px in 14px text, where an average Latin letter is CHAR_WIDTH:
 * it counts as this many average characters, at any size and weight.
 */
const WIDE = 14 / CHAR_WIDTH;
const WIDE_CHARACTER =
  /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua960-\ua97f\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;
/** Marks a line may not begin with in Japanese (kinsoku): they stay at the end of the line before. */
const NO_LINE_START = /^[、。，．）」』】〕〉》・ー：；？！ぁぃぅぇぉっゃゅょァィゥェォッャュョ〜]/u;

/** How wide text is, in average characters: `textWidth('PET検査')` is 3 + 2 × WIDE. */
export const textWidth = (text: string): number => Array.from(text).reduce((sum, c) => sum + (WIDE_CHARACTER.test(c) ? WIDE : 1), 0);

/** BudouX's Japanese model, set up on the first Japanese text (most figures are English). */
let japanese: Parser | undefined;

/** A space-free word as the pieces a line may break between: a Japanese one's phrases, any other whole. */
function phrases(word: string): string[] {
  if (!WIDE_CHARACTER.test(word)) return [word];
  japanese ??= new Parser(jaModel);
  return japanese.parse(word);
}

/**
 * Breaks text into lines at most `width` average characters wide (`charsIn`). English breaks at
 * spaces; Japanese, which has none, between the phrases BudouX finds (「ケタミンまたは｜プラセボを｜2週間、｜静脈に」),
 * so no word is split. A word wider than a line gets a line of its own; a Japanese phrase wider than
 * a line is broken between characters, never before a closing mark.
 */
export function wrapText(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const [i, word] of text.split(/\s+/).filter(Boolean).entries()) {
    for (const [j, phrase] of phrases(word).entries()) {
      const joined = line && i > 0 && j === 0 ? `${line} ${phrase}` : `${line}${phrase}`;
      if (line && textWidth(joined) > width) {
        lines.push(line);
        line = phrase;
      } else {
        line = joined;
      }
      while (WIDE_CHARACTER.test(line) && textWidth(line) > width) {
        const [head, rest] = splitWide(line, width);
        lines.push(head);
        line = rest;
      }
    }
  }
  if (line) lines.push(line);
  return lines;
}

/** A Japanese line cut where it fills `width`, the marks that may not start a line kept on the first part. */
function splitWide(line: string, width: number): [string, string] {
  const characters = Array.from(line);
  let end = 1;
  while (end < characters.length && textWidth(characters.slice(0, end + 1).join('')) <= width) end++;
  while (end < characters.length && NO_LINE_START.test(characters[end] ?? '')) end++;
  return [characters.slice(0, end).join(''), characters.slice(end).join('')];
}

export type { SourceLink };

/** Resolves a figure's reference keys (the content preflight checked that each names a record), as links to the references page in `locale`. */
export const sourceLinks = (
  keys: readonly string[],
  references: ReadonlyMap<string, Reference>,
  figure: FigureName,
  locale: Locale = DEFAULT_LOCALE,
): SourceLink[] => referenceSourceLinks(keys, references, `figure "${figure}"`, { locale });

/** A timeline point: its year comes from the reference, never from the figure data. */
export interface TimelineEvent extends SourceLink {
  year: number;
  text: string;
  highlight: boolean;
  /** Further records that report the point (the press release about a paper we could not read). */
  reportedBy: SourceLink[];
}

/** The timeline's points in date order (the content preflight checked that each reference has a year). */
export function timelineEvents(figure: FigureOf<'timeline'>, references: ReadonlyMap<string, Reference>, locale: Locale = DEFAULT_LOCALE): TimelineEvent[] {
  return figure.events
    .map((event) => {
      const [link] = sourceLinks([event.ref], references, 'timeline', locale) as [SourceLink];
      return {
        ...link,
        year: checked(link.year, `The year of timeline point "${event.ref}"`),
        text: event.text,
        highlight: event.highlight,
        reportedBy: sourceLinks(event.sources, references, 'timeline', locale),
      };
    })
    .sort((a, b) => a.year - b.year);
}

/**
 * Every reference the timeline rests on, for its "Sources" line: each point's own reference and the
 * records that report it, in the order of the points, then any the figure lists as a whole.
 */
export function timelineSources(figure: FigureOf<'timeline'>, references: ReadonlyMap<string, Reference>, locale: Locale = DEFAULT_LOCALE): SourceLink[] {
  const keys = [...timelineEvents(figure, references).flatMap((event) => [event.key, ...event.reportedBy.map((link) => link.key)]), ...figure.sources];
  return sourceLinks([...new Set(keys)], references, 'timeline', locale);
}

/** The description as paragraphs (separated by a blank line in the data). */
export const paragraphs = (text: string): string[] =>
  text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
