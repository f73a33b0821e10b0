import { findPhoneNumber } from '../../checks/phone.ts';
import { redactEmails } from '../../checks/email.ts';
import { partialDateFrom } from '../dates.ts';
import { type Json, obj } from './source.ts';

/** An item value as the API gives it (`{"id": "Q5"}`) or as older dumps do (`{"numeric-id": 5}`). */
export function itemId(value: unknown): string | undefined {
  const item = obj(value);
  if (!item) return undefined;
  if (typeof item.id === 'string' && /^Q\d+$/.test(item.id)) return item.id;
  const numeric = item['numeric-id'];
  const isItem = item['entity-type'] === undefined || item['entity-type'] === 'item';
  return isItem && (typeof numeric === 'number' || typeof numeric === 'string') && /^\d+$/.test(String(numeric))
    ? `Q${numeric}`
    : undefined;
}

const ENGLISH = ['en', 'en-gb', 'en-us', 'en-ca', 'mul'];
const CHINESE = ['zh', 'zh-hans', 'zh-cn'];

function term(terms: Json | undefined, language: string): string | undefined {
  const value = obj(terms?.[language])?.value;
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

/**
 * The English and Chinese labels and aliases. An item without an English label is named by
 * its Chinese one, or else by any label it has, and says so.
 */
export function labelsOf(entity: Json): { name?: string; nameZh?: string; aliases: string[]; warning?: string } {
  const labels = obj(entity.labels);
  const english = ENGLISH.map((language) => term(labels, language)).find(Boolean);
  const nameZh = CHINESE.map((language) => term(labels, language)).find(Boolean);
  const aliasMap = obj(entity.aliases);
  const aliases = [...ENGLISH, ...CHINESE]
    .flatMap((language) => (Array.isArray(aliasMap?.[language]) ? (aliasMap[language] as unknown[]) : []))
    .map((alias) => obj(alias)?.value)
    .filter((alias): alias is string => typeof alias === 'string' && alias.trim() !== '')
    .map((alias) => alias.trim());
  const result: { name?: string; nameZh?: string; aliases: string[]; warning?: string } = { aliases: [] };
  if (english) result.name = english;
  if (nameZh) result.nameZh = nameZh;
  if (!english) {
    const other = Object.keys(labels ?? {})
      .map((language) => [language, term(labels, language)] as const)
      .find(([, value]) => value !== undefined);
    if (nameZh) result.warning = 'no English label; named by its Chinese label';
    else if (other) {
      result.name = other[1];
      result.warning = `no English or Chinese label; named by its ${other[0]} label`;
    } else result.warning = 'no label in any language; its QID stands in for its name';
  }
  result.aliases = [...new Set(aliases)].filter((alias) => alias !== result.name && alias !== result.nameZh);
  return result;
}

const TIME = /^([+-])(\d{1,16})-(\d{2})-(\d{2})T/;

/**
 * A Wikidata time value as a partial date of the precision it states: 9 is a year, 10 a
 * month, 11 a day. Zero months and days (`+1987-00-00`) are how a year is written.
 */
export function timeValue(value: unknown): { date?: string; warning?: string } {
  const time = obj(value);
  const match = typeof time?.time === 'string' ? TIME.exec(time.time) : null;
  if (!time || !match) return {};
  const [, sign, year, month, day] = match as unknown as [string, string, string, string, string];
  const precision = Number(time.precision ?? 11);
  if (sign === '-') return { warning: `${time.time} is before the common era; not kept` };
  if (precision < 9) return { warning: `${time.time} is only known to the decade or coarser; not kept` };
  const parts = partialDateFrom(year, precision >= 10 ? month : undefined, precision >= 11 ? day : undefined);
  return { ...(parts.date ? { date: parts.date } : {}), ...(parts.warning ? { warning: parts.warning } : {}) };
}

/** Qualifiers reduced to their values: an item's id, a time's string, a string as it is. */
export function clean(qualifiers: Json): Record<string, unknown[]> {
  const result: Record<string, unknown[]> = {};
  for (const [property, snaks] of Object.entries(qualifiers)) {
    if (!Array.isArray(snaks)) continue;
    result[property] = snaks.map((snak) => {
      const value = obj(obj(snak)?.datavalue)?.value;
      const time = obj(value)?.time;
      // The leading `+` of a time would make it look like an international phone number.
      if (typeof time === 'string') return time.replace(/^\+/, '');
      return itemId(value) ?? obj(value)?.text ?? (typeof value === 'string' ? value : null);
    });
  }
  return result;
}

const SNIPPET_LENGTH = 200;

/** Compact JSON, without phone numbers; item and property ids are set aside so long ones are not taken for one. */
export function compactSnippet(value: unknown): string {
  const ids: string[] = [];
  let text = redactEmails(JSON.stringify(value)).replace(/\b[QP]\d+\b/g, (id) => `\u2063${ids.push(id) - 1}\u2063`);
  for (let phone = findPhoneNumber(text); phone !== undefined; phone = findPhoneNumber(text)) {
    text = text.replace(phone, '[phone]');
  }
  text = text.replace(/\u2063(\d+)\u2063/g, (_, i: string) => ids[Number(i)] ?? '');
  return text.length > SNIPPET_LENGTH ? `${text.slice(0, SNIPPET_LENGTH - 1)}…` : text;
}
