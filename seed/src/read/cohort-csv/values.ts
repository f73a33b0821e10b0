import { endsBeforeStart, parsePartialDate, PARTIAL_DATE_HINT } from '../../partial-date.ts';

/**
 * Checks of single values. Each returns the value as stored, or throws a BadValue whose
 * message is the reason the row is skipped.
 */
export class BadValue extends Error {}

export function orcid(value: string): string {
  const id = value.replace(/^https?:\/\/orcid\.org\//i, '').toUpperCase();
  if (!/^\d{4}-\d{4}-\d{4}-\d{3}[\dX]$/.test(id)) {
    throw new BadValue(`orcid "${value}" is not an ORCID iD (0000-0002-1825-0097)`);
  }
  // ISO 7064 11,2: a typo in one digit changes the check character.
  const digits = id.replace(/-/g, '');
  let total = 0;
  for (const digit of digits.slice(0, -1)) total = (total + Number(digit)) * 2;
  const check = (12 - (total % 11)) % 11;
  if (digits.at(-1) !== (check === 10 ? 'X' : String(check))) {
    throw new BadValue(`orcid "${value}" has a wrong check digit; it is mistyped`);
  }
  return id;
}

export function ror(value: string): string {
  const id = value.replace(/^https?:\/\/ror\.org\//i, '').toLowerCase();
  if (!/^0[a-z0-9]{6}\d{2}$/.test(id)) throw new BadValue(`ror "${value}" is not a ROR id (02v51f717)`);
  return id;
}

export function doi(value: string): string {
  const id = value
    .replace(/^https?:\/\/(?:dx\.)?doi\.org\//i, '')
    .replace(/^doi:\s*/i, '')
    .toLowerCase();
  if (!/^10\.\d{4,9}\/\S+$/.test(id)) throw new BadValue(`doi "${value}" is not a DOI (10.1109/iccv.2017.322)`);
  return id;
}

export function url(value: string, column: string): string {
  if (!/^https?:\/\/\S+$/i.test(value) || !URL.canParse(value)) {
    throw new BadValue(`${column} "${value}" is not a web address starting with http:// or https://`);
  }
  return value;
}

export function year(value: string): number {
  if (!/^\d{4}$/.test(value)) throw new BadValue(`year "${value}" is not a year (four digits)`);
  return Number(value);
}

export function positiveInteger(value: string, column: string): number {
  if (!/^[1-9]\d*$/.test(value)) throw new BadValue(`${column} "${value}" is not a whole number from 1`);
  return Number(value);
}

/** One of a fixed list, matched without regard to case and returned as the list spells it. */
export function oneOf<T extends string>(value: string, column: string, allowed: readonly T[]): T {
  const found = allowed.find((option) => option.toLowerCase() === value.toLowerCase());
  if (!found) throw new BadValue(`${column} "${value}" is not one of ${allowed.join(', ')}`);
  return found;
}

export function partialDate(value: string, column: string): string {
  if (!parsePartialDate(value)) throw new BadValue(`${column} "${value}" ${PARTIAL_DATE_HINT}`);
  return value;
}

/** Start and end, each optional, with the end not before the start. */
export function period(start: string, end: string): { start?: string; end?: string } {
  const period: { start?: string; end?: string } = {};
  if (start) period.start = partialDate(start, 'start');
  if (end) period.end = partialDate(end, 'end');
  if (period.start && period.end && endsBeforeStart(parsePartialDate(period.start)!, parsePartialDate(period.end)!)) {
    throw new BadValue(`end ${period.end} is before start ${period.start}`);
  }
  return period;
}

export const aliases = (value: string) =>
  value
    .split(';')
    .map((alias) => alias.trim())
    .filter(Boolean);
