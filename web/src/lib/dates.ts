// Dates are partial (2019, 2019-05, 2019-05-01); an open end means "still there as of the source".

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export function yearOf(date: string | null | undefined): number | null {
  const year = date ? Number.parseInt(date.slice(0, 4), 10) : Number.NaN;
  return Number.isFinite(year) ? year : null;
}

export function formatDate(date: string): string {
  const [year, month] = date.split('-');
  const name = month ? MONTHS[Number(month) - 1] : undefined;
  return name ? `${name} ${year}` : (year ?? date);
}

export function formatPeriod(start: string | null, end: string | null): string {
  if (!start && !end) return 'dates unknown';
  if (!start) return `until ${formatDate(end!)}`;
  return `${formatDate(start)} – ${end ? formatDate(end) : 'present'}`;
}

/**
 * Whether something dated from start to end touches the years [from, to]. Undated things
 * always do: hiding them would hide facts the range says nothing about.
 */
export function touchesYears(start: string | null, end: string | null, from: number, to: number): boolean {
  const first = yearOf(start);
  const last = yearOf(end);
  if (first === null && last === null) return true;
  return (first ?? -Infinity) <= to && (last ?? Infinity) >= from;
}
