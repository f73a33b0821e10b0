/**
 * Partial dates, the one form every date in the graph takes: a year (`2019`), a month
 * (`2019-05`) or a day (`2019-05-01`). The loader checks them and the server does period
 * arithmetic with them, both through this file.
 */

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
const DAY_MS = 86_400_000;

/** A year, year-month or full date, as its numeric parts; undefined when it is none of these. */
export function parsePartialDate(value: string): number[] | undefined {
  const match = PARTIAL_DATE.exec(value);
  if (!match) return undefined;
  const parts = match
    .slice(1)
    .filter((part): part is string => part !== undefined)
    .map(Number);
  const [year, month, day] = parts as [number, number | undefined, number | undefined];
  if (month !== undefined && (month < 1 || month > 12)) return undefined;
  if (day !== undefined) {
    const lastDay = new Date(Date.UTC(year, month ?? 1, 0)).getUTCDate();
    if (day < 1 || day > lastDay) return undefined;
  }
  return parts;
}

export function isPartialDate(value: string): boolean {
  return parsePartialDate(value) !== undefined;
}

/**
 * The first and last day (days since 1970-01-01, UTC) a partial date covers: a year runs from
 * 1 January to 31 December, a month from its first day to its last.
 */
export function partialDateDays(value: string): { first: number; last: number } | undefined {
  const parts = parsePartialDate(value);
  if (!parts) return undefined;
  const [year, month, day] = parts as [number, number | undefined, number | undefined];
  if (month === undefined) return { first: dayNumber(year, 1, 1), last: dayNumber(year + 1, 1, 1) - 1 };
  if (day === undefined) return { first: dayNumber(year, month, 1), last: dayNumber(year, month + 1, 1) - 1 };
  const date = dayNumber(year, month, day);
  return { first: date, last: date };
}

/** Today as a day number, comparable with partialDateDays(). */
export function dayNumberOf(date: Date): number {
  return Math.floor(date.getTime() / DAY_MS);
}

function dayNumber(year: number, month: number, day: number): number {
  return Date.UTC(year, month - 1, day) / DAY_MS;
}

/**
 * Whether an end lies before a start, compared at the precision both share: `2018` does not
 * end before `2018-05` starts, since the year contains the month.
 */
export function endsBeforeStart(start: number[], end: number[]): boolean {
  const shared = Math.min(start.length, end.length);
  for (let i = 0; i < shared; i++) {
    const a = start[i] ?? 0;
    const b = end[i] ?? 0;
    if (b !== a) return b < a;
  }
  return false;
}

export const PARTIAL_DATE_HINT = 'is not a partial date (YYYY, YYYY-MM or YYYY-MM-DD)';
