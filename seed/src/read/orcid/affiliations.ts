import type { EntityRecord, ImportRecord, RelationRecord } from '../../records/model.ts';
import { partialDateFrom } from '../dates.ts';
import { type Json, list, obj, snippet, storable, text } from './json.ts';

/** The two affiliation sections read, and the relation and summary key each one uses. */
export const AFFILIATION_SECTIONS = [
  { section: 'employments', summaryKey: 'employment-summary', kind: 'WORKED_AT', titleAs: 'role' },
  { section: 'educations', summaryKey: 'education-summary', kind: 'STUDIED_AT', titleAs: 'degree' },
] as const;

type Section = (typeof AFFILIATION_SECTIONS)[number];

/**
 * Every summary of a section with its JSON pointer. API 3.0 nests summaries in affiliation
 * groups; 2.x lists them directly, and records saved from it are still around.
 */
export function* affiliationSummaries(activities: Json, { section, summaryKey }: Section): Generator<[Json, string]> {
  const container = obj(activities[section]);
  if (!container) return;
  const base = `/activities-summary/${section}`;
  const affiliations: [Json, string][] = [];
  list(container['affiliation-group']).forEach((group, g) => {
    list(obj(group)?.summaries).forEach((wrapper, s) => {
      const summary = obj(obj(wrapper)?.[summaryKey]);
      if (summary) affiliations.push([summary, `${base}/affiliation-group/${g}/summaries/${s}`]);
    });
  });
  list(container[summaryKey]).forEach((summary, i) => {
    const found = obj(summary);
    if (found) affiliations.push([found, `${base}/${summaryKey}/${i}`]);
  });
  yield* affiliations;
}

export interface DateValue {
  date: string | undefined;
  warning?: string;
}

export function orcidDate(value: unknown): DateValue {
  const date = obj(value);
  if (!date) return { date: undefined };
  return partialDateFrom(text(date.year), text(date.month), text(date.day));
}

const ROR_URL = /^(?:https?:\/\/)?(?:www\.)?ror\.org\//i;

/**
 * One affiliation summary: the organization (and its department as a unit of it) and the
 * person's relation to the most specific of them. Only ROR identifies an organization here;
 * RINGGOLD, GRID and FUNDREF ids are ORCID's own matching and mean nothing to resolution.
 */
export function affiliationRecords(
  summary: Json,
  pointer: string,
  section: Section,
  personRef: string,
  file: string,
): ImportRecord[] {
  const organization = obj(summary.organization);
  const warnings: string[] = [];
  const orgName = storable(text(organization?.name), 'organization name', warnings);
  const what = section.kind === 'WORKED_AT' ? 'employment' : 'education';
  if (!organization || !orgName) {
    return [{ type: 'skipped', file, locator: pointer, reason: `this ${what} names no organization` }];
  }
  const title = storable(text(summary['role-title']), section.titleAs, warnings);
  const department = storable(text(summary['department-name']), 'department', warnings);
  const start = orcidDate(summary['start-date']);
  const end = orcidDate(summary['end-date']);
  const address = obj(organization.address);
  const city = text(address?.city);
  const country = text(address?.country);
  const evidence = {
    file,
    locator: pointer,
    snippet: snippet([orgName, department, title, start.date, end.date ? `– ${end.date}` : undefined]),
  };

  const disambiguated = obj(organization['disambiguated-organization']);
  const source = text(disambiguated?.['disambiguation-source'])?.toUpperCase();
  const rorId = text(disambiguated?.['disambiguated-organization-identifier'])?.replace(ROR_URL, '');
  const orgRef = `org:${pointer}`;
  const records: ImportRecord[] = [];
  const org: EntityRecord = { type: 'entity', ref: orgRef, kind: 'ORGANIZATION', name: orgName, evidence };
  if (source === 'ROR' && rorId) org.ids = { ror: rorId.toLowerCase() };
  records.push(org);

  let target = orgRef;
  if (department) {
    target = `unit:${pointer}`;
    records.push({ type: 'entity', ref: target, kind: 'ORGANIZATION', name: department, evidence });
    records.push({ type: 'relation', kind: 'PART_OF', from: target, to: orgRef, evidence });
  }

  const values: RelationRecord['values'] = {};
  if (title) values[section.titleAs] = title;
  if (start.date) values.start = start.date;
  if (end.date) values.end = end.date;
  // The city and country say which campus or branch; the region and anything finer are not kept.
  const location = [city, country].filter((part) => part !== undefined).join(', ');
  if (location) values.location = location;
  for (const [label, date] of [
    ['start', start],
    ['end', end],
  ] as const) {
    if (date.warning) warnings.push(`${label} date: ${date.warning}`);
  }
  const relation: RelationRecord = { type: 'relation', kind: section.kind, from: personRef, to: target, evidence };
  if (Object.keys(values).length > 0) relation.values = values;
  if (warnings.length > 0) relation.warnings = warnings;
  records.push(relation);
  return records;
}
