import { partialDateFrom } from '../dates.ts';

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

/** Words LinkedIn (or a hand edit) puts where a position has not ended. */
const OPEN = new Set(['', 'present', 'now', 'current']);

export interface LinkedinDate {
  date?: string;
  warning?: string;
}

/** `Mar`, `Sept.`, `September`: any prefix of three letters or more of an English month name. */
const monthOf = (word: string) => {
  const prefix = word.replace(/\.$/, '').toLowerCase();
  const index = MONTHS.findIndex((month) => month.startsWith(prefix));
  return prefix.length >= 3 && index >= 0 ? index + 1 : undefined;
};

/**
 * A date as the export writes it: `Mar 2018` in Positions, `2015` or `Nov 2021` in Education,
 * blank for a position that has not ended. Anything else is kept out, with a word why.
 */
export function linkedinDate(value: string, column: string): LinkedinDate {
  const text = value.trim();
  if (OPEN.has(text.toLowerCase())) return {};
  let parts: [string, number?, string?] | undefined;
  let match: RegExpExecArray | null;
  if ((match = /^(\d{4})$/.exec(text))) parts = [match[1]!];
  else if ((match = /^([A-Za-z]{3,9}\.?)\s+(\d{4})$/.exec(text))) parts = [match[2]!, monthOf(match[1]!) ?? -1];
  else if ((match = /^(\d{1,2})\s+([A-Za-z]{3,9}\.?)\s+(\d{4})$/.exec(text)))
    parts = [match[3]!, monthOf(match[2]!) ?? -1, match[1]];
  else if ((match = /^(\d{1,2})\/(\d{4})$/.exec(text))) parts = [match[2]!, Number(match[1])];
  else if ((match = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(text))) parts = [match[1]!, Number(match[2]), match[3]];
  if (!parts || parts[1] === -1) return { warning: `${column} "${text}" is not a date; left out` };
  const { date, warning } = partialDateFrom(...parts);
  if (!date) return { warning: `${column} "${text}" is not a plausible date; left out` };
  return warning ? { date, warning: `${column}: ${warning}` } : { date };
}
