import { describe, expect, test } from 'vitest';
import { glossaryTermSchema } from '../../../src/schemas/glossary.ts';

describe('glossary terms', () => {
  test('fills empty lists by default', () => {
    const term = glossaryTermSchema.parse({ id: 'synapse', term: 'Synapse', definition: 'The junction where one nerve cell signals to another.' });
    expect(term).toMatchObject({ abbreviations: [], aliases: [], related: [], autoLink: true });
  });

  test('refuses an id that is not kebab-case and an over-long definition', () => {
    const result = glossaryTermSchema.safeParse({ id: 'AMPA_receptor', term: 'AMPA receptor', definition: 'x'.repeat(401) });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.message)).toEqual([
      'glossary id must be lowercase words joined by hyphens, like "what-the-study-found"',
      'definition must be short: one or two sentences (400 characters at most)',
    ]);
  });
});
