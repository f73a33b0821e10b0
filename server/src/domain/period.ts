import { dayNumberOf, partialDateDays } from '@cohort/seed';
import type { OverlapStatus } from '../generated/resolvers.ts';

/**
 * Period arithmetic over partial dates ("2019", "2019-05", "2019-05-01"). A partial start
 * means the first day it names and a partial end the last, so a year-only period covers the
 * whole year; an open end means "still there", which runs to the present.
 */

export interface Period {
  start: string | null;
  end: string | null;
}

/** A span of whole days, keeping the partial dates it was made from. */
interface Span {
  from: number;
  to: number;
  start: string;
  /** null: open, runs to the present. */
  end: string | null;
}

/** A period as days; undefined when it cannot be placed in time (no start, or unreadable). */
function toSpan(period: Period, today: number): Span | undefined {
  if (period.start === null) return undefined;
  const start = partialDateDays(period.start);
  if (!start) return undefined;
  if (period.end === null) return { from: start.first, to: today, start: period.start, end: null };
  const end = partialDateDays(period.end);
  if (!end) return undefined;
  return { from: start.first, to: end.last, start: period.start, end: period.end };
}

/** When one person was somewhere: their spans there, with touching or overlapping ones joined. */
function presence(periods: Period[], today: number): Span[] {
  const spans = periods
    .map((period) => toSpan(period, today))
    .filter((span): span is Span => span !== undefined && span.from <= span.to)
    .sort((a, b) => a.from - b.from);
  const joined: Span[] = [];
  for (const span of spans) {
    const last = joined.at(-1);
    if (last && span.from <= last.to + 1) {
      if (span.to > last.to || (span.to === last.to && span.end === null)) {
        last.to = span.to;
        last.end = span.end;
      }
    } else {
      joined.push({ ...span });
    }
  }
  return joined;
}

function intersect(a: Span, b: Span): Span | undefined {
  const from = Math.max(a.from, b.from);
  const to = Math.min(a.to, b.to);
  if (from > to) return undefined;
  return {
    from,
    to,
    start: pickLabel(a.from, a.start, b.from, b.start, from),
    end: a.to === to && b.to === to ? knownOrPrecise(a.end, b.end) : a.to === to ? a.end : b.end,
  };
}

/** Of two labels naming the same bound, the more precise one. */
function pickLabel(aDay: number, a: string, bDay: number, b: string, day: number): string {
  if (aDay === day && bDay === day) return a.length >= b.length ? a : b;
  return aDay === day ? a : b;
}

/** Two ends on the same day: a stated date rather than "still there", and the more precise one. */
function knownOrPrecise(a: string | null, b: string | null): string | null {
  if (a === null || b === null) return a ?? b;
  return a.length >= b.length ? a : b;
}

export interface SharedTime {
  overlap: Period | null;
  status: OverlapStatus;
}

/**
 * When everyone was there at once. Each person may have several periods at the place; the
 * overlap is the longest stretch all of them share (the latest when two are as long).
 * Without one, the status says whether the dates rule it out (APART) or a period that cannot
 * be placed in time (no start, or unreadable) might have held it (UNKNOWN). The people whose
 * every period is placed decide APART alone: if they never met, nobody else's dates matter.
 */
export function sharedTime(periodsPerPerson: Period[][], today: Date = new Date()): SharedTime {
  const todayNumber = dayNumberOf(today);
  const people = periodsPerPerson.map((periods) => ({
    spans: presence(periods, todayNumber),
    placed: periods.every((period) => toSpan(period, todayNumber) !== undefined),
  }));
  const shared = common(people.map((person) => person.spans));
  if (shared.length > 0) {
    const best = shared.reduce((a, b) => (b.to - b.from >= a.to - a.from ? b : a));
    return { overlap: { start: best.start, end: best.end }, status: 'OVERLAPPED' };
  }
  const placed = people.filter((person) => person.placed);
  const apart = placed.length > 0 && common(placed.map((person) => person.spans)).length === 0;
  return { overlap: null, status: apart ? 'APART' : 'UNKNOWN' };
}

/** The stretches every one of the people's presences share. */
function common(presences: Span[][]): Span[] {
  const [first, ...others] = presences;
  let shared = first ?? [];
  for (const spans of others) {
    shared = shared.flatMap((a) => spans.map((b) => intersect(a, b)).filter((s): s is Span => s !== undefined));
  }
  return shared;
}
