import { describe, expect, test } from 'vitest';
import { formatDate, formatPeriod, touchesYears, yearOf } from '../src/lib/dates.ts';

describe('partial dates', () => {
  test('the year of a partial date', () => {
    expect(yearOf('2019')).toBe(2019);
    expect(yearOf('2019-05-01')).toBe(2019);
    expect(yearOf(null)).toBeNull();
    expect(yearOf('')).toBeNull();
    expect(yearOf('unknown')).toBeNull();
  });

  test('formatting shows as much as the source knew', () => {
    expect(formatDate('2019')).toBe('2019');
    expect(formatDate('2019-05')).toBe('May 2019');
    expect(formatDate('2019-12-31')).toBe('Dec 2019');
    expect(formatPeriod('2016-09', null)).toBe('Sep 2016 – present');
    expect(formatPeriod('2016', '2020-06')).toBe('2016 – Jun 2020');
    expect(formatPeriod(null, '2020')).toBe('until 2020');
    expect(formatPeriod(null, null)).toBe('dates unknown');
  });

  test('a period touches a range when they overlap by any year', () => {
    expect(touchesYears('2012-09', '2016-06', 2016, 2018)).toBe(true);
    expect(touchesYears('2012-09', '2016-06', 2017, 2018)).toBe(false);
    expect(touchesYears('2019', null, 2030, 2031)).toBe(true);
    expect(touchesYears(null, '2010', 2011, 2012)).toBe(false);
    expect(touchesYears(null, null, 1900, 1901)).toBe(true);
  });
});
