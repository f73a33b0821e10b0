import { EMAIL_EXACT } from '../../checks/email.ts';
import {
  ReadError,
  type EntityRecord,
  type Evidence,
  type ImportRecord,
  type RelationRecord,
} from '../../records/model.ts';
import { cleanText } from '../csv-rows.ts';
import { linkedinDate } from './dates.ts';
import { exportRows, type ExportRow } from './rows.ts';
import type { ExportSource } from './source.ts';

/** The one person an export describes; every position, school and skill is theirs. */
export const SUBJECT = 'person';

function evidence(source: ExportSource, name: string, row: ExportRow, parts: string[]): Evidence {
  return {
    file: source.fileOf(name),
    locator: `${name} row ${row.row}`,
    line: row.line,
    // Built from the columns used, never the whole row: Description and Location may hold contacts.
    snippet: cleanText(parts.filter(Boolean).join(',')),
  };
}

/** The address to match the person by: the primary one, else the first the export lists. */
export async function readEmail(source: ExportSource): Promise<string | undefined> {
  if (!source.has('Email Addresses.csv')) return undefined;
  let first: string | undefined;
  for await (const row of exportRows(source, 'Email Addresses.csv')) {
    const address = row.get('Email Address');
    if (!EMAIL_EXACT.test(address)) continue;
    if (row.get('Primary').toLowerCase() === 'yes') return address;
    first ??= address;
  }
  return first;
}

/**
 * `[PERSONAL:https://a.example,COMPANY:https://b.example]` in newer exports, a bare URL in
 * older ones. A personal site says most about the person, so it wins.
 */
export function homepageOf(websites: string): string | undefined {
  const urls = [...websites.matchAll(/(?:([A-Z]+):)?(https?:\/\/[^\s,\]]+)/g)].map(([, kind, url]) => ({ kind, url }));
  return (urls.find(({ kind }) => kind === 'PERSONAL') ?? urls[0])?.url;
}

export async function* readProfile(source: ExportSource, email: string | undefined): AsyncGenerator<ImportRecord> {
  for await (const row of exportRows(source, 'Profile.csv')) {
    const first = row.get('First Name');
    const last = row.get('Last Name');
    const name = `${first} ${last}`.trim();
    if (!name) throw new ReadError(`Profile.csv row ${row.row} has no name, so the export cannot say whose it is`);
    const headline = row.get('Headline');
    const homepage = homepageOf(row.get('Websites'));
    const person: EntityRecord = {
      type: 'entity',
      ref: SUBJECT,
      kind: 'PERSON',
      name,
      evidence: evidence(source, 'Profile.csv', row, [first, last, headline]),
    };
    // Address, Zip Code, Birth Date and the contact columns are never read.
    if (headline) person.details = { headline: cleanText(headline, 300) };
    if (homepage) person.homepage = homepage;
    if (email) person.email = email;
    yield person;
    return;
  }
  throw new ReadError('Profile.csv has no row: the export cannot say whose it is');
}

/** House numbers and street words: a location that is an address rather than LinkedIn's city text. */
const STREET =
  /^\s*\d+[A-Za-z]?\b|\b\d+\s+\p{L}+\s+(?:street|st|road|rd|avenue|ave|boulevard|blvd|lane|ln|drive|dr)\b|\b(?:street|road|avenue|boulevard|plaza|suite|floor|building)\b|\b\d{5}(?:-\d{4})?\b/iu;

function datedValues(row: ExportRow, startColumn: string, endColumn: string) {
  const start = linkedinDate(row.get(startColumn), startColumn);
  const end = linkedinDate(row.get(endColumn), endColumn);
  const values: RelationRecord['values'] = {};
  if (start.date) values.start = start.date;
  if (end.date) values.end = end.date;
  const warnings = [start.warning, end.warning].filter((warning): warning is string => warning !== undefined);
  return { values, warnings };
}

export async function* readPositions(source: ExportSource): AsyncGenerator<ImportRecord> {
  for await (const row of exportRows(source, 'Positions.csv')) {
    const company = row.get('Company Name');
    if (!company) {
      yield {
        type: 'skipped',
        file: source.fileOf('Positions.csv'),
        locator: `Positions.csv row ${row.row}`,
        reason: 'the position names no company',
      };
      continue;
    }
    const ref = `org-position-${row.row}`;
    const title = row.get('Title');
    const ev = evidence(source, 'Positions.csv', row, [company, title, row.get('Started On'), row.get('Finished On')]);
    yield { type: 'entity', ref, kind: 'ORGANIZATION', name: company, details: { orgKind: 'COMPANY' }, evidence: ev };
    const { values, warnings } = datedValues(row, 'Started On', 'Finished On');
    if (title) values.role = title;
    const location = row.get('Location');
    if (location && STREET.test(location)) warnings.push('Location left out: it reads as a street address, not a city');
    else if (location) values.location = location;
    const relation: RelationRecord = {
      type: 'relation',
      kind: 'WORKED_AT',
      from: SUBJECT,
      to: ref,
      values,
      evidence: ev,
    };
    if (warnings.length > 0) relation.warnings = warnings;
    yield relation;
  }
}

export async function* readEducation(source: ExportSource): AsyncGenerator<ImportRecord> {
  for await (const row of exportRows(source, 'Education.csv')) {
    const school = row.get('School Name');
    if (!school) {
      yield {
        type: 'skipped',
        file: source.fileOf('Education.csv'),
        locator: `Education.csv row ${row.row}`,
        reason: 'the education entry names no school',
      };
      continue;
    }
    const ref = `org-education-${row.row}`;
    const degree = row.get('Degree Name');
    const ev = evidence(source, 'Education.csv', row, [school, row.get('Start Date'), row.get('End Date'), degree]);
    yield { type: 'entity', ref, kind: 'ORGANIZATION', name: school, details: { orgKind: 'UNIVERSITY' }, evidence: ev };
    // Notes and Activities are free text about the person's time there, not facts of the graph.
    const { values, warnings } = datedValues(row, 'Start Date', 'End Date');
    if (degree) values.degree = degree;
    const relation: RelationRecord = {
      type: 'relation',
      kind: 'STUDIED_AT',
      from: SUBJECT,
      to: ref,
      values,
      evidence: ev,
    };
    if (warnings.length > 0) relation.warnings = warnings;
    yield relation;
  }
}

export async function* readSkills(source: ExportSource): AsyncGenerator<ImportRecord> {
  for await (const row of exportRows(source, 'Skills.csv')) {
    const skill = row.get('Name');
    if (!skill) {
      yield {
        type: 'skipped',
        file: source.fileOf('Skills.csv'),
        locator: `Skills.csv row ${row.row}`,
        reason: 'the skill has no name',
      };
      continue;
    }
    const ref = `skill-${row.row}`;
    const ev = evidence(source, 'Skills.csv', row, [skill]);
    yield { type: 'entity', ref, kind: 'SKILL', name: skill, evidence: ev };
    yield { type: 'relation', kind: 'HAS_SKILL', from: SUBJECT, to: ref, evidence: ev };
  }
}
