// The one date module: today's date for the tools, and a CSL date in the two written forms.
import { describe, expect, test } from 'vitest';
import { highwireDate, isoDate, today } from '../../../src/lib/dates.ts';

describe('today', () => {
  test('is the local calendar day, zero-padded, even late in the evening', () => {
    expect(today(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
    expect(today(new Date(2026, 10, 23, 0, 1))).toBe('2026-11-23');
  });

  test('defaults to now', () => {
    expect(today()).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});

describe('a CSL date written out', () => {
  test('isoDate keeps the precision the source has, with hyphens', () => {
    expect(isoDate({ 'date-parts': [[2019, 6, 13]] })).toBe('2019-06-13');
    expect(isoDate({ 'date-parts': [[2017, 2]] })).toBe('2017-02');
    expect(isoDate({ 'date-parts': [[2018]] })).toBe('2018');
    expect(isoDate(undefined)).toBeUndefined();
  });

  test('highwireDate writes the same parts with slashes', () => {
    expect(highwireDate({ 'date-parts': [[2019, 6, 3]] })).toBe('2019/06/03');
    expect(highwireDate({ 'date-parts': [[2017, 2]] })).toBe('2017/02');
  });
});
