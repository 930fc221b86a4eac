import { describe, expect, test } from 'vitest';
import { isoDay, longDate, shortDate } from '../../../src/lib/dates.ts';

describe('dates for readers', () => {
  test('a day is written out in full, whatever the machine time zone', () => {
    expect(longDate('2026-11-26')).toBe('26 November 2026');
    expect(longDate('2026-03-05')).toBe('5 March 2026');
    expect(shortDate('2026-09-05')).toBe('5 Sept 2026');
  });

  test('in Japanese, a day is written as year, month and day (2026年3月5日)', () => {
    expect(longDate('2026-03-05', 'ja')).toBe('2026年3月5日');
    expect(longDate('2026-11-26', 'en')).toBe('26 November 2026');
  });

  test('CSL date-parts become an ISO day only when the day is known', () => {
    expect(isoDay([2026, 3, 5])).toBe('2026-03-05');
    expect(isoDay([2019, 3])).toBeUndefined();
    expect(isoDay(undefined)).toBeUndefined();
  });
});
