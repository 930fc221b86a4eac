import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';
import { FIGURE_NAMES, figureSchema } from '../../../src/schemas/figure.ts';

const figures = parse(readFileSync('content/figures/figures.yaml', 'utf8')) as Array<Record<string, unknown>>;
const valid = (id: string) => structuredClone(figures.find((f) => f['id'] === id) ?? {});

describe('figures', () => {
  test('the site has words and data for every figure it can draw, and they are valid', () => {
    expect(figures.map((f) => f['id']).sort()).toEqual([...FIGURE_NAMES].sort());
    for (const figure of figures) expect(figureSchema.safeParse(figure).error?.issues ?? []).toEqual([]);
  });

  test('refuses a figure the site cannot draw', () => {
    const result = figureSchema.safeParse({ ...valid('timeline'), id: 'brain-map' });
    expect(result.error?.issues.map((i) => i.message)).toEqual(['id must be one of the figures the site can draw: synapse, study-design, timeline, pet-scan']);
  });

  test('refuses an unknown certainty level, and two notes on one part of the synapse', () => {
    const unknownLevel = valid('synapse') as { notes: Array<Record<string, unknown>> };
    unknownLevel.notes[0] = { ...unknownLevel.notes[0], level: 'proven' };
    expect(figureSchema.safeParse(unknownLevel).error?.issues.map((i) => i.message)).toEqual([
      'level must be one of: established, human, consistent, animal, hypothesis',
    ]);

    const twoNotes = valid('synapse') as { notes: Array<Record<string, unknown>> };
    twoNotes.notes[1] = { ...twoNotes.notes[1], part: twoNotes.notes[2]?.['part'] };
    expect(figureSchema.safeParse(twoNotes).error?.issues.map((i) => i.message)).toEqual(['each part of the synapse can carry one note only']);
  });

  test('refuses a study design without exactly two groups, and a figure without a text alternative', () => {
    const figure = valid('study-design') as { groups: unknown[]; alt?: string };
    figure.groups = figure.groups.slice(0, 1);
    delete figure.alt;
    expect(figureSchema.safeParse(figure).error?.issues.map((i) => i.message)).toEqual([
      'alt is required',
      'the study design has exactly two groups: the patients, then the comparison group',
    ]);
  });
});
