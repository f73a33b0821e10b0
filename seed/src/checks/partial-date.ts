const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** A year, year-month or full date, as its numeric parts; undefined when it is none of these. */
export function parsePartialDate(value: string): number[] | undefined {
  const match = PARTIAL_DATE.exec(value);
  if (!match) return undefined;
  const parts = match.slice(1).filter((part): part is string => part !== undefined).map(Number);
  const [year, month, day] = parts as [number, number | undefined, number | undefined];
  if (month !== undefined && (month < 1 || month > 12)) return undefined;
  if (day !== undefined) {
    const lastDay = new Date(Date.UTC(year, month ?? 1, 0)).getUTCDate();
    if (day < 1 || day > lastDay) return undefined;
  }
  return parts;
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
