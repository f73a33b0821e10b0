import { readFileSync } from 'node:fs';
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { looseDate } from './text.ts';

export type Json = Record<string, unknown>;

/** The sections this reader turns into records; the schema's others (languages, certificates) it passes over. */
export const READ_SECTIONS = [
  'work',
  'volunteer',
  'education',
  'awards',
  'publications',
  'skills',
  'projects',
  'interests',
  'references',
] as const;
export type Section = (typeof READ_SECTIONS)[number];

const DATE_FIELDS = ['startDate', 'endDate', 'date', 'releaseDate'];
const SPLIT_LISTS = ['keywords', 'roles'];
const TEXT_LISTS = ['highlights', 'courses'];
/** Field names of the schema before 1.0 that files still use. */
const FORMER_NAMES: Partial<Record<Section, Record<string, string>>> = {
  work: { company: 'name', website: 'url' },
  volunteer: { website: 'url' },
  publications: { website: 'url' },
  awards: { awardDate: 'date' },
};

export interface Skip {
  /** The pointer of the value that broke the schema. */
  locator: string;
  reason: string;
}

export interface Prepared {
  /** The résumé with the deviations real files commonly have smoothed over. */
  doc: Json;
  /** Warnings about an element (a date that had to be left out), by the element's pointer. */
  notes: Map<string, string[]>;
  /** Elements, or fields of basics, the schema rejects, by their pointer. */
  skipped: Map<string, Skip>;
}

let compiled: ValidateFunction | undefined;

function validator(): ValidateFunction {
  if (!compiled) {
    // The file declares draft-04, which Ajv 8 does not ship; its keywords read the same in draft-07.
    const { $schema: _declared, ...schema } = JSON.parse(
      readFileSync(new URL('./schema.json', import.meta.url), 'utf8'),
    ) as Json;
    const ajv = new Ajv({ allErrors: true, strict: false });
    addFormats(ajv);
    compiled = ajv.compile(schema);
  }
  return compiled;
}

const isObject = (value: unknown): value is Json =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/** A copy without nulls and blank strings: files write them for "not given", which is what they mean. */
function prune(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(prune);
  if (isObject(value)) {
    const out: Json = {};
    for (const [key, inner] of Object.entries(value)) {
      if (inner === null || (typeof inner === 'string' && inner.trim() === '')) continue;
      out[key] = prune(inner);
    }
    return out;
  }
  return value;
}

/**
 * Validates a parsed résumé against the JSON Resume schema, field by field: what real files
 * commonly get wrong but still mean clearly (a loose date, a text where a list belongs, an old
 * field name, a URL without its scheme) is smoothed over or dropped with a note; any other
 * violation costs only the element it sits in.
 */
export function prepare(raw: Json): Prepared {
  const doc = prune(raw) as Json;
  const notes = new Map<string, string[]>();
  const note = (pointer: string, text: string) => notes.set(pointer, [...(notes.get(pointer) ?? []), text]);

  for (const section of READ_SECTIONS) {
    const list = doc[section];
    if (!Array.isArray(list)) continue;
    list.forEach((element, index) => {
      if (isObject(element)) smooth(section, element, (text) => note(`/${section}/${index}`, text));
    });
  }

  const skipped = new Map<string, Skip>();
  const validate = validator();
  if (!validate(doc)) {
    for (const error of validate.errors ?? []) triage(error, doc, skipped, note);
  }
  return { doc, notes, skipped };
}

function smooth(section: Section, element: Json, note: (text: string) => void): void {
  for (const [former, current] of Object.entries(FORMER_NAMES[section] ?? {})) {
    if (element[former] !== undefined && element[current] === undefined) {
      element[current] = element[former];
      delete element[former];
    }
  }
  for (const field of DATE_FIELDS) {
    if (element[field] === undefined) continue;
    const read = looseDate(field, element[field]);
    if (read.date) element[field] = read.date;
    else delete element[field];
    if (read.warning) note(read.warning);
  }
  for (const field of SPLIT_LISTS) {
    const value = element[field];
    if (typeof value !== 'string') continue;
    element[field] = value
      .split(/\s*[,，、;；]\s*/)
      .map((part) => part.trim())
      .filter(Boolean);
    note(`${field} was one text rather than a list; it was split at its commas`);
  }
  for (const field of TEXT_LISTS) {
    if (typeof element[field] === 'string') element[field] = [element[field]];
  }
}

function triage(
  error: ErrorObject,
  doc: Json,
  skipped: Map<string, Skip>,
  note: (pointer: string, text: string) => void,
): void {
  const path = error.instancePath.split('/').slice(1);
  const [top, index] = path;
  if (top === undefined) return; // an extra top-level section: allowed in practice, and not read
  const isRead = top === 'basics' || (READ_SECTIONS as readonly string[]).includes(top);
  if (!isRead) return;

  if (error.keyword === 'format') {
    // A URL without its scheme or a mistyped address: the entry is still good without it.
    removeAt(doc, path);
    if (error.instancePath === '/basics/email')
      note('/basics', 'basics.email is not an e-mail address; it was left out');
    if (error.instancePath === '/basics/url') note('/basics', 'basics.url is not a URL; it was left out');
    return;
  }

  const problem = describe(error, valueAt(doc, path));
  if (top === 'basics') {
    const depth = path[1] === 'profiles' && path.length > 2 ? 3 : Math.min(path.length, 2);
    const key = `/${path.slice(0, depth).join('/')}`;
    if (skipped.has(key)) return;
    const consequence =
      depth === 1 || path[1] === 'name'
        ? 'the résumé names no one to attach its entries to, so nothing in it was imported'
        : 'that field was left out';
    skipped.set(key, { locator: error.instancePath, reason: `${problem}; ${consequence}` });
    if (depth > 1) removeAt(doc, path.slice(0, depth));
    return;
  }

  const key = index === undefined ? `/${top}` : `/${top}/${index}`;
  if (skipped.has(key)) return;
  const consequence = index === undefined ? `the whole ${top} section was left out` : 'this entry was left out';
  skipped.set(key, { locator: error.instancePath, reason: `${problem}; ${consequence}` });
}

const TYPE_WORDS: Record<string, string> = {
  string: 'a text',
  array: 'a list',
  object: 'an object with named fields',
  number: 'a number',
};

function typeWord(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return 'a text';
  if (typeof value === 'object') return 'an object';
  return `a ${typeof value}`;
}

function describe(error: ErrorObject, value: unknown): string {
  const where = error.instancePath || 'the file';
  if (error.keyword === 'type') {
    const wanted = String((error.params as { type?: unknown }).type);
    return `${where} should be ${TYPE_WORDS[wanted] ?? wanted} but is ${typeWord(value)}`;
  }
  return `${where} ${error.message ?? 'breaks the JSON Resume schema'}`;
}

function valueAt(doc: Json, path: string[]): unknown {
  let value: unknown = doc;
  for (const token of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Json)[token.replaceAll('~1', '/').replaceAll('~0', '~')];
  }
  return value;
}

function removeAt(doc: Json, path: string[]): void {
  const parent = valueAt(doc, path.slice(0, -1));
  const last = path.at(-1)?.replaceAll('~1', '/').replaceAll('~0', '~');
  if (last === undefined || parent === null || typeof parent !== 'object') return;
  // Array slots keep their place so that pointers to the elements after it stay right.
  if (Array.isArray(parent)) parent[Number(last)] = undefined;
  else delete (parent as Json)[last];
}
