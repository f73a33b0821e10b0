import type { EntityKind, RelationKind } from '../../kinds.ts';
import type { EntityRecord, Evidence, IdentifierKind, ImportRecord, RelationRecord } from '../../records/model.ts';
import type { Collector } from './collector.ts';
import { type Json, obj } from './source.ts';
import { clean, compactSnippet, itemId, labelsOf, timeValue } from './values.ts';

const HUMAN = 'Q5';

/** Instance-of classes (P31) read as organizations, with the graph's kind where one fits. */
const ORG_CLASSES: Record<string, string | undefined> = {
  Q3918: 'UNIVERSITY', // university
  Q875538: 'UNIVERSITY', // public university
  Q902104: 'UNIVERSITY', // private university
  Q15936437: 'UNIVERSITY', // research university
  Q4830453: 'COMPANY', // business
  Q783794: 'COMPANY', // company
  Q891723: 'COMPANY', // public company
  Q6881511: 'COMPANY', // enterprise
  Q31855: 'INSTITUTE', // research institute
  Q1664720: 'INSTITUTE', // institute
  Q483242: 'LAB', // laboratory
  Q43229: undefined, // organization
};

/**
 * Statements that relate a person to another item. P463 (member of) is not read: membership
 * of an academy or society is neither employment (WORKED_AT) nor a project (PARTICIPATED_IN).
 */
const RELATIONS: Record<string, { kind: RelationKind; target: EntityKind; targetIsFrom?: boolean }> = {
  P184: { kind: 'MENTORED', target: 'PERSON', targetIsFrom: true }, // doctoral advisor
  P185: { kind: 'MENTORED', target: 'PERSON' }, // doctoral student
  P108: { kind: 'WORKED_AT', target: 'ORGANIZATION' }, // employer
  P69: { kind: 'STUDIED_AT', target: 'ORGANIZATION' }, // educated at
};

const IDENTIFIERS: Record<string, IdentifierKind> = {
  P496: 'orcid',
  P2456: 'dblp',
  P6782: 'ror',
  P356: 'doi',
  P1153: 'scopus',
  P213: 'isni',
  P10283: 'openalex',
};

/** Statements of a property that count: deprecated ones are known to be wrong; preferred come first. */
function statements(claims: Json, property: string): [Json, number][] {
  const all = Array.isArray(claims[property]) ? (claims[property] as unknown[]) : [];
  const kept = all
    .map((statement, i) => [obj(statement), i] as const)
    .filter((pair): pair is [Json, number] => pair[0] !== undefined && pair[0].rank !== 'deprecated');
  return kept.sort(([a], [b]) => Number(b.rank === 'preferred') - Number(a.rank === 'preferred'));
}

function mainValue(statement: Json): unknown {
  const snak = obj(statement.mainsnak);
  // `somevalue` and `novalue` snaks say a value is unknown or absent: nothing to read.
  return snak?.snaktype === undefined || snak.snaktype === 'value' ? obj(snak?.datavalue)?.value : undefined;
}

function normalizeId(kind: IdentifierKind, value: string): string {
  if (kind === 'doi') return value.replace(/^https?:\/\/(?:dx\.)?doi\.org\//i, '').toLowerCase();
  if (kind === 'isni') return value.replace(/\s+/g, '');
  if (kind === 'ror') return value.replace(/^https?:\/\/ror\.org\//i, '').toLowerCase();
  if (kind === 'orcid') return value.toUpperCase();
  return value;
}

export function* entityRecords(
  entity: Json,
  file: string,
  line: number | undefined,
  collector: Collector,
): Generator<ImportRecord> {
  const qid = typeof entity.id === 'string' ? entity.id : undefined;
  if (!qid || !/^Q\d+$/.test(qid)) {
    const locator = qid ?? (line ? `line ${line}` : 'entity');
    yield { type: 'skipped', file, locator, reason: 'only items (Q…) are read; this is a property, lexeme or other' };
    return;
  }
  if (collector.has(qid)) {
    yield {
      type: 'skipped',
      file,
      locator: qid,
      reason: `${qid} appears more than once; its first occurrence was read`,
    };
    return;
  }
  const claims = obj(entity.claims) ?? {};
  const warnings: string[] = [];
  const classes = statements(claims, 'P31')
    .map(([statement]) => itemId(mainValue(statement)))
    .filter((id): id is string => id !== undefined);
  const labels = labelsOf(entity);
  if (labels.warning) warnings.push(labels.warning);
  const lineOnly = line !== undefined ? { line } : {};
  const evidence: Evidence = {
    file,
    locator: qid,
    ...lineOnly,
    snippet: compactSnippet({ id: qid, label: labels.name ?? labels.nameZh ?? null }),
  };

  const ids: NonNullable<EntityRecord['ids']> = { wikidata: qid };
  for (const [property, kind] of Object.entries(IDENTIFIERS)) {
    const value = statements(claims, property)
      .map(([statement]) => mainValue(statement))
      .find((candidate): candidate is string => typeof candidate === 'string' && candidate.trim() !== '');
    if (value) ids[kind] = normalizeId(kind, value.trim());
  }
  const record: Omit<EntityRecord, 'kind'> = {
    type: 'entity',
    ref: qid,
    name: labels.name ?? labels.nameZh ?? qid,
    ids,
    evidence,
  };
  if (labels.nameZh) record.nameZh = labels.nameZh;
  if (labels.aliases.length > 0) record.aliases = labels.aliases;
  const homepage = statements(claims, 'P856').map(([statement]) => mainValue(statement))[0];
  if (typeof homepage === 'string' && /^https?:\/\//i.test(homepage)) record.homepage = homepage;
  if (warnings.length > 0) record.warnings = warnings;

  const orgClass = classes.find((id) => id in ORG_CLASSES);
  const hasPersonStatements = Object.keys(RELATIONS).some((property) => statements(claims, property).length > 0);
  if (classes.includes(HUMAN) || (orgClass === undefined && hasPersonStatements)) {
    yield* collector.entity({ ...record, kind: 'PERSON' });
    yield* relationRecords(qid, claims, file, lineOnly, collector);
  } else if (orgClass !== undefined) {
    const orgKind = ORG_CLASSES[orgClass];
    yield* collector.entity({ ...record, kind: 'ORGANIZATION', ...(orgKind ? { details: { orgKind } } : {}) });
  } else {
    collector.hold(record);
  }
}

function* relationRecords(
  qid: string,
  claims: Json,
  file: string,
  lineOnly: { line?: number },
  collector: Collector,
): Generator<ImportRecord> {
  for (const [property, { kind, target, targetIsFrom }] of Object.entries(RELATIONS)) {
    for (const [statement, index] of statements(claims, property)) {
      const locator = `${qid} ${property}[${index}]`;
      const other = itemId(mainValue(statement));
      if (!other) {
        yield { type: 'skipped', file, locator, reason: `${property} has no item as its value (unknown or no value)` };
        continue;
      }
      const qualifiers = obj(statement.qualifiers) ?? {};
      const evidence: Evidence = {
        file,
        locator,
        ...lineOnly,
        snippet: compactSnippet({ [property]: other, qualifiers: clean(qualifiers) }),
      };
      const values: RelationRecord['values'] = {};
      const warnings: string[] = [];
      for (const [qualifier, field] of [
        ['P580', 'start'],
        ['P582', 'end'],
      ] as const) {
        const snak = obj((Array.isArray(qualifiers[qualifier]) ? qualifiers[qualifier] : [])[0]);
        if (!snak || snak.snaktype !== 'value') continue;
        const time = timeValue(obj(snak.datavalue)?.value);
        if (time.date) values[field] = time.date;
        if (time.warning) warnings.push(`${field}: ${time.warning}`);
      }
      if (kind === 'MENTORED') values.context = 'advisor';
      const relation: RelationRecord = {
        type: 'relation',
        kind,
        from: targetIsFrom ? other : qid,
        to: targetIsFrom ? qid : other,
        evidence,
      };
      if (Object.keys(values).length > 0) relation.values = values;
      if (warnings.length > 0) relation.warnings = warnings;
      collector.want(other, target, evidence);
      yield relation;
    }
  }
}
