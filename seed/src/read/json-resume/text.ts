import { redactEmails } from '../../checks/email.ts';
import { findPhoneNumber } from '../../checks/phone.ts';
import { dayNumberOf, partialDateDays } from '../../partial-date.ts';
import { partialDateFrom } from '../dates.ts';

const HAN = /\p{Script=Han}/u;
const LATIN = /\p{Script=Latin}/u;

/** A name as the model wants it: Chinese-only text is both the name and its Chinese form. */
export function named(text: string): { name: string; nameZh?: string } {
  const value = text.replace(/\s+/g, ' ').trim();
  if (!HAN.test(value)) return { name: value };
  if (!LATIN.test(value)) return { name: value, nameZh: value };
  // A bilingual name that brackets one form after the other: `北京大学 (Peking University)`.
  const bracketed = /^(.+?)\s*[（(]([^()（）]+)[)）]$/.exec(value);
  if (bracketed) {
    const parts = [bracketed[1]!.trim(), bracketed[2]!.trim()];
    const zh = parts.find((part) => HAN.test(part) && !LATIN.test(part));
    const other = parts.find((part) => !HAN.test(part));
    if (zh && other) return { name: other, nameZh: zh };
  }
  return { name: value };
}

export function isChineseOnly(text: string): boolean {
  return HAN.test(text) && !LATIN.test(text);
}

/**
 * Text with e-mail addresses and phone numbers taken out, for names and facts: a referee's
 * name sometimes carries their number, and nothing of the kind may leave the reader.
 */
export function plain(text: string): string {
  let out = redactEmails(text).replaceAll('[email]', ' ');
  for (let phone = findPhoneNumber(out); phone; phone = findPhoneNumber(out)) {
    const next = out.normalize('NFKC').replace(phone, ' ');
    if (next === out.normalize('NFKC')) return '';
    out = next;
  }
  return out
    .replace(/\s+/g, ' ')
    .replace(/^[\s,;:()（）-]+|[\s,;:(（-]+$/g, '')
    .trim();
}

const PRIVATE_KEYS = new Set(['phone', 'mobile', 'tel', 'telephone', 'email', 'address', 'postalCode', 'image']);

/** Drops contact details, and locations that hold more than a place name (a street, a number). */
function scrub(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(scrub);
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(value)) {
    if (PRIVATE_KEYS.has(key)) continue;
    if (key === 'location' && (typeof inner !== 'string' || /\d/.test(inner))) continue;
    out[key] = scrub(inner);
  }
  return out;
}

const SNIPPET_LENGTH = 200;

/** Compact JSON of one element of the file, without contact details, cut to a readable length. */
export function snippetOf(value: unknown): string {
  let text = redactEmails(JSON.stringify(scrub(value)) ?? '');
  for (let phone = findPhoneNumber(text); phone; phone = findPhoneNumber(text)) {
    const next = text.normalize('NFKC').replace(phone, '[phone]');
    if (next === text.normalize('NFKC')) return '[left out: it holds a phone number]';
    text = next;
  }
  const chars = Array.from(text);
  return chars.length <= SNIPPET_LENGTH ? text : `${chars.slice(0, SNIPPET_LENGTH - 1).join('')}…`;
}

/** Words résumés put where an end date would be while the thing still goes on. */
const ONGOING =
  /^(present|current(ly)?|now|today|ongoing|till now|to date|until now|heute|aujourd'hui|actuel|至今|现在|目前|今)$/i;
const LOOSE_DATE =
  /^(\d{4})(?:\s*[-/.年]\s*(\d{1,2})(?:\s*[-/.月]\s*(\d{1,2})\s*日?)?\s*月?)?(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

export interface LooseDate {
  /** A partial date, or undefined when the value is none or says the thing is ongoing. */
  date?: string;
  ongoing?: boolean;
  warning?: string;
}

/**
 * A date as résumés write it: padded or not (`2023-9-1`), with slashes or dots, a year alone,
 * a Chinese `2019年5月`, or a word for "still going". The schema wants ISO forms, but real
 * files are looser and the date is worth keeping.
 */
export function looseDate(field: string, value: unknown): LooseDate {
  const text = typeof value === 'number' ? String(value) : typeof value === 'string' ? value.trim() : '';
  if (ONGOING.test(text)) return { ongoing: true };
  const match = LOOSE_DATE.exec(text);
  if (!match) return { warning: `${field} ${JSON.stringify(text)} is not a date; it was left out` };
  const parts = partialDateFrom(match[1], match[2], match[3]);
  if (!parts.date) return { warning: `${field} ${JSON.stringify(text)} is not a date; it was left out` };
  return parts.warning ? { date: parts.date, warning: `${field}: ${parts.warning}` } : { date: parts.date };
}

/** Whether a partial date begins after today: a planned end rather than a past one. */
export function isFuture(date: string, today = new Date()): boolean {
  const days = partialDateDays(date);
  return days !== undefined && days.first > dayNumberOf(today);
}

/** A list the schema expects, also when the file gives one text (`"keywords": "a, b"`). */
export function textList(value: unknown, split: boolean): string[] {
  if (Array.isArray(value)) return value.filter((item): item is string => typeof item === 'string');
  if (typeof value !== 'string') return [];
  return split ? value.split(/\s*[,，、;；]\s*/) : [value];
}

const INSTITUTION_WORD =
  /\b(?:universit(?:y|ies|ät|é|à|ad|ade|eit)|college|institute|institut|school|academy|laborator(?:y|ies)|labs?|inc|ltd|llc|corp(?:oration)?|company|gmbh|hospital|cent(?:er|re)|foundation)\b|大学|学院|研究所|研究院|实验室|公司|中心|医院|学校/giu;
const ACRONYM = /^[A-Z][A-Z&]{1,7}$/;
const SINGLE_WORD = /^\p{Lu}[\p{L}.&'-]*$/u;

/** Names an institution by itself: has a word such as University or 大学 and more than that word. */
function institutionLike(part: string): boolean {
  const words = part.match(INSTITUTION_WORD);
  return words !== null && part.replace(INSTITUTION_WORD, '').trim().length > 0;
}

/**
 * The organizations one name field holds. Some résumés name two institutions in one string
 * (`MIT and Harvard`, `北京大学 / 清华大学`); it is split only where every part stands alone
 * as an institution, so `University of Arts and Sciences` or `Ernst and Young` stay whole.
 */
export function splitOrganizations(text: string): string[] {
  const value = text.trim();
  const listed = value
    .split(/\s*(?:\/|／|;|；|、|\|)\s*/)
    .map((part) => part.trim())
    .filter(Boolean);
  if (listed.length > 1 && listed.every((part) => institutionLike(part) || ACRONYM.test(part))) return listed;
  if (/[,，]/.test(value)) return [value];
  const joined = value.split(/\s+and\s+/i).map((part) => part.trim());
  if (joined.length < 2 || joined.some((part) => !part)) return [value];
  if (joined.every(institutionLike)) return joined;
  const distinct = new Set(joined.map((part) => part.toLowerCase())).size === joined.length;
  const shortNames = joined.every((part) => SINGLE_WORD.test(part)) && joined.some((part) => ACRONYM.test(part));
  return shortNames && distinct ? joined : [value];
}

/** The kind of organization a name makes clear, or the section's default. */
export function orgKindOf(name: string, fallback?: string): string | undefined {
  if (/universit|college|hochschule|école|escuela|polytechnic|institute of technology|大学|学院/i.test(name)) {
    return 'UNIVERSITY';
  }
  if (/\blab(?:s|oratory|oratories)?\b|实验室/i.test(name)) return 'LAB';
  if (/\binstitut(?:e)?\b|研究所|研究院/i.test(name)) return 'INSTITUTE';
  return fallback;
}
