import type { RelationKind } from '../../kinds.ts';
import type {
  EntityRecord,
  Evidence,
  Identifiers,
  ImportRecord,
  RelationRecord,
  SkippedRecord,
} from '../../records/model.ts';
import { findEmail, redactEmails } from '../../checks/email.ts';
import { findPhoneNumber } from '../../checks/phone.ts';
import { partialDateFrom } from '../dates.ts';
import { PUBLICATION_ELEMENTS, type RawField, type RawRecord } from './collect.ts';
import { clean, orcidOf, personLinks, publicationIds, safeSnippet, withoutHomonymNumber } from './identifiers.ts';

/** What one file's records share while it is read. */
export interface MapContext {
  file: string;
  /** Names DBLP keeps as disambiguation profiles: papers of several people, so no identity. */
  ambiguous: Set<string>;
  /** Other DBLP names of a person (from a person record already read) to the primary one. */
  aliasOf: Map<string, string>;
}

// A bound on what a file can make the reader remember; the dump has millions of names.
const MAX_REMEMBERED = 100_000;

export function newContext(file: string): MapContext {
  return { file, ambiguous: new Set(), aliasOf: new Map() };
}

export function mapRecord(record: RawRecord, context: MapContext): ImportRecord[] {
  const key = record.attributes.key?.trim() || undefined;
  if (record.problem) return [skipped(context, key ?? `line ${record.line}`, record.problem)];
  if (PUBLICATION_ELEMENTS.has(record.element)) return publication(record, key, context);
  if (key?.startsWith('homepages/')) return person(record, key, context);
  // Web sites (`www/…`) and datasets (`data`) are neither publications nor people.
  return [];
}

export function skipped(context: MapContext, locator: string, reason: string): SkippedRecord {
  return { type: 'skipped', file: context.file, locator, reason };
}

function publication(record: RawRecord, key: string | undefined, context: MapContext): ImportRecord[] {
  const what = `this <${record.element}>`;
  if (!key) {
    return [skipped(context, `line ${record.line}`, `${what} has no key attribute, which every DBLP record has`)];
  }
  const titleField = record.fields.find((field) => field.name === 'title');
  // Titles carry no e-mail addresses in DBLP; one that did would not be stored as a name.
  const cleaned = clean(titleField?.text ?? '');
  const title = cleaned.includes('@') ? redactEmails(cleaned) : cleaned;
  if (!titleField || !title) return [skipped(context, key, `${what} has no title`)];

  const at = evidenceAt(context, record, key);
  const ref = `pub:${key}`;
  const details: EntityRecord['details'] = { dblpType: record.element };
  const kind = pubKind(record);
  if (kind) details.pubKind = kind;
  const warnings: string[] = [];
  const yearText = clean(record.fields.find((field) => field.name === 'year')?.text ?? '');
  if (yearText) {
    const { date } = partialDateFrom(yearText);
    if (date) details.year = Number(date);
    else warnings.push(`year "${yearText}" is not a year; left out`);
  }
  const links = record.fields.filter((field) => field.name === 'ee').map((field) => clean(field.text));
  const ids: Identifiers = { dblp: key, ...publicationIds(links) };
  const out: ImportRecord[] = [
    { type: 'entity', ref, kind: 'PUBLICATION', name: title, ids, details, evidence: at(titleField) },
  ];
  if (warnings.length > 0) (out[0] as EntityRecord).warnings = warnings;

  const venueField =
    record.fields.find((field) => field.name === 'journal' && clean(field.text)) ??
    record.fields.find((field) => field.name === 'booktitle' && clean(field.text));
  if (venueField) {
    const venue = `${key}#venue`;
    out.push({ type: 'entity', ref: venue, kind: 'VENUE', name: clean(venueField.text), evidence: at(venueField) });
    out.push(relation('PUBLISHED_IN', ref, venue, at(venueField)));
  }

  let position = 0;
  record.fields.forEach((field, index) => {
    if (field.name !== 'author' && field.name !== 'editor') return;
    const occurrence = personOccurrence(field, `${key}#${field.name}${index}`, context, at(field));
    if (!occurrence) return;
    out.push(occurrence);
    // Editors are people of the record, but no relation says "edited".
    if (field.name === 'author') {
      out.push(relation('AUTHORED', occurrence.ref, ref, at(field), { position: ++position }));
    }
  });
  return out;
}

function pubKind(record: RawRecord): string | undefined {
  if ((record.attributes.publtype ?? '').split(/\s+/).includes('informal')) return 'manuscript';
  if (record.element === 'phdthesis' || record.element === 'mastersthesis') return 'thesis';
  if (['article', 'inproceedings', 'incollection'].includes(record.element)) return 'paper';
  return undefined;
}

/** One `<author>` or `<editor>`: the DBLP name with its homonym number, and the pid when given, are the identity. */
function personOccurrence(
  field: RawField,
  ownRef: string,
  context: MapContext,
  evidence: Evidence,
): EntityRecord | undefined {
  const written = clean(field.text);
  if (!written) return undefined;
  const ids: Identifiers = {};
  const ambiguous = context.ambiguous.has(written);
  const dblpName = context.aliasOf.get(written) ?? written;
  if (!ambiguous) {
    ids.dblpName = dblpName;
    // Person pages give each author's pid; the dump does not. A disambiguation page's pid is no one's.
    const pid = field.attributes.pid?.trim();
    if (pid) ids.dblp = pid;
  }
  const orcid = orcidOf(field.attributes.orcid);
  if (orcid) ids.orcid = orcid;
  const ref = ambiguous ? ownRef : personRef(dblpName);
  const entity: EntityRecord = { type: 'entity', ref, kind: 'PERSON', name: withoutHomonymNumber(written), evidence };
  if (Object.keys(ids).length > 0) entity.ids = ids;
  return entity;
}

// Refs follow from DBLP names, so a name seen again reuses its ref without a table of names.
function personRef(dblpName: string): string {
  return `person:${dblpName}`;
}

/** A `homepages/…` record: a person's names, links and affiliations. */
function person(record: RawRecord, key: string, context: MapContext): ImportRecord[] {
  const names = record.fields.filter((field) => field.name === 'author' && clean(field.text));
  if (/\bdisambiguation\b/.test(record.attributes.publtype ?? '')) {
    for (const field of names) remember(context.ambiguous, clean(field.text));
    return [];
  }
  const [primary, ...others] = names;
  if (!primary) return [skipped(context, key, 'this person record has no name (no <author>)')];
  const dblpName = clean(primary.text);
  const name = withoutHomonymNumber(dblpName);
  for (const other of others) {
    if (context.aliasOf.size < MAX_REMEMBERED) context.aliasOf.set(clean(other.text), dblpName);
  }
  const urls = record.fields.filter((field) => field.name === 'url').map((field) => clean(field.text));
  const { ids: linked, homepage } = personLinks(urls);
  const orcid = names.map((field) => orcidOf(field.attributes.orcid)).find(Boolean) ?? linked.orcid;
  // The key names the person's pid: `homepages/95/7448-1` is https://dblp.org/pid/95/7448-1.
  const pid = key.slice('homepages/'.length);
  const ids: Identifiers = { ...linked, dblp: pid, dblpName, ...(orcid ? { orcid } : {}) };
  const aliases = [...new Set(others.map((field) => withoutHomonymNumber(clean(field.text))))].filter(
    (alias) => alias !== name,
  );
  const at = evidenceAt(context, record, key);
  const ref = personRef(dblpName);
  const entity: EntityRecord = { type: 'entity', ref, kind: 'PERSON', name, ids, evidence: at(primary) };
  if (aliases.length > 0) entity.aliases = aliases;
  if (homepage) entity.homepage = homepage;
  const out: ImportRecord[] = [entity];

  record.fields.forEach((field, index) => {
    const organization = clean(field.text);
    if (field.name !== 'note' || field.attributes.type !== 'affiliation' || !organization) return;
    // An affiliation is an institution's name; contact details in it mean it is something else.
    if (findPhoneNumber(organization) !== undefined || findEmail(organization) !== undefined) return;
    const org = `${key}#affiliation${index}`;
    out.push({ type: 'entity', ref: org, kind: 'ORGANIZATION', name: organization, evidence: at(field) });
    // DBLP labels past affiliations (`former`) and some others (`PhD 2013`); the label is kept as said.
    const label = clean(field.attributes.label ?? '');
    out.push(relation('AFFILIATED_WITH', ref, org, at(field), label ? { note: label } : undefined));
  });
  return out;
}

function remember(set: Set<string>, value: string): void {
  if (set.size < MAX_REMEMBERED) set.add(value);
}

/** Evidence for a field of the record; a field serves an entity and a relation, so its snippet is made once. */
function evidenceAt(context: MapContext, record: RawRecord, key: string): (field: RawField) => Evidence {
  const snippets = new Map<RawField, string>();
  return (field) => {
    let snippet = snippets.get(field);
    if (snippet === undefined) snippets.set(field, (snippet = safeSnippet(field.raw)));
    return { file: context.file, locator: key, line: record.line, snippet };
  };
}

function relation(
  kind: RelationKind,
  from: string,
  to: string,
  evidence: Evidence,
  values?: RelationRecord['values'],
): RelationRecord {
  return values
    ? { type: 'relation', kind, from, to, values, evidence }
    : { type: 'relation', kind, from, to, evidence };
}
