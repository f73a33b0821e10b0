import { describe, expect, it } from 'vitest';
import { isPartialDate } from '@cohort/seed';
import { sharedTime, type Period } from '../src/domain/period.ts';

const today = new Date('2026-03-15T12:00:00Z');
const p = (start: string | null, end: string | null) => ({ start, end });
const overlapOf = (periodsPerPerson: Period[][], at: Date) => sharedTime(periodsPerPerson, at).overlap;
const statusOf = (periodsPerPerson: Period[][]) => sharedTime(periodsPerPerson, today).status;

describe('partial dates', () => {
  it('accepts a year, a month or a day, and nothing else', () => {
    expect(['2019', '2019-05', '2019-05-01', '2020-02-29'].every(isPartialDate)).toBe(true);
    expect(['19', '2019-13', '2019-5', '2019-02-30', '2021-02-29', 'May 2019', ''].some(isPartialDate)).toBe(false);
  });
});

describe('the period several people shared', () => {
  it('treats a year-only date as the whole year', () => {
    // One left in 2017 (some time that year), the other arrived in December 2017.
    expect(overlapOf([[p('2013-08', '2017')], [p('2017-12', '2020')]], today)).toEqual(p('2017-12', '2017'));
    // Arriving in 2017 and leaving in January 2017 still overlap, in January.
    expect(overlapOf([[p('2017', '2019')], [p('2015', '2017-01')]], today)).toEqual(p('2017', '2017-01'));
  });

  it('runs an open end to the present, and keeps it open', () => {
    expect(overlapOf([[p('2012', null)], [p('2014', null)]], today)).toEqual(p('2014', null));
    expect(overlapOf([[p('2019-05', null)], [p('2010', '2019')]], today)).toEqual(p('2019-05', '2019'));
  });

  it('does not reach past the present', () => {
    expect(overlapOf([[p('2027', null)], [p('2010', null)]], today)).toBeNull();
    expect(overlapOf([[p('2020', '2030')], [p('2025', null)]], today)).toEqual(p('2025', null));
  });

  it('is null when the periods do not meet', () => {
    expect(overlapOf([[p('2013-08', '2017-07')], [p('2017-08', '2019-07')]], today)).toBeNull();
  });

  it('is null when a period cannot be placed in time', () => {
    expect(overlapOf([[p('2013-08', '2017-07')], [p(null, '2019-07')]], today)).toBeNull();
    expect(overlapOf([[p('2013-08', '2017-07')], [p(null, null)]], today)).toBeNull();
    expect(overlapOf([[p('2013-08', '2017-07')], [p('sometime', '2019')]], today)).toBeNull();
  });

  it('uses the periods it can place when a person has several', () => {
    expect(overlapOf([[p(null, null), p('2012', null)], [p('2014', null)]], today)).toEqual(p('2014', null));
  });

  it('joins back-to-back periods of one person before comparing', () => {
    // A master's then a PhD at one university: one stay from 2014-09 to 2021-06.
    const stays = [p('2014-09', '2018-06'), p('2018-07', '2021-06')];
    expect(overlapOf([stays, [p('2016', '2020')]], today)).toEqual(p('2016', '2020'));
  });

  it('picks the longest stretch when people met more than once', () => {
    const visits = [p('2018-07', '2018-10'), p('2019-06', '2019-09')];
    expect(overlapOf([visits, [p('2018', '2019-12')]], today)).toEqual(p('2018-07', '2018-10'));
    expect(overlapOf([visits, [p('2018-10', '2019-12')]], today)).toEqual(p('2019-06', '2019-09'));
  });

  it('needs everyone there at once', () => {
    const three = [[p('2010', '2015')], [p('2012', '2020')], [p('2014-06', null)]];
    expect(overlapOf(three, today)).toEqual(p('2014-06', '2015'));
    expect(overlapOf([...three, [p('2016', '2017')]], today)).toBeNull();
  });

  it('prefers the more precise of two dates naming the same day', () => {
    expect(overlapOf([[p('2019-01', '2019-12')], [p('2019', '2019-12-31')]], today)).toEqual(
      p('2019-01', '2019-12-31'),
    );
  });
});

describe('why people did or did not share a period', () => {
  it('says OVERLAPPED whenever there is an overlap, even beside a period it cannot place', () => {
    expect(statusOf([[p('2012', null)], [p('2014', null)]])).toBe('OVERLAPPED');
    expect(statusOf([[p(null, null), p('2012', null)], [p('2014', null)]])).toBe('OVERLAPPED');
  });

  it('says APART when every date is known and the periods never meet', () => {
    expect(statusOf([[p('2013-08', '2017-07')], [p('2017-08', '2019-07')]])).toBe('APART');
    // Not there yet counts as known: a start after today never meets anyone.
    expect(statusOf([[p('2027', null)], [p('2010', null)]])).toBe('APART');
    expect(statusOf([[p('2010', '2015')], [p('2012', '2020')], [p('2016', '2017')]])).toBe('APART');
  });

  it('says UNKNOWN when a missing or unreadable date could hide an overlap', () => {
    // Qianhao Zhang at Beihang: only the month he graduated.
    expect(statusOf([[p('2013-08', '2017-07')], [p(null, '2019-07')]])).toBe('UNKNOWN');
    expect(statusOf([[p('2013-08', '2017-07')], [p('sometime', '2019')]])).toBe('UNKNOWN');
    // The known periods do not meet, but the undated one might have.
    expect(statusOf([[p('2013', '2014'), p(null, null)], [p('2016', '2017')]])).toBe('UNKNOWN');
  });

  it('says APART when the people with known dates already never met, whatever the others', () => {
    expect(statusOf([[p('2010', '2011')], [p('2015', '2016')], [p(null, '2019')]])).toBe('APART');
  });
});
