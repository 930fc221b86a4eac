/**
 * Helpers for the figures: ids, text wrapping for SVG (which cannot wrap text itself), and the
 * references a figure points to, resolved from the bibliography so years and links never drift.
 */
import type { Reference } from '../schemas/reference.ts';
import type { FigureName, FigureOf } from '../schemas/figure.ts';
import { referenceHref, referenceYear, shortLabel } from './references.ts';
import { checked } from './checked.ts';

/** The ids a figure puts on the page: its anchor, its title and its description. */
export function figureIds(name: FigureName) {
  const figure = `figure-${name}`;
  return { figure, title: `${figure}-title`, description: `${figure}-description` };
}

/** Average width of a character of drawing text (14px; bold adds about a tenth), for wrapping. */
export const CHAR_WIDTH = 7.4;

/** How many characters fit in `width` pixels of drawing text. */
export const charsIn = (width: number, bold = false) => Math.floor(width / (bold ? CHAR_WIDTH * 1.12 : CHAR_WIDTH));

/**
 * Breaks text into lines of at most `width` characters, at spaces; a longer word gets a line of
 * its own. Characters, not pixels: the drawings leave room for wide letters.
 */
export function wrapText(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/** A reference as a figure shows it: "Berman et al., 2000", linked to its entry on the references page. */
export interface SourceLink {
  key: string;
  label: string;
  year: number | undefined;
  href: string;
}

/** Resolves reference keys (the content preflight checked that each names a record). */
export function sourceLinks(keys: readonly string[], references: ReadonlyMap<string, Reference>, figure: FigureName): SourceLink[] {
  return keys.map((key) => {
    const reference = checked(references.get(key), `Reference "${key}" (cited by figure "${figure}")`);
    return { key, label: shortLabel(reference), year: referenceYear(reference), href: referenceHref(key, false) };
  });
}

/** A timeline point: its year comes from the reference, never from the figure data. */
export interface TimelineEvent extends SourceLink {
  year: number;
  text: string;
  highlight: boolean;
}

/** The timeline's points in date order (the content preflight checked that each reference has a year). */
export function timelineEvents(figure: FigureOf<'timeline'>, references: ReadonlyMap<string, Reference>): TimelineEvent[] {
  return figure.events
    .map((event) => {
      const [link] = sourceLinks([event.ref], references, 'timeline') as [SourceLink];
      return { ...link, year: checked(link.year, `The year of timeline point "${event.ref}"`), text: event.text, highlight: event.highlight };
    })
    .sort((a, b) => a.year - b.year);
}

/** The description as paragraphs (separated by a blank line in the data). */
export const paragraphs = (text: string): string[] =>
  text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
