import { FACT_PROPERTIES, type FactProperty } from '../kinds.ts';
import type { FactRecord, FactValue } from '../records.ts';
import { redactEmails } from '../checks/email.ts';
import type { Conflict, SeedRelationship, StoredEvidence } from '../graph/types.ts';

export function relationshipId(fact: Pick<FactRecord, 'kind' | 'from' | 'to' | 'key'>): string {
  return `${fact.kind}:${fact.from}->${fact.to}#${fact.key}`;
}

function storedEvidence(fact: FactRecord): StoredEvidence[] {
  return fact.evidence.map(({ source, line, quote }) => ({ source, line, quote: redactEmails(quote) }));
}

/**
 * Facts with the same kind, ends and key are one relationship. Their evidence is joined; where
 * they state a property differently the first value stays and every claim is kept as a conflict.
 */
export function mergeFacts(facts: FactRecord[]): SeedRelationship[] {
  const groups = new Map<string, FactRecord[]>();
  for (const fact of facts) {
    const id = relationshipId(fact);
    const group = groups.get(id);
    if (group) group.push(fact);
    else groups.set(id, [fact]);
  }
  return [...groups].map(([id, group]) => mergeGroup(id, group));
}

function squeezeLower(text: string): string {
  return text.replace(/\s+/g, '').toLowerCase();
}

/**
 * The evidence a claim rests on: the quotes of the fact that state the value (for a date, its
 * year), or all of the fact's evidence when no single quote does.
 */
function claimEvidence(fact: FactRecord, property: FactProperty, value: FactValue): StoredEvidence[] {
  const all = storedEvidence(fact);
  const needle = squeezeLower(property === 'start' || property === 'end' ? String(value).slice(0, 4) : String(value));
  const stating = all.filter((evidence) => squeezeLower(evidence.quote).includes(needle));
  return stating.length > 0 ? stating : all;
}

function mergeGroup(id: string, group: FactRecord[]): SeedRelationship {
  const [first] = group as [FactRecord, ...FactRecord[]];
  const values: SeedRelationship['values'] = {};
  const conflicts: Conflict[] = [];
  for (const property of FACT_PROPERTIES) {
    const stating = group.filter((fact) => fact.values[property] !== undefined);
    const distinct = [...new Set(stating.map((fact) => fact.values[property] as FactValue))];
    if (distinct.length === 0) continue;
    if (property === 'note') {
      // Notes are remarks, not claims; two sources remarking different things do not disagree.
      values.note = distinct.join('; ');
      continue;
    }
    values[property] = distinct[0];
    if (distinct.length > 1) {
      conflicts.push({
        field: property,
        claims: stating.flatMap((fact) => {
          const value = fact.values[property] as FactValue;
          return claimEvidence(fact, property, value).map((evidence) => ({ value: String(value), ...evidence }));
        }),
      });
    }
  }
  const seen = new Set<string>();
  const evidence = group.flatMap(storedEvidence).filter((entry) => {
    const key = `${entry.source}|${entry.line}|${entry.quote}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  // One document stating what another only implies makes the fact stated.
  const inferred = group.every((fact) => fact.basis === 'inferred');
  return {
    id,
    kind: first.kind,
    from: first.from,
    to: first.to,
    values,
    evidence,
    conflicts,
    ...(inferred ? { basis: 'inferred' as const } : {}),
  };
}
