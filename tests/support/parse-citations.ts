/**
 * Parses BibTeX and RIS with citation-js (a real, independent parser) into CSL-JSON, so tests can
 * check that what the site offers for download is what a reference manager would read.
 * citation-js throws on a syntax error; forcing the input type stops it from guessing another format.
 */
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';

export type CslItem = Record<string, unknown> & { author?: Array<Record<string, string>> };

export const parseBibTeX = (text: string): CslItem[] => new Cite(text, { forceType: '@biblatex/text' }).data;
export const parseRIS = (text: string): CslItem[] => new Cite(text, { forceType: '@ris/file' }).data;
