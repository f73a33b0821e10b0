/** A figure, or a dash where there is none (a failing shape, or NaN turned null by JSON). */
export const num = (value: number | null | undefined, digits = 0): string =>
  typeof value === 'number' && Number.isFinite(value) ? value.toFixed(digits) : '–';

export const ms = (value: number | null | undefined): string =>
  typeof value === 'number' && Number.isFinite(value) ? (value < 10 ? value.toFixed(1) : value.toFixed(0)) : '–';

export function bytes(value: number): string {
  if (value >= 1_000_000) return `${(value / 1_000_000).toFixed(2)} MB`;
  if (value >= 1_000) return `${(value / 1_000).toFixed(1)} kB`;
  return `${value} B`;
}

export const thousands = (value: number): string => value.toLocaleString('en-US');

export const table = (header: string[], rows: string[][]): string =>
  [header, header.map(() => '---'), ...rows].map((cells) => `| ${cells.join(' | ')} |`).join('\n');

/** An error as a table cell: its code (QUERY_TIMEOUT, …), or the start of its message. */
export function shortError(error: string | undefined): string {
  if (!error) return 'failed';
  const code = /^[A-Z_]+(?=:)/.exec(error)?.[0];
  return code ?? `${error.slice(0, 60)}…`;
}

export const times = (value: number | null | undefined): string => (num(value, 2) === '–' ? '–' : `${num(value, 2)}×`);
