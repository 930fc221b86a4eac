/**
 * Helpers for the figures: ids, text wrapping for SVG (which cannot wrap text itself), and the
 * references a figure points to, resolved from the bibliography so years and links never drift.
 */
import type { Reference } from '../schemas/reference.ts';
import type { FigureName, FigureOf } from '../schemas/figure.ts';
import { sourceLinks as referenceSourceLinks, type SourceLink } from './references.ts';
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

export type { SourceLink };

/** Resolves a figure's reference keys (the content preflight checked that each names a record). */
export const sourceLinks = (keys: readonly string[], references: ReadonlyMap<string, Reference>, figure: FigureName): SourceLink[] =>
  referenceSourceLinks(keys, references, `figure "${figure}"`);

/** A timeline point: its year comes from the reference, never from the figure data. */
export interface TimelineEvent extends SourceLink {
  year: number;
  text: string;
  highlight: boolean;
  /** Further records that report the point (the press release about a paper we could not read). */
  reportedBy: SourceLink[];
}

/** The timeline's points in date order (the content preflight checked that each reference has a year). */
export function timelineEvents(figure: FigureOf<'timeline'>, references: ReadonlyMap<string, Reference>): TimelineEvent[] {
  return figure.events
    .map((event) => {
      const [link] = sourceLinks([event.ref], references, 'timeline') as [SourceLink];
      return {
        ...link,
        year: checked(link.year, `The year of timeline point "${event.ref}"`),
        text: event.text,
        highlight: event.highlight,
        reportedBy: sourceLinks(event.sources, references, 'timeline'),
      };
    })
    .sort((a, b) => a.year - b.year);
}

/**
 * Every reference the timeline rests on, for its "Sources" line: each point's own reference and the
 * records that report it, in the order of the points, then any the figure lists as a whole.
 */
export function timelineSources(figure: FigureOf<'timeline'>, references: ReadonlyMap<string, Reference>): SourceLink[] {
  const keys = [...timelineEvents(figure, references).flatMap((event) => [event.key, ...event.reportedBy.map((link) => link.key)]), ...figure.sources];
  return sourceLinks([...new Set(keys)], references, 'timeline');
}

/** The description as paragraphs (separated by a blank line in the data). */
export const paragraphs = (text: string): string[] =>
  text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
