import { describe, expect, test } from 'vitest';
import type { z } from 'astro/zod';
import { pageSchema, translatedPageSchema } from '../../../src/schemas/page.ts';

const valid = {
  title: 'About this site',
  description: 'Who this site is for and how its evidence is checked.',
};
const translated = { ...valid, title: 'このサイトについて', translation: { source: '2026-12-06', sourceHash: '4d235b56df22' } };

const messages = (schema: z.ZodType, input: unknown) => {
  const result = schema.safeParse(input);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

describe("a page's prose: frontmatter", () => {
  test('a title and a description are enough; the lede is optional', () => {
    expect(pageSchema.parse(valid)).toEqual(valid);
    expect(pageSchema.parse({ ...valid, lede: 'What a 2026 study found, and what it does not show.' }).lede).toBe(
      'What a 2026 study found, and what it does not show.',
    );
  });

  test('says what is missing or wrong, in words an author can act on', () => {
    expect(messages(pageSchema, { title: 'About this site' })).toEqual([
      'description: description is required: one sentence for search engines and link previews',
    ]);
    expect(messages(pageSchema, { ...valid, lede: 'Short.' })).toEqual(['lede: lede should be a full sentence (at least 20 characters)']);
    // An article's fields have no meaning on a page: a page has no audience, takeaways or review dates.
    expect(messages(pageSchema, { ...valid, audience: 'everyone' })).toEqual([': Unrecognized key: "audience"']);
  });

  test('a translation records the English version it was made from, as an article does', () => {
    expect(translatedPageSchema.parse(translated).translation).toEqual({ source: '2026-12-06', sourceHash: '4d235b56df22' });
    expect(messages(translatedPageSchema, valid).map((message) => message.split(':')[0])).toEqual(['translation']);
    expect(messages(translatedPageSchema, { ...translated, translation: { source: '2026-12-06', sourceHash: 'ABC' } })).toEqual([
      "translation.sourceHash: translation.sourceHash must be 12 lowercase hex digits; npm run translations prints the English file's",
    ]);
  });
});
