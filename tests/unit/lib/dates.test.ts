import { afterEach, describe, expect, test, vi } from 'vitest';
import { isoDay, longDate, partialDate, shortDate } from '../../../src/lib/dates.ts';

describe('dates for readers', () => {
  afterEach(() => vi.restoreAllMocks());

  test('a day is written out in full, whatever the machine time zone', () => {
    expect(longDate('2026-11-26')).toBe('26 November 2026');
    expect(longDate('2026-03-05')).toBe('5 March 2026');
    expect(shortDate('2026-09-05')).toBe('5 Sept 2026');
  });

  test('Japanese pages write the year, month and day in Japanese, the short form as in full', () => {
    expect(longDate('2026-12-02', 'ja')).toBe('2026年12月2日');
    expect(shortDate('2026-12-02', 'ja')).toBe('2026年12月2日');
    expect(longDate('2027-01-01', 'ja')).toBe('2027年1月1日');
  });

  test('a date known only to the month or the year says no more than it knows', () => {
    expect(partialDate([2026, 3, 5])).toBe('5 March 2026');
    expect(partialDate([2026, 3])).toBe('March 2026');
    expect(partialDate([2026])).toBe('2026');
    expect(partialDate([2026, 3, 5], 'ja')).toBe('2026年3月5日');
    expect(partialDate([2026, 3], 'ja')).toBe('2026年3月');
    expect(partialDate([2026], 'ja')).toBe('2026年');
  });

  test('one formatter per language and style, not one per date', () => {
    const made = vi.spyOn(Intl, 'DateTimeFormat');
    for (const day of ['2026-01-02', '2026-02-03', '2026-03-04']) {
      longDate(day, 'ja');
      shortDate(day);
    }
    longDate('2026-04-05', 'ja');
    // At most the two used here (ja long, en short), and none for the dates after the first of each.
    expect(made.mock.calls.length).toBeLessThanOrEqual(2);
  });

  test('CSL date-parts become an ISO day only when the day is known', () => {
    expect(isoDay([2026, 3, 5])).toBe('2026-03-05');
    expect(isoDay([2019, 3])).toBeUndefined();
    expect(isoDay(undefined)).toBeUndefined();
  });
});
