import { MENTOR_CONTEXTS, ORG_KINDS, PUB_KINDS } from '../../kinds.ts';
import type { EntityRecord, Evidence, ImportRecord, RelationRecord } from '../../records/model.ts';
import { holdsContact } from '../csv-rows.ts';
import type { Table } from './columns.ts';
import * as check from './values.ts';

export interface Row {
  get(column: string): string;
  row: number;
  evidence: Evidence;
}

type EntityTable = 'people' | 'organizations' | 'publications';

/** Each entity table's ids, and the row of those that were skipped, so a reference to one can say why it fails. */
export type Ids = Record<EntityTable, Map<string, { row: number; ok: boolean }>>;

export const newIds = (): Ids => ({ people: new Map(), organizations: new Map(), publications: new Map() });

const PREFIX: Record<EntityTable, string> = { people: 'person', organizations: 'org', publications: 'pub' };

/** The ref of an entity: ids are the user's own, unique per table, so the table keeps them apart. */
export const refOf = (table: EntityTable, id: string) => `${PREFIX[table]}:${id}`;

export function reference(ids: Ids, table: EntityTable, id: string, column: string): string {
  if (!id) throw new check.BadValue(`${column} is empty`);
  const known = ids[table].get(id);
  if (!known) throw new check.BadValue(`${column} "${id}" is not an id in ${table}.csv`);
  if (!known.ok)
    throw new check.BadValue(`${column} "${id}" refers to ${table}.csv row ${known.row}, which was skipped`);
  return refOf(table, id);
}

function names(row: Row, entity: EntityRecord) {
  const nameZh = row.get('name_zh');
  const aliases = check.aliases(row.get('aliases'));
  if (nameZh) entity.nameZh = nameZh;
  if (aliases.length > 0) entity.aliases = aliases;
}

function person(row: Row): ImportRecord[] {
  const entity: EntityRecord = {
    type: 'entity',
    ref: refOf('people', row.get('id')),
    kind: 'PERSON',
    name: row.get('name'),
    evidence: row.evidence,
  };
  names(row, entity);
  if (row.get('orcid')) entity.ids = { orcid: check.orcid(row.get('orcid')) };
  if (row.get('homepage')) entity.homepage = check.url(row.get('homepage'), 'homepage');
  const headline = row.get('headline');
  // A phone or an address in a headline must not be stored; the rest of the person still is.
  if (headline && holdsContact(headline)) entity.warnings = ['headline left out: it holds a phone number or e-mail'];
  else if (headline) entity.details = { headline };
  return [entity];
}

/** The organization alone; its parent was checked against the whole file before. */
function organization(row: Row): ImportRecord[] {
  const entity: EntityRecord = {
    type: 'entity',
    ref: refOf('organizations', row.get('id')),
    kind: 'ORGANIZATION',
    name: row.get('name'),
    evidence: row.evidence,
  };
  names(row, entity);
  if (row.get('kind')) entity.details = { orgKind: check.oneOf(row.get('kind'), 'kind', ORG_KINDS) };
  if (row.get('ror')) entity.ids = { ror: check.ror(row.get('ror')) };
  const records: ImportRecord[] = [entity];
  const parent = row.get('parent');
  if (parent) {
    records.push({
      type: 'relation',
      kind: 'PART_OF',
      from: entity.ref,
      to: refOf('organizations', parent),
      evidence: row.evidence,
    });
  }
  return records;
}

function publication(row: Row): ImportRecord[] {
  const entity: EntityRecord = {
    type: 'entity',
    ref: refOf('publications', row.get('id')),
    kind: 'PUBLICATION',
    name: row.get('title'),
    evidence: row.evidence,
  };
  const details: Record<string, string | number> = {};
  if (row.get('year')) details.year = check.year(row.get('year'));
  if (row.get('kind')) details.pubKind = check.oneOf(row.get('kind'), 'kind', PUB_KINDS);
  if (Object.keys(details).length > 0) entity.details = details;
  if (row.get('doi')) entity.ids = { doi: check.doi(row.get('doi')) };
  const records: ImportRecord[] = [entity];
  const venue = row.get('venue');
  if (venue) {
    // A venue is named per publication; resolution, not the reader, decides two names are one venue.
    const ref = `venue:${row.get('id')}`;
    records.push({ type: 'entity', ref, kind: 'VENUE', name: venue, evidence: row.evidence });
    records.push({ type: 'relation', kind: 'PUBLISHED_IN', from: entity.ref, to: ref, evidence: row.evidence });
  }
  return records;
}

function affiliation(row: Row, ids: Ids): ImportRecord[] {
  const kind = check.oneOf(row.get('relation'), 'relation', ['STUDIED_AT', 'WORKED_AT'] as const);
  const from = reference(ids, 'people', row.get('person'), 'person');
  const to = reference(ids, 'organizations', row.get('organization'), 'organization');
  const values: RelationRecord['values'] = { ...check.period(row.get('start'), row.get('end')) };
  const belongs = { role: 'WORKED_AT', degree: 'STUDIED_AT', field: 'STUDIED_AT' } as const;
  for (const [column, relation] of Object.entries(belongs) as [keyof typeof belongs, string][]) {
    const value = row.get(column);
    if (!value) continue;
    if (relation !== kind) throw new check.BadValue(`${column} is for ${relation} rows, and this row is ${kind}`);
    values[column] = value;
  }
  return [{ type: 'relation', kind, from, to, values, evidence: row.evidence, ...basisOf(row) }];
}

/** A fact the spreadsheet marks `inferred` follows from what it holds without being said outright. */
function basisOf(row: Row): Pick<RelationRecord, 'basis'> {
  return row.get('basis') ? { basis: check.oneOf(row.get('basis'), 'basis', ['stated', 'inferred'] as const) } : {};
}

function authorship(row: Row, ids: Ids): ImportRecord[] {
  const from = reference(ids, 'people', row.get('person'), 'person');
  const to = reference(ids, 'publications', row.get('publication'), 'publication');
  const relation: RelationRecord = { type: 'relation', kind: 'AUTHORED', from, to, evidence: row.evidence };
  if (row.get('position')) relation.values = { position: check.positiveInteger(row.get('position'), 'position') };
  return [relation];
}

function mentorship(row: Row, ids: Ids): ImportRecord[] {
  const from = reference(ids, 'people', row.get('mentor'), 'mentor');
  const to = reference(ids, 'people', row.get('mentee'), 'mentee');
  if (from === to) throw new check.BadValue(`mentor and mentee are both "${row.get('mentor')}"`);
  const values: RelationRecord['values'] = { ...check.period(row.get('start'), row.get('end')) };
  if (row.get('context')) values.context = check.oneOf(row.get('context'), 'context', MENTOR_CONTEXTS);
  const relation: RelationRecord = {
    type: 'relation',
    kind: 'MENTORED',
    from,
    to,
    evidence: row.evidence,
    ...basisOf(row),
  };
  if (Object.keys(values).length > 0) relation.values = values;
  return [relation];
}

/** The records of one row of a table; throws check.BadValue with the reason to skip it. */
export function recordsOf(table: Table, row: Row, ids: Ids): ImportRecord[] {
  switch (table) {
    case 'people':
      return person(row);
    case 'organizations':
      return organization(row);
    case 'publications':
      return publication(row);
    case 'affiliations':
      return affiliation(row, ids);
    case 'authorships':
      return authorship(row, ids);
    case 'mentorships':
      return mentorship(row, ids);
  }
}
