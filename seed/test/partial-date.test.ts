import { describe, expect, it } from 'vitest';
import { endsBeforeStart, parsePartialDate } from '../src/partial-date.ts';

describe('partial dates', () => {
  it.each(['2019', '2019-05', '2019-05-31', '2020-02-29'])('accepts %s', (value) => {
    expect(parsePartialDate(value)).toEqual(value.split('-').map(Number));
  });

  it.each([
    '2019-13',
    '2019-00',
    '2019-5',
    '2019-02-30',
    '2019-04-31',
    '19',
    '2019.01',
    'May 2019',
    '2019-05-01T00:00',
    '',
  ])('refuses %j', (value) => {
    expect(parsePartialDate(value)).toBeUndefined();
  });

  it('compares at the precision both dates share', () => {
    const date = (value: string) => parsePartialDate(value) as number[];
    expect(endsBeforeStart(date('2018-05'), date('2018-04'))).toBe(true);
    expect(endsBeforeStart(date('2018-05'), date('2017'))).toBe(true);
    expect(endsBeforeStart(date('2018-05'), date('2018'))).toBe(false);
    expect(endsBeforeStart(date('2018'), date('2018-01'))).toBe(false);
    expect(endsBeforeStart(date('2018-05-02'), date('2018-05-01'))).toBe(true);
    expect(endsBeforeStart(date('2018-05'), date('2018-05'))).toBe(false);
  });
});
