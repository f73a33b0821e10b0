import { basename } from 'node:path';
import { EMAIL_EXACT } from '../checks/email.ts';
import { type EntityRecord, type ImportRecord, type Reader, ReadError } from '../records/model.ts';
import { AFFILIATION_SECTIONS, affiliationRecords, affiliationSummaries } from './orcid/affiliations.ts';
import { type Json, list, obj, readJsonDocument, snippet, storable, text } from './orcid/json.ts';
import { workRecords } from './orcid/works.ts';

const ORCID_ID = /^\d{4}-\d{4}-\d{4}-\d{3}[\dX]$/;
const PERSON_REF = 'person';

/**
 * An ORCID record as the public API returns it (`/v3.0/{orcid}/record`, also the 2.x shape):
 * one person, their employments and educations, their keywords and their works.
 */
export const orcidReader: Reader = {
  format: 'orcid',
  detect(name, head) {
    if (!/\.json$/i.test(name) && !head.trimStart().startsWith('{')) return false;
    // Search answers also carry "orcid-identifier", but none of a record's own sections.
    return (
      /"orcid-identifier"\s*:\s*\{/.test(head) && /"(?:person|activities-summary|history|preferences)"\s*:/.test(head)
    );
  },
  read,
};

async function* read(path: string): AsyncGenerator<ImportRecord> {
  const file = basename(path);
  const record = obj(await readJsonDocument(path));
  const orcid = text(obj(record?.['orcid-identifier'])?.path)?.toUpperCase();
  if (!record || orcid === undefined) {
    throw new ReadError(`${file} is not an ORCID record: it has no "orcid-identifier" with a path`);
  }
  if (!ORCID_ID.test(orcid)) throw new ReadError(`${file}: "${orcid}" is not an ORCID iD`);

  const person = obj(record.person) ?? {};
  yield personRecord(person, orcid, file);
  yield* keywordRecords(person, file);

  const activities = obj(record['activities-summary']) ?? {};
  for (const section of AFFILIATION_SECTIONS) {
    for (const [summary, pointer] of affiliationSummaries(activities, section)) {
      yield* affiliationRecords(summary, pointer, section, PERSON_REF, file);
    }
  }
  const groups = list(obj(activities.works)?.group);
  for (let g = 0; g < groups.length; g++) yield* workRecords(groups[g], g, PERSON_REF, file);
}

function personRecord(person: Json, orcid: string, file: string): EntityRecord {
  const warnings: string[] = [];
  const name = obj(person.name);
  const given = text(name?.['given-names']);
  const family = text(name?.['family-name']);
  const credit = text(name?.['credit-name']);
  const full = storable([given, family].filter(Boolean).join(' ') || undefined, 'name', warnings);
  const aliases = [
    credit,
    ...list(obj(person['other-names'])?.['other-name']).map((other) => text(obj(other)?.content)),
  ]
    .map((alias) => storable(alias, 'other name', warnings))
    .filter((alias): alias is string => alias !== undefined && alias !== full);
  const display = full ?? aliases.shift();
  if (display === undefined) warnings.push('the record shows no name; the ORCID iD stands in for it');

  const record: EntityRecord = {
    type: 'entity',
    ref: PERSON_REF,
    kind: 'PERSON',
    name: display ?? orcid,
    ids: { orcid, ...personIds(person) },
    evidence: { file, locator: '/person/name', snippet: snippet([orcid, given, family, credit]) },
  };
  const unique = [...new Set(aliases)];
  if (unique.length > 0) record.aliases = unique;
  const homepage = text(obj(obj(list(obj(person['researcher-urls'])?.['researcher-url'])[0])?.url)?.value);
  if (homepage && /^https?:\/\//i.test(homepage)) record.homepage = homepage;
  const email = list(obj(person.emails)?.email)
    .map((entry) => text(obj(entry)?.email))
    .find((address) => address !== undefined && EMAIL_EXACT.test(address));
  if (email) record.email = email;
  if (warnings.length > 0) record.warnings = warnings;
  return record;
}

/** The person's own identifiers besides the ORCID iD, as ORCID's member integrations add them. */
function personIds(person: Json): EntityRecord['ids'] {
  const ids: NonNullable<EntityRecord['ids']> = {};
  for (const entry of list(obj(person['external-identifiers'])?.['external-identifier'])) {
    const type = text(obj(entry)?.['external-id-type'])?.toLowerCase();
    const value = text(obj(entry)?.['external-id-value']);
    if (!value) continue;
    if (type === 'scopus author id') ids.scopus = value;
    if (type === 'isni') ids.isni = value.replace(/\s+/g, '');
  }
  return ids;
}

/** Keywords become topics; people often type several into one box, split on `;` or `,`. */
function* keywordRecords(person: Json, file: string): Generator<ImportRecord> {
  const keywords = list(obj(person.keywords)?.keyword);
  for (let k = 0; k < keywords.length; k++) {
    const locator = `/person/keywords/keyword/${k}`;
    const content = text(obj(keywords[k])?.content);
    if (!content) {
      yield { type: 'skipped', file, locator, reason: 'this keyword is empty' };
      continue;
    }
    const topics = content
      .split(/[;,]/)
      .map((topic) => topic.trim())
      .filter(Boolean);
    for (let t = 0; t < topics.length; t++) {
      const ref = `topic:${locator}/${t}`;
      const evidence = { file, locator, snippet: snippet([content]) };
      yield { type: 'entity', ref, kind: 'TOPIC', name: topics[t] as string, evidence };
      yield { type: 'relation', kind: 'RESEARCHES', from: PERSON_REF, to: ref, evidence };
    }
  }
}
