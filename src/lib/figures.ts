/**
 * Helpers for the figures: ids, text wrapping for SVG (which cannot wrap text itself), and the
 * references a figure points to, resolved from the bibliography so years and links never drift.
 */
import type { Reference } from '../schemas/reference.ts';
import type { FigureName, FigureOf } from '../schemas/figure.ts';
import { referenceHref, referenceYear, shortLabel } from './references.ts';

const FIGURES_FILE = 'content/figures/figures.yaml';

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

/** Resolves reference keys; an unknown key fails the build naming the figure and the key. */
export function sourceLinks(keys: readonly string[], references: ReadonlyMap<string, Reference>, figure: FigureName): SourceLink[] {
  return keys.map((key) => {
    const reference = references.get(key);
    if (!reference) {
      throw new Error(`${FIGURES_FILE}: figure "${figure}" cites "${key}", which is not in content/references/references.json. Fix the key or add the reference.`);
    }
    return { key, label: shortLabel(reference), year: referenceYear(reference), href: referenceHref(key, false) };
  });
}

/** A timeline point: its year comes from the reference, never from the figure data. */
export interface TimelineEvent extends SourceLink {
  year: number;
  text: string;
  highlight: boolean;
}

/** The timeline's points in date order; a reference without a verified year fails the build. */
export function timelineEvents(figure: FigureOf<'timeline'>, references: ReadonlyMap<string, Reference>): TimelineEvent[] {
  return figure.events
    .map((event) => {
      const [link] = sourceLinks([event.ref], references, 'timeline') as [SourceLink];
      if (link.year === undefined) {
        throw new Error(`${FIGURES_FILE}: timeline point "${event.ref}" has no verified year in references.json, so it cannot be placed on the timeline.`);
      }
      return { ...link, year: link.year, text: event.text, highlight: event.highlight };
    })
    .sort((a, b) => a.year - b.year);
}

/** The description as paragraphs (separated by a blank line in the data). */
export const paragraphs = (text: string): string[] => text.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);
