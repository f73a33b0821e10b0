import { redactEmails } from '../../checks/email.ts';
import type { Evidence, SkippedRecord } from '../../records/model.ts';

/**
 * Safe access to OpenAlex JSON, where almost any field may be null, missing or of another
 * type than the documentation says (old dumps give concept scores as strings).
 */
export type Json = Record<string, unknown>;

export const obj = (value: unknown): Json | undefined =>
  value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Json) : undefined;

export const arr = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

export const str = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;

export function num(value: unknown): number | undefined {
  const n = typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value) : NaN;
  return Number.isFinite(n) ? n : undefined;
}

// Old dumps and API answers also write ids as `https://api.openalex.org/works/W…` or bare.
const OPENALEX_ID = /^(?:https?:\/\/(?:api\.)?openalex\.org\/(?:[a-z]+\/)?)?([WAISVCTPF])(\d+)$/i;

/**
 * `W2741809807` from any form OpenAlex writes it in. Venue ids (`V…`) of the 2022 schema became
 * source ids with the same number, so they are read as `S…` and match newer files.
 */
export function openalexId(value: unknown): string | undefined {
  const match = OPENALEX_ID.exec(str(value) ?? '');
  if (!match) return undefined;
  const letter = match[1]!.toUpperCase();
  return `${letter === 'V' ? 'S' : letter}${match[2]}`;
}

/** Whether a value is an OpenAlex entity URL, the mark of an OpenAlex object. */
export const isOpenAlexUrl = (value: unknown): boolean =>
  typeof value === 'string' && /^https:\/\/openalex\.org\/[WAISVCTPF]\d+$/.test(value);

export function orcidOf(value: unknown): string | undefined {
  const match = /(\d{4}-\d{4}-\d{4}-\d{3}[\dX])$/i.exec(str(value) ?? '');
  return match ? match[1]!.toUpperCase() : undefined;
}

export function doiOf(value: unknown): string | undefined {
  const doi = str(value)
    ?.replace(/^https?:\/\/(?:dx\.)?doi\.org\//i, '')
    .replace(/^doi:/i, '')
    .toLowerCase();
  return doi?.startsWith('10.') ? doi : undefined;
}

export function rorOf(value: unknown): string | undefined {
  const id = str(value)
    ?.replace(/^https?:\/\/ror\.org\//i, '')
    .toLowerCase();
  return id && /^0[a-z0-9]{8}$/.test(id) ? id : undefined;
}

export function wikidataOf(value: unknown): string | undefined {
  return /(Q\d+)$/.exec(str(value) ?? '')?.[1];
}

/** The Scopus author id inside the profile URL OpenAlex gives (`…authorID=36455008000&…`). */
export function scopusOf(value: unknown): string | undefined {
  return /authorID=(\d+)/i.exec(str(value) ?? '')?.[1];
}

/** Where an object sits in its file: the parts every record made from it shares. */
export interface Place {
  file: string;
  /** 1-based line, for JSON Lines. */
  line?: number;
  /** The object's position without its id: `line 4`, `/results/2`, or `/` for a lone object. */
  at: string;
  /** The object's OpenAlex id, which locators start with once it is known. */
  id?: string;
}

const SNIPPET_MAX = 200;

/**
 * The compact JSON of the smallest object that states a fact. Readers build it only from
 * names, ids, types and years, never from raw affiliation strings, which is where OpenAlex
 * keeps the street addresses, phone numbers and e-mails printed on papers.
 */
export function snippet(value: unknown): string {
  const text = redactEmails(JSON.stringify(value) ?? '');
  return text.length > SNIPPET_MAX ? `${text.slice(0, SNIPPET_MAX - 1)}…` : text;
}

export function locator(place: Place, pointer: string): string {
  if (place.id) return pointer ? `${place.id} ${pointer}` : place.id;
  return pointer ? `${place.at === '/' ? '' : `${place.at} `}${pointer}` : place.at;
}

export function evidence(place: Place, pointer: string, stated: unknown): Evidence {
  const found: Evidence = { file: place.file, locator: locator(place, pointer), snippet: snippet(stated) };
  if (place.line !== undefined) found.line = place.line;
  return found;
}

export function skipped(place: Place, pointer: string, reason: string): SkippedRecord {
  return { type: 'skipped', file: place.file, locator: locator(place, pointer), reason };
}

/**
 * The ref of an occurrence: one per OpenAlex id in the whole file, since OpenAlex says two
 * occurrences of an id are one entity; otherwise one per place, never shared.
 */
export function refOf(openalex: string | undefined, place: Place, pointer: string): string {
  if (openalex) return `openalex:${openalex}`;
  return `${place.at}${place.id ? ` ${place.id}` : ''}${pointer}`;
}
