import neo4j, { type Driver, type ManagedTransaction } from 'neo4j-driver';
import { RELATION_KINDS } from '../kinds.ts';
import {
  ABSORB_ENTITY,
  MOVE_RELATIONSHIPS,
  READ_DECISIONS,
  READ_FLAGGED_PAIR,
  READ_PAIR_ENTITIES,
  RECORD_DECISION,
  REPOINT_DATASET_CHUNKS,
  REPOINT_FLAGS,
  REPOINT_FOLDED_RELATIONSHIPS,
} from './cypher.ts';
import { relationshipKey } from '../write/rows.ts';
import { writeSession } from '../store/write-session.ts';

/** `same`: one entity, merged; `different`: two, never merged or flagged again. */
export type DuplicateDecision = 'same' | 'different';

export interface Decision {
  a: string;
  b: string;
  decision: DuplicateDecision;
  /** The datasets that had flagged the pair when it was decided; none for a decisions file's entry. */
  datasets?: string[];
}

export interface DecisionOutcome {
  pair: string;
  decision: DuplicateDecision;
  /** After `same`, the entity that remains; after `different`, the first of the two. */
  kept: string;
  /** After `same`, the entity merged into the kept one. */
  gone?: string;
}

/** A pair's id: its two entity ids in a fixed order, whichever way round they are given. */
export function pairId(a: string, b: string): string {
  return a < b ? `${a}|${b}` : `${b}|${a}`;
}

/** The decisions the graph holds on these pairs, by pair id. */
export async function readDecisions(
  run: (statement: string, params: Record<string, unknown>) => Promise<Record<string, unknown>[]>,
  pairs: string[],
): Promise<Map<string, { decision: DuplicateDecision; datasets: string[] }>> {
  if (pairs.length === 0) return new Map();
  const rows = await run(READ_DECISIONS, { pairs: [...new Set(pairs)] });
  return new Map(
    rows.map((r) => [
      r.pair as string,
      { decision: r.decision as DuplicateDecision, datasets: r.datasets as string[] },
    ]),
  );
}

const count = (value: unknown) => (neo4j.isInt(value) ? value.toNumber() : Number(value));

/**
 * Records a decision and, for `same`, merges the two entities, all in the caller's transaction.
 * The merge keeps the entity more datasets assert (then the one with more relationships, then
 * the smaller id); the other's relationships, with their evidence and ids, move onto it (a fact
 * both stated becomes one relationship with the evidence of both), its names become aliases and
 * its identifiers fill the schemes the kept one lacks. Undefined when
 * either entity is not in the graph, or they are of different kinds.
 */
export async function applyDecision(
  tx: ManagedTransaction,
  decision: Decision,
  source: 'review' | 'file',
): Promise<DecisionOutcome | undefined> {
  const pair = pairId(decision.a, decision.b);
  const [row] = (await tx.run(READ_PAIR_ENTITIES, { a: decision.a, b: decision.b })).records.map((r) => r.toObject());
  if (!row || row.aKind !== row.bKind || decision.a === decision.b) return undefined;
  const score = (side: 'a' | 'b') => [
    (row[`${side}Datasets`] as string[]).length,
    count(row[`${side}Degree`]),
    side === 'a' ? (decision.a < decision.b ? 1 : 0) : decision.b < decision.a ? 1 : 0,
  ];
  const [sa, sb] = [score('a'), score('b')];
  const aFirst = sa[0]! !== sb[0]! ? sa[0]! > sb[0]! : sa[1]! !== sb[1]! ? sa[1]! > sb[1]! : sa[2]! > sb[2]!;
  const [kept, gone] = aFirst ? [decision.a, decision.b] : [decision.b, decision.a];
  const goneDatasets = (aFirst ? row.bDatasets : row.aDatasets) as string[];
  await tx.run(RECORD_DECISION, {
    pair,
    a: decision.a,
    b: decision.b,
    decision: decision.decision,
    kept: decision.decision === 'same' ? kept : null,
    source,
    decidedAt: new Date().toISOString(),
    datasets: decision.datasets ?? [],
  });
  if (decision.decision === 'different') return { pair, decision: 'different', kept: decision.a };
  const folds: { from: string; to: string; datasets: string[] }[] = [];
  for (const kind of RELATION_KINDS) {
    for (const record of (await tx.run(MOVE_RELATIONSHIPS[kind], { kept, gone })).records) {
      const fold = record.get('fold') as { from: string; to: string; datasets: string[] };
      folds.push({ ...fold, from: relationshipKey(kind, fold.from), to: relationshipKey(kind, fold.to) });
    }
  }
  if (folds.length > 0) await tx.run(REPOINT_FOLDED_RELATIONSHIPS, { folds });
  await tx.run(ABSORB_ENTITY, { kept, gone });
  for (const dataset of goneDatasets) await tx.run(REPOINT_DATASET_CHUNKS, { dataset, kept, gone });
  await tx.run(REPOINT_FLAGS, { kept, gone });
  return { pair, decision: 'same', kept, gone };
}

/**
 * Decides a flagged pair (by its id, as the graph lists it): `different` keeps the two apart for
 * good, `same` merges them; one write transaction either way. Undefined when no dataset flags
 * such a pair, or an entity of it has gone since.
 */
export async function decideDuplicate(
  driver: Driver,
  pair: string,
  decision: DuplicateDecision,
  options: { database?: string } = {},
): Promise<DecisionOutcome | undefined> {
  const session = writeSession(driver, options.database);
  try {
    return await session.executeWrite(async (tx) => {
      const [flagged] = (await tx.run(READ_FLAGGED_PAIR, { pair })).records.map((r) => r.toObject());
      if (!flagged) return undefined;
      return applyDecision(
        tx,
        { a: flagged.a as string, b: flagged.b as string, decision, datasets: flagged.datasets as string[] },
        'review',
      );
    });
  } finally {
    await session.close();
  }
}
