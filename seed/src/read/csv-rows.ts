import type { Readable } from 'node:stream';
import { CsvError, parse } from 'csv-parse';
import { findPhoneNumber } from '../checks/phone.ts';
import { redactEmails } from '../checks/email.ts';
import { ReadError } from '../records/model.ts';

/** One record of a CSV file, with where it starts. */
export interface CsvRow {
  fields: string[];
  /** 1-based physical line the record starts on (a quoted value may run over several lines). */
  line: number;
}

/**
 * The records of a CSV stream, one at a time. Spreadsheets and LinkedIn both leave stray
 * blanks around quoted values and a byte-order mark at the start, so both are tolerated; a
 * broken quote stops the file, since nothing after it can be trusted to be split right.
 */
export async function* csvRows(input: Readable, file: string): AsyncGenerator<CsvRow> {
  const parser = input.pipe(
    parse({ bom: true, trim: true, relax_column_count: true, skip_empty_lines: true, info: true }),
  );
  input.on('error', (error) => parser.destroy(error));
  const count = (values: string[], pattern: RegExp) =>
    values.reduce((sum, value) => sum + (value.match(pattern)?.length ?? 0), 0);
  // csv-parse counts lines up to a record's end, and counts a CRLF inside quotes as two lines.
  let drift = 0;
  try {
    for await (const { record, info } of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
      drift += count(record, /\r\n/g);
      yield { fields: record, line: info.lines - drift - count(record, /\r\n|\r|\n/g) };
    }
  } catch (error) {
    if (error instanceof CsvError) {
      const at = typeof error.lines === 'number' ? ` near line ${error.lines}` : '';
      throw new ReadError(`${file}${at} is not well-formed CSV: ${error.message}`);
    }
    if (error instanceof ReadError) throw error;
    throw new ReadError(`${file} could not be read: ${(error as Error).message}`);
  } finally {
    input.destroy();
  }
}

const SNIPPET_LENGTH = 160;

/**
 * Text fit for an evidence snippet or a stored value: e-mail addresses and phone numbers
 * taken out, since neither may leave the reader, and cut short.
 */
export function cleanText(text: string, max = SNIPPET_LENGTH): string {
  let clean = redactEmails(text.normalize('NFKC').replace(/\s+/g, ' ').trim());
  for (let phone = findPhoneNumber(clean); phone; phone = findPhoneNumber(clean)) {
    const next = clean.replace(phone, '[phone]');
    // Never loop on a match that is not found verbatim: then nothing of the value is kept.
    if (next === clean) return '[phone]';
    clean = next;
  }
  return clean.length > max ? `${clean.slice(0, max - 1)}…` : clean;
}

/** Whether a value holds a phone number or an e-mail address. */
export function holdsContact(text: string): boolean {
  return findPhoneNumber(text) !== undefined || redactEmails(text) !== text;
}
