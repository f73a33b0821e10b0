import { perKind, RELATION_KINDS, RELATIONSHIP_TYPE } from '../kinds.ts';
import { IDENTIFIER_PROPERTIES } from '../store/cypher.ts';
import { EVIDENCE_LISTS } from '../write/cypher.ts';

/**
 * The statements behind decisions on possible duplicates. A decision is kept on its own node,
 * apart from every dataset, so removing or re-importing a dataset never loses it. Types come
 * from the kind table only.
 */

export const CREATE_DECISION_CONSTRAINT =
  'CREATE CONSTRAINT duplicate_decision_pair IF NOT EXISTS FOR (d:DuplicateDecision) REQUIRE d.pair IS UNIQUE';

export const READ_DECISIONS = `
UNWIND $pairs AS pair
MATCH (d:DuplicateDecision {pair: pair})
RETURN d.pair AS pair, d.decision AS decision, coalesce(d.datasets, []) AS datasets`;

/** The flagged pair, with the datasets that flagged it; nothing when no dataset flags it. */
export const READ_FLAGGED_PAIR = `
MATCH (p:PossibleDuplicate {pair: $pair})
RETURN p.a AS a, p.b AS b, collect(p.dataset) AS datasets`;

/** Both entities, when both exist, with what decides which one a merge keeps. */
export const READ_PAIR_ENTITIES = `
MATCH (a:Entity {id: $a})
MATCH (b:Entity {id: $b})
RETURN a.id AS a, b.id AS b, a.kind AS aKind, b.kind AS bKind,
       coalesce(a.datasets, []) AS aDatasets, coalesce(b.datasets, []) AS bDatasets,
       COUNT { (a)--() } AS aDegree, COUNT { (b)--() } AS bDegree`;

export const RECORD_DECISION = `
MERGE (d:DuplicateDecision {pair: $pair})
SET d.a = $a, d.b = $b, d.decision = $decision, d.kept = $kept, d.source = $source,
    d.decidedAt = $decidedAt,
    d.datasets = coalesce(d.datasets, []) + [x IN $datasets WHERE NOT x IN coalesce(d.datasets, [])]
WITH d
OPTIONAL MATCH (p:PossibleDuplicate {pair: $pair})
DELETE p`;

/**
 * One of the gone entity's relationships (`r`, to or from `other`) joins the kept entity's own
 * statement of the same fact (same type, other end and key) when there is one: its datasets and
 * evidence are added there, and it stays inferred only where every dataset of both only inferred
 * it. Otherwise it is recreated on
 * the kept entity with the same properties, id and evidence included.
 */
const foldOrMove = (type: string, outgoing: boolean) => {
  const [gonePattern, keptPattern, create] = outgoing
    ? [`(gone)-[r:${type}]->(other)`, `(kept)-[s:${type}]->(other)`, `(kept)-[moved:${type}]->(other)`]
    : [`(other)-[r:${type}]->(gone)`, `(other)-[s:${type}]->(kept)`, `(other)-[moved:${type}]->(kept)`];
  return `
  MATCH ${gonePattern} WHERE other <> kept
  WITH kept, other, r, COLLECT {
    MATCH ${keptPattern} WHERE s.id ENDS WITH '#' + last(split(r.id, '#'))
    RETURN s LIMIT 1
  } AS same
  FOREACH (_ IN CASE WHEN size(same) = 0 THEN [1] ELSE [] END |
    CREATE ${create} SET moved = properties(r))
  FOREACH (s IN same |
    SET s.inferredIn = [d IN coalesce(s.datasets, []) + [d IN coalesce(r.datasets, []) WHERE NOT d IN coalesce(s.datasets, [])]
                        WHERE (NOT d IN coalesce(s.datasets, []) OR d IN coalesce(s.inferredIn, []))
                          AND (NOT d IN coalesce(r.datasets, []) OR d IN coalesce(r.inferredIn, []))])
  FOREACH (s IN same |
    SET s.datasets = coalesce(s.datasets, []) + [d IN coalesce(r.datasets, []) WHERE NOT d IN coalesce(s.datasets, [])],
        ${EVIDENCE_LISTS.map((list) => `s.${list} = coalesce(s.${list}, []) + coalesce(r.${list}, [])`).join(',\n        ')})
  FOREACH (s IN same |
    SET s.basis = CASE WHEN size(s.inferredIn) = size(s.datasets) THEN 'inferred' END,
        s.inferredIn = CASE WHEN size(s.inferredIn) > 0 THEN s.inferredIn END)
  RETURN [x IN same | {from: r.id, to: x.id, datasets: coalesce(r.datasets, [])}] AS folded`;
};

/** The gone entity's relationships, moved onto the kept one; a row for each that joined one the kept entity had. */
const moveRelationships = (type: string) => `
MATCH (kept:Entity {id: $kept})
MATCH (gone:Entity {id: $gone})
CALL (kept, gone) {${foldOrMove(type, true)}
UNION ALL${foldOrMove(type, false)}
}
WITH folded WHERE size(folded) > 0
RETURN folded[0] AS fold`;

export const MOVE_RELATIONSHIPS = perKind(RELATION_KINDS, (kind) => moveRelationships(RELATIONSHIP_TYPE[kind]));

/**
 * The kept entity takes the other's names as aliases, its identifiers where it has none of that
 * scheme, and its datasets; the other then goes, with whatever relationships were left on it.
 */
export const ABSORB_ENTITY = `
MATCH (kept:Entity {id: $kept})
MATCH (gone:Entity {id: $gone})
WITH kept, gone,
     [n IN [gone.name, gone.nameZh] + coalesce(gone.aliases, []) + coalesce(kept.aliases, [])
      WHERE n IS NOT NULL AND n <> kept.name AND n <> coalesce(kept.nameZh, '')] AS names
SET kept.aliases = reduce(out = [], n IN names | CASE WHEN n IN out THEN out ELSE out + n END),
    kept.nameZh = coalesce(kept.nameZh, gone.nameZh),
    ${IDENTIFIER_PROPERTIES.map((p) => `kept.${p} = coalesce(kept.${p}, gone.${p})`).join(',\n    ')},
    kept.datasets = coalesce(kept.datasets, []) + [d IN coalesce(gone.datasets, []) WHERE NOT d IN coalesce(kept.datasets, [])]
DETACH DELETE gone`;

/**
 * The datasets that stated a folded relationship now list the one it joined, so removing such a
 * dataset still takes its evidence back.
 */
export const REPOINT_FOLDED_RELATIONSHIPS = `
UNWIND $folds AS fold
MATCH (c:DatasetChunk)
WHERE c.dataset IN fold.datasets AND fold.from IN c.relationshipKeys
SET c.relationshipKeys = [k IN c.relationshipKeys WHERE k <> fold.from AND k <> fold.to] + fold.to`;

/** Datasets that listed the gone entity now list the kept one, so re-import and removal stay exact. */
export const REPOINT_DATASET_CHUNKS = `
MATCH (c:DatasetChunk {dataset: $dataset})
WHERE $gone IN c.nodeIds
SET c.nodeIds = [x IN c.nodeIds WHERE x <> $gone AND x <> $kept] + $kept`;

/**
 * Other flags about the gone entity now concern the kept one; a flag of it with itself goes, and
 * so does one of a pair already decided.
 */
export const REPOINT_FLAGS = `
MATCH (p:PossibleDuplicate)
WHERE p.a = $gone OR p.b = $gone
WITH p, CASE p.a WHEN $gone THEN $kept ELSE p.a END AS a, CASE p.b WHEN $gone THEN $kept ELSE p.b END AS b
WITH p, a, b, CASE WHEN a < b THEN a + '|' + b ELSE b + '|' + a END AS pair
OPTIONAL MATCH (d:DuplicateDecision {pair: pair})
WITH p, a, b, pair, d IS NOT NULL AS decided
FOREACH (_ IN CASE WHEN a = b OR decided THEN [1] ELSE [] END | DELETE p)
FOREACH (_ IN CASE WHEN a <> b AND NOT decided THEN [1] ELSE [] END | SET p.a = a, p.b = b, p.pair = pair)`;
