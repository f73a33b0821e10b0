import type { ORG_KINDS } from '../../kinds.ts';
import type { EntityRecord, Identifiers, ImportRecord, RelationRecord } from '../../records/model.ts';
import {
  arr,
  evidence,
  type Json,
  num,
  obj,
  openalexId,
  orcidOf,
  type Place,
  refOf,
  rorOf,
  scopusOf,
  skipped,
  str,
  wikidataOf,
} from './json.ts';

type OrgKind = (typeof ORG_KINDS)[number];

/**
 * OpenAlex institution types (from ROR). `funder` is left without a kind: since 2024 OpenAlex
 * gives it to many universities, so it says who pays, not what the organization is.
 */
const ORG_KIND: Readonly<Record<string, OrgKind>> = {
  education: 'UNIVERSITY',
  company: 'COMPANY',
  facility: 'LAB',
  other: 'INSTITUTE',
  government: 'INSTITUTE',
  nonprofit: 'INSTITUTE',
  healthcare: 'INSTITUTE',
  archive: 'INSTITUTE',
};

/** Identifiers with their empty ones left out, or undefined when none is left. */
export function idsOf(ids: Identifiers): Identifiers | undefined {
  const kept = Object.fromEntries(Object.entries(ids).filter(([, value]) => value !== undefined));
  return Object.keys(kept).length > 0 ? (kept as Identifiers) : undefined;
}

function aliasesOf(name: string, ...lists: unknown[]): string[] | undefined {
  const aliases = new Set<string>();
  for (const value of lists.flatMap((list) => (Array.isArray(list) ? list : [list]))) {
    const alias = str(value);
    if (alias && alias !== name) aliases.add(alias);
  }
  return aliases.size > 0 ? [...aliases] : undefined;
}

export function relation(
  kind: RelationRecord['kind'],
  from: string,
  to: string,
  found: RelationRecord['evidence'],
  values?: RelationRecord['values'],
): RelationRecord {
  const record: RelationRecord = { type: 'relation', kind, from, to, basis: 'stated', evidence: found };
  if (values && Object.keys(values).length > 0) record.values = values;
  return record;
}

/**
 * An institution as OpenAlex nests it in authorships and author affiliations (a "dehydrated"
 * institution), or a whole institution object; undefined with a skipped record when it has no name.
 */
export function organization(institution: Json, place: Place, pointer: string): EntityRecord | ImportRecord {
  const id = openalexId(institution.id);
  const name = str(institution.display_name);
  if (!name) return skipped(place, pointer, `an institution${id ? ` (${id})` : ''} has no name; it was left out`);
  const record: EntityRecord = {
    type: 'entity',
    ref: refOf(id, place, pointer),
    kind: 'ORGANIZATION',
    name,
    evidence: evidence(place, pointer, { id: institution.id, display_name: name, ror: institution.ror }),
  };
  const extra = obj(institution.ids);
  const ids = idsOf({
    openalex: id,
    ror: rorOf(institution.ror) ?? rorOf(extra?.ror),
    wikidata: wikidataOf(extra?.wikidata),
  });
  if (ids) record.ids = ids;
  const orgKind = ORG_KIND[str(institution.type)?.toLowerCase() ?? ''];
  if (orgKind) record.details = { orgKind };
  const aliases = aliasesOf(name, institution.display_name_alternatives, institution.display_name_acronyms);
  if (aliases) record.aliases = aliases;
  const homepage = str(institution.homepage_url);
  if (homepage) record.homepage = homepage;
  return record;
}

/** An author object (`/authors/A…`): the person, and the institutions OpenAlex lists with years. */
export function mapAuthor(author: Json, place: Place): ImportRecord[] {
  const name = str(author.display_name);
  if (!name) return [skipped(place, '', 'the author has no display_name; it was left out')];
  const extra = obj(author.ids);
  const person: EntityRecord = {
    type: 'entity',
    ref: refOf(place.id, place, ''),
    kind: 'PERSON',
    name,
    evidence: evidence(place, '', { id: author.id, display_name: name, orcid: author.orcid }),
  };
  const ids = idsOf({
    openalex: place.id,
    orcid: orcidOf(author.orcid) ?? orcidOf(extra?.orcid),
    scopus: scopusOf(extra?.scopus),
  });
  if (ids) person.ids = ids;
  const aliases = aliasesOf(name, author.display_name_alternatives);
  if (aliases) person.aliases = aliases;

  const records: ImportRecord[] = [person];
  const dated = new Set<string>();
  arr(author.affiliations).forEach((entry, i) => {
    const institution = obj(obj(entry)?.institution);
    if (!institution) return;
    const org = organization(institution, place, `/affiliations/${i}/institution`);
    records.push(org);
    if (org.type !== 'entity') return;
    dated.add(org.ref);
    const years = arr(obj(entry)?.years)
      .map(num)
      .filter((year): year is number => year !== undefined && Number.isInteger(year) && year >= 1000 && year <= 9999)
      .sort((a, b) => a - b);
    const stated = { institution: { id: institution.id, display_name: org.name }, years: obj(entry)?.years };
    const found = evidence(place, `/affiliations/${i}`, stated);
    if (years.length === 0) records.push(relation('AFFILIATED_WITH', person.ref, org.ref, found));
    // One fact per year: the years OpenAlex lists need not be contiguous.
    for (const year of years) records.push(relation('AFFILIATED_WITH', person.ref, org.ref, found, { year }));
  });

  // `last_known_institution` (one object) is the 2022 schema, `last_known_institutions` the newer one.
  const lastKnown = Array.isArray(author.last_known_institutions)
    ? author.last_known_institutions.map((value, i) => [value, `/last_known_institutions/${i}`] as const)
    : [[author.last_known_institution, '/last_known_institution'] as const];
  for (const [value, pointer] of lastKnown) {
    const institution = obj(value);
    if (!institution) continue;
    const org = organization(institution, place, pointer);
    // Already stated with its years among the affiliations: nothing more to say.
    if (org.type === 'entity' && dated.has(org.ref)) continue;
    records.push(org);
    if (org.type !== 'entity') continue;
    const found = evidence(place, pointer, { id: institution.id, display_name: org.name });
    records.push(relation('AFFILIATED_WITH', person.ref, org.ref, found, { note: 'last known institution' }));
  }
  return records;
}

/** A source (journal, conference, repository) or a venue of the 2022 schema. */
export function venue(source: Json, place: Place, pointer: string): EntityRecord | undefined {
  const name = str(source.display_name);
  if (!name) return undefined;
  const id = openalexId(source.id);
  const record: EntityRecord = {
    type: 'entity',
    ref: refOf(id, place, pointer),
    kind: 'VENUE',
    name,
    evidence: evidence(place, pointer, { id: source.id, display_name: name, type: source.type }),
  };
  const ids = idsOf({ openalex: id });
  if (ids) record.ids = ids;
  const homepage = str(source.homepage_url);
  if (homepage) record.homepage = homepage;
  return record;
}

/** A topic (`T…`, current schema) or concept (`C…`, 2022 schema, with its Wikidata item). */
export function topic(value: Json, place: Place, pointer: string): EntityRecord | undefined {
  const name = str(value.display_name);
  if (!name) return undefined;
  const id = openalexId(value.id);
  const record: EntityRecord = {
    type: 'entity',
    ref: refOf(id, place, pointer),
    kind: 'TOPIC',
    name,
    evidence: evidence(place, pointer, { id: value.id, display_name: name, score: value.score }),
  };
  const ids = idsOf({ openalex: id, wikidata: wikidataOf(value.wikidata) ?? wikidataOf(obj(value.ids)?.wikidata) });
  if (ids) record.ids = ids;
  return record;
}
