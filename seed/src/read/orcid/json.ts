import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { findPhoneNumber } from '../../checks/phone.ts';
import { redactEmails } from '../../checks/email.ts';
import { ReadError } from '../../records/model.ts';

/**
 * The record API answers with summaries only, so even the largest public records (tens of
 * thousands of works) stay far below this; a bigger file is a dump or something else, and
 * parsing it whole would hold it all in memory.
 */
export const MAX_RECORD_BYTES = 64 * 1024 * 1024;

export async function readJsonDocument(path: string): Promise<unknown> {
  const file = basename(path);
  const { size } = await stat(path);
  if (size > MAX_RECORD_BYTES) {
    throw new ReadError(
      `${file} is ${Math.round(size / 1048576)} MB; an ORCID record is read whole and may be at most ${MAX_RECORD_BYTES / 1048576} MB`,
    );
  }
  const text = await readFile(path, 'utf8');
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new ReadError(`${file} is not valid JSON: ${(error as Error).message}`);
  }
}

export type Json = Record<string, unknown>;

export function obj(value: unknown): Json | undefined {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Json) : undefined;
}

export function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

/** ORCID wraps most scalars as `{ "value": … }`; null, empty and blank all mean absent. */
export function text(value: unknown): string | undefined {
  const inner = obj(value) ? obj(value)?.value : value;
  if (typeof inner === 'number') return String(inner);
  if (typeof inner !== 'string') return undefined;
  const trimmed = inner.replace(/\s+/g, ' ').trim();
  return trimmed === '' ? undefined : trimmed;
}

/** A value that is stored in the graph: one that carries a phone number is dropped whole. */
export function storable(value: string | undefined, what: string, warnings: string[]): string | undefined {
  if (value === undefined) return undefined;
  if (findPhoneNumber(value) !== undefined || redactEmails(value) !== value) {
    warnings.push(`dropped the ${what}: it contains a phone number or an e-mail address`);
    return undefined;
  }
  return value;
}

const SNIPPET_LENGTH = 200;

export function snippet(parts: (string | undefined)[]): string {
  let joined = redactEmails(parts.filter((part) => part !== undefined && part !== '').join(' · '));
  for (let phone = findPhoneNumber(joined); phone !== undefined; phone = findPhoneNumber(joined)) {
    joined = joined.replace(phone, '[phone]');
  }
  return joined.length > SNIPPET_LENGTH ? `${joined.slice(0, SNIPPET_LENGTH - 1)}…` : joined;
}
