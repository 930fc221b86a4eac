import { describe, expect, test } from 'vitest';
import { rehypeGlossaryTerms } from '../../../src/plugins/rehype-glossary-terms.ts';

describe('glossary plugin options', () => {
  test('refuses a word listed for two terms, since a link could not tell them apart', () => {
    const terms = [
      { id: 'radiotracer', term: 'Radiotracer', definition: 'A radioactive substance a scan can follow.', aliases: ['tracer'] },
      { id: 'k-2', term: '[11C]K-2', definition: 'The tracer that binds AMPA receptors.', aliases: ['Tracer'] },
    ];
    expect(() => rehypeGlossaryTerms({ terms, href: '/glossary/' })).toThrow(
      'content/glossary/terms.yaml: "Tracer" is listed for both "radiotracer" and "k-2", so a glossary link could not tell them apart. Keep it on one term.',
    );
  });
});
