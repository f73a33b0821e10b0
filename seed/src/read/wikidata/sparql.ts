import type { EntityKind, RelationKind } from '../../kinds.ts';
import type { EntityRecord, IdentifierKind, ImportRecord, RelationRecord } from '../../records/model.ts';
import { partialDateFrom } from '../dates.ts';
import type { Collector } from './collector.ts';
import { type Json, obj } from './source.ts';
import { compactSnippet } from './values.ts';

/**
 * The query variables read from a SPARQL result (`?person ?personLabel ?advisor …`). Each row
 * has one subject, the first of SUBJECTS bound; the others relate to it. Any variable may come
 * with `…Label` (its English or Chinese name, by `xml:lang`) and `…AltLabel` (aliases, comma
 * separated) from the label service. Variables not listed here are ignored.
 */
export const SUBJECTS = ['person', 'human', 'researcher', 'scholar', 'item'];
const RELATED: Record<string, { kind: EntityKind; relation?: RelationKind; subjectIsTo?: boolean }> = {
  advisor: { kind: 'PERSON', relation: 'MENTORED', subjectIsTo: true },
  doctoralAdvisor: { kind: 'PERSON', relation: 'MENTORED', subjectIsTo: true },
  student: { kind: 'PERSON', relation: 'MENTORED' },
  doctoralStudent: { kind: 'PERSON', relation: 'MENTORED' },
  employer: { kind: 'ORGANIZATION', relation: 'WORKED_AT' },
  educatedAt: { kind: 'ORGANIZATION', relation: 'STUDIED_AT' },
  school: { kind: 'ORGANIZATION', relation: 'STUDIED_AT' },
  almaMater: { kind: 'ORGANIZATION', relation: 'STUDIED_AT' },
  org: { kind: 'ORGANIZATION' },
  organization: { kind: 'ORGANIZATION' },
};
/** Literal variables holding the subject's identifiers, or the dates of the row's relation. */
const ID_VARIABLES: Record<string, IdentifierKind> = {
  orcid: 'orcid',
  dblp: 'dblp',
  ror: 'ror',
  isni: 'isni',
  scopus: 'scopus',
  openalex: 'openalex',
};
const DATE_VARIABLES: Record<string, 'start' | 'end'> = {
  start: 'start',
  startTime: 'start',
  end: 'end',
  endTime: 'end',
};

const ENTITY_URI = /^https?:\/\/www\.wikidata\.org\/entity\/(Q\d+)$/;

function binding(row: Json, variable: string): Json | undefined {
  return obj(row[variable]);
}

function literal(row: Json, variable: string): string | undefined {
  const value = binding(row, variable)?.value;
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

/**
 * SPARQL gives dates as full timestamps and drops their precision; the first of January is
 * almost always a year-precision value, so it is read as the year.
 */
function sparqlDate(value: string | undefined): string | undefined {
  const match = value ? /^(\d{4})-(\d{2})-(\d{2})T/.exec(value) : null;
  if (!match) return undefined;
  const [, year, month, day] = match as unknown as [string, string, string, string];
  return month === '01' && day === '01' ? year : partialDateFrom(year, month, day).date;
}

function entityFrom(row: Json, variable: string, qid: string, kind: EntityKind, base: EntityRecord['evidence']) {
  const label = binding(row, `${variable}Label`);
  const text = literal(row, `${variable}Label`);
  const lang = typeof label?.['xml:lang'] === 'string' ? label['xml:lang'] : '';
  // The label service answers with the bare QID when the item has no label in the language asked.
  const named = text !== undefined && text !== qid ? text : undefined;
  const isChinese = /^zh(?:-hans|-cn)?$/i.test(lang);
  const record: EntityRecord = {
    type: 'entity',
    ref: qid,
    kind,
    name: named ?? qid,
    ids: { wikidata: qid },
    evidence: base,
  };
  if (named && isChinese) record.nameZh = named;
  if (!named) record.warnings = [`no label for ${qid} in this result; its QID stands in for its name`];
  const aliases = literal(row, `${variable}AltLabel`)
    ?.split(',')
    .map((alias) => alias.trim())
    .filter((alias) => alias !== '' && alias !== named);
  if (aliases && aliases.length > 0) record.aliases = [...new Set(aliases)];
  return record;
}

export function* sparqlRecords(result: Json, file: string, collector: Collector): Generator<ImportRecord> {
  const rows = (obj(result.results)?.bindings as unknown[]) ?? [];
  const seenRelations = new Set<string>();
  for (let r = 0; r < rows.length; r++) {
    const row = obj(rows[r]);
    const locator = `/results/bindings/${r}`;
    if (!row) {
      yield { type: 'skipped', file, locator, reason: 'this result row is not an object' };
      continue;
    }
    const items = Object.keys(row)
      .map((variable) => [variable, ENTITY_URI.exec(String(binding(row, variable)?.value ?? ''))?.[1]] as const)
      .filter((pair): pair is readonly [string, string] => pair[1] !== undefined);
    const subject = SUBJECTS.map((name) => items.find(([variable]) => variable === name)).find(Boolean);
    const related = items.filter(([variable]) => variable in RELATED);
    if (!subject && related.length === 0) {
      const reason = `no item in a recognised variable (?${SUBJECTS.join(', ?')}, ?${Object.keys(RELATED).join(', ?')})`;
      yield { type: 'skipped', file, locator, reason };
      continue;
    }
    const evidence = { file, locator, snippet: compactSnippet(Object.fromEntries(items)) };

    if (subject) {
      const record = entityFrom(row, subject[0], subject[1], 'PERSON', evidence);
      for (const [variable, kind] of Object.entries(ID_VARIABLES)) {
        const value = literal(row, variable);
        if (value) record.ids = { ...record.ids, [kind]: value.replace(/^https?:\/\/[^/]+\//, '') };
      }
      yield* collector.entity(record);
    }
    const values: RelationRecord['values'] = {};
    for (const [variable, field] of Object.entries(DATE_VARIABLES)) {
      const date = sparqlDate(literal(row, variable));
      if (date) values[field] = date;
    }
    for (const [variable, qid] of related) {
      const role = RELATED[variable] as (typeof RELATED)[string];
      yield* collector.entity(entityFrom(row, variable, qid, role.kind, evidence));
      if (!subject || !role.relation) continue;
      const [from, to] = role.subjectIsTo ? [qid, subject[1]] : [subject[1], qid];
      const relationValues = { ...(role.relation === 'MENTORED' ? { context: 'advisor' } : values) };
      const key = JSON.stringify([role.relation, from, to, relationValues]);
      if (seenRelations.has(key)) continue;
      seenRelations.add(key);
      const relation: RelationRecord = { type: 'relation', kind: role.relation, from, to, evidence };
      if (Object.keys(relationValues).length > 0) relation.values = relationValues;
      yield relation;
    }
  }
}
