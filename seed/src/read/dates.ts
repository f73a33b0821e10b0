import { parsePartialDate } from '../partial-date.ts';

/** A partial date built from parts a source gives, and what had to be dropped to make it valid. */
export interface DateParts {
  date: string | undefined;
  /** Set when a part was dropped (an impossible day or month); says what and why. */
  warning?: string;
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * Turns year, month and day as a source gives them (numbers or numeric strings, any of them
 * missing) into a partial date. An impossible day (`1929-02-29`) keeps the year and month and
 * says so; an impossible month keeps the year. Without a plausible year there is no date.
 */
export function partialDateFrom(
  year: number | string | null | undefined,
  month?: number | string | null,
  day?: number | string | null,
): DateParts {
  const y = toNumber(year);
  if (y === undefined || y < 1000 || y > 9999) return { date: undefined };
  const m = toNumber(month);
  if (m === undefined) return { date: String(y) };
  if (m < 1 || m > 12) return { date: String(y), warning: `month ${month} of ${y} is not a month; kept the year` };
  const d = toNumber(day);
  if (d === undefined) return { date: `${y}-${pad(m)}` };
  const full = `${y}-${pad(m)}-${pad(d)}`;
  if (parsePartialDate(full)) return { date: full };
  return { date: `${y}-${pad(m)}`, warning: `${full} is not a calendar date; kept the year and month` };
}

function toNumber(value: number | string | null | undefined): number | undefined {
  if (value === null || value === undefined || value === '') return undefined;
  const n = typeof value === 'number' ? value : Number(String(value).trim());
  return Number.isInteger(n) ? n : undefined;
}
