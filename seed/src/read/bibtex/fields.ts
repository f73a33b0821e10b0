import { findPhoneNumber } from '../../checks/phone.ts';
import { redactEmails } from '../../checks/email.ts';

/** One `name = value` of an entry as the file writes it. */
export interface RawField {
  /** Lower case. */
  name: string;
  /** `title = {Deep Residual Learning}`, verbatim. */
  text: string;
  /** The value without its outer braces or quotes. */
  value: string;
  /** Offset of the value's inner text in the entry's input. */
  valueStart: number;
}

/**
 * The top-level fields of one entry's verbatim text. The parser hands back only converted
 * values, and snippets must quote the file; this walks the text once, minding braces and quotes.
 */
export function rawFields(input: string): RawField[] {
  const open = input.search(/[{(]/);
  if (open < 0) return [];
  const fields: RawField[] = [];
  let i = open + 1;
  while (i < input.length) {
    while (i < input.length && /[\s,]/.test(input[i] ?? '')) i++;
    const nameStart = i;
    while (i < input.length && !/[\s=,{}()"#]/.test(input[i] ?? '')) i++;
    const name = input.slice(nameStart, i).toLowerCase();
    while (i < input.length && /\s/.test(input[i] ?? '')) i++;
    if (input[i] !== '=') {
      // The citation key, or the entry's closing brace.
      if (i === nameStart) i++;
      continue;
    }
    i++;
    while (i < input.length && /\s/.test(input[i] ?? '')) i++;
    const valueStart = i;
    const end = valueEnd(input, i);
    const raw = input.slice(valueStart, end).trimEnd();
    const quoted = /^(\{[\s\S]*\}|"[\s\S]*")$/.test(raw);
    fields.push({
      name,
      text: input.slice(nameStart, end).trimEnd(),
      value: quoted ? raw.slice(1, -1) : raw,
      valueStart: quoted ? valueStart + 1 : valueStart,
    });
    i = end;
  }
  return fields;
}

/** Where a value ends: the first comma or closing delimiter outside braces and quotes. */
function valueEnd(input: string, from: number): number {
  let depth = 0;
  let quoted = false;
  for (let i = from; i < input.length; i++) {
    const c = input[i];
    if (c === '\\') i++;
    else if (c === '{') depth++;
    else if (c === '}' && depth > 0) depth--;
    else if (c === '"' && depth === 0) quoted = !quoted;
    else if (depth === 0 && !quoted && (c === ',' || c === '}' || c === ')')) return i;
  }
  return input.length;
}

/** The author tokens of a raw author value: split at ` and ` outside braces, as BibTeX does. */
export function rawNames(value: string): string[] {
  const names: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < value.length; i++) {
    const c = value[i];
    if (c === '\\') i++;
    else if (c === '{') depth++;
    else if (c === '}') depth--;
    else if (depth === 0 && /\s/.test(c ?? '')) {
      const match = /^\s+and\s+/i.exec(value.slice(i));
      if (match) {
        names.push(value.slice(start, i).trim());
        i += match[0].length - 1;
        start = i + 1;
      }
    }
  }
  names.push(value.slice(start).trim());
  return names.filter((name) => name.length > 0);
}

const SNIPPET_CHARS = 300;

/** A snippet as short as a snippet should be, with e-mails and phone numbers taken out. */
export function snippet(text: string): string {
  let clean = redactEmails(text.replace(/\s+/g, ' ').trim());
  for (let phone = findPhoneNumber(clean); phone; phone = findPhoneNumber(clean)) {
    // The finder looks at the NFKC form; quote that form when the number hides in another.
    if (!clean.includes(phone)) clean = clean.normalize('NFKC');
    if (!clean.includes(phone)) return '[snippet left out: it holds a phone number]';
    clean = clean.replace(phone, '[phone]');
  }
  return clean.length > SNIPPET_CHARS ? `${clean.slice(0, SNIPPET_CHARS - 1)}…` : clean;
}
