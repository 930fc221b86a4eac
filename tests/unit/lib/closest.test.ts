import { describe, expect, test } from 'vitest';
import { closest } from '../../../src/lib/closest.ts';

describe('closest', () => {
  const keys = ['berman2000', 'zarate2006', 'takahashi2026', 'pet'];

  test('names the known key a typo was meant to be', () => {
    expect(closest('bermann2000', keys)).toBe('berman2000');
    expect(closest('takahasi2026', keys)).toBe('takahashi2026');
  });

  test('names none when nothing is plausibly the same word', () => {
    expect(closest('miyazaki2020', keys)).toBeUndefined();
  });

  test('short keys allow two edits: "pte" is "pet", "xyz" is nothing', () => {
    expect(closest('pte', keys)).toBe('pet');
    expect(closest('xyz', keys)).toBeUndefined();
  });
});
