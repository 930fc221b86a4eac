import { describe, expect, test } from 'vitest';
import { buildAzIndex, sortText } from '../../../../src/lib/search/az-index.ts';

const link = (href: string, label = 'Glossary') => ({ href, label });

describe('the A–Z index', () => {
  test('entries are filed by their first letter, ignoring a leading bracketed prefix', () => {
    expect(sortText('[11C]K-2')).toBe('K-2');
    expect(sortText('The study in one paragraph')).toBe('study in one paragraph');
    expect(sortText('Theory')).toBe('Theory');
    const groups = buildAzIndex([
      { term: 'Synapse', links: [link('/glossary/#synapse')] },
      { term: '[11C]K-2', links: [link('/glossary/#k-2')] },
      { term: 'AMPAR', see: 'AMPA receptor', links: [link('/glossary/#ampa-receptor')] },
      { term: 'AMPA receptor', links: [link('/glossary/#ampa-receptor')] },
      { term: 'Ängste', links: [link('/a/')] },
    ]);
    expect(groups.map((g) => [g.letter, g.id, g.entries.map((e) => e.term)])).toEqual([
      ['A', 'az-a', ['AMPA receptor', 'AMPAR', 'Ängste']],
      ['K', 'az-k', ['[11C]K-2']],
      ['S', 'az-s', ['Synapse']],
    ]);
  });

  test('the same term from several places is one entry with every link once', () => {
    const [group] = buildAzIndex([
      { term: 'ketamine', links: [link('/articles/a/', 'A')] },
      { term: 'Ketamine', links: [link('/articles/b/', 'B'), link('/articles/a/', 'A')] },
    ]);
    expect(group?.entries).toEqual([{ term: 'Ketamine', links: [link('/articles/a/', 'A'), link('/articles/b/', 'B')] }]);
  });

  test('entries starting with a digit or another script come last, under #', () => {
    const groups = buildAzIndex([
      { term: '2000 trial', links: [link('/x/')] },
      { term: 'ケタミン', links: [link('/y/')] },
      { term: 'Zebra', links: [link('/z/')] },
    ]);
    expect(groups.map((g) => g.letter)).toEqual(['Z', '#']);
    expect(groups[1]?.id).toBe('az-other');
  });
});
