import type { Session } from 'neo4j-driver';
import { RELATION_KINDS } from '../kinds.ts';
import {
  AWAIT_INDEXES,
  CREATE_ENTITY_ID_CONSTRAINT,
  CREATE_ENTITY_KIND_INDEX,
  CREATE_ENTITY_NAME_INDEX,
  CREATE_ENTITY_SEARCH_INDEX,
  CREATE_LOOKUP_INDEX,
  CREATE_RELATIONSHIP_ID_INDEX,
  DROP_ENTITY_SEARCH_INDEX,
  ENTITY_SEARCH_ANALYZER,
  ENTITY_SEARCH_INDEX,
  ENTITY_SEARCH_PROPERTIES,
  SHOW_INDEX,
} from './cypher.ts';
import {
  CREATE_DATASET_CHUNK_INDEX,
  CREATE_DATASET_CONSTRAINT,
  CREATE_POSSIBLE_DUPLICATE_INDEXES,
} from '../write/cypher.ts';
import { CREATE_DECISION_CONSTRAINT } from '../decide/cypher.ts';

/** A search index made by an older loader with other fields or another analyzer is rebuilt. */
async function searchIndexIsCurrent(session: Session): Promise<boolean> {
  const result = await session.run(SHOW_INDEX, { name: ENTITY_SEARCH_INDEX });
  const record = result.records[0];
  if (!record) return true;
  const labels = record.get('labelsOrTypes') as string[];
  const properties = record.get('properties') as string[];
  return (
    labels.join() === 'Entity' &&
    properties.join() === ENTITY_SEARCH_PROPERTIES.join() &&
    record.get('analyzer') === ENTITY_SEARCH_ANALYZER
  );
}

/**
 * Constraints and indexes, each created only when missing. Schema changes cannot share a
 * transaction with data, so this runs before the load and is harmless if the load then fails.
 * Indexes built over a graph already loaded (after a bulk import) need longer to come online.
 */
export async function ensureSchema(session: Session, awaitSeconds = 120): Promise<void> {
  await session.run(CREATE_ENTITY_ID_CONSTRAINT);
  await session.run(CREATE_ENTITY_KIND_INDEX);
  await session.run(CREATE_ENTITY_NAME_INDEX);
  if (!(await searchIndexIsCurrent(session))) await session.run(DROP_ENTITY_SEARCH_INDEX);
  await session.run(CREATE_ENTITY_SEARCH_INDEX);
  for (const type of RELATION_KINDS) await session.run(CREATE_RELATIONSHIP_ID_INDEX[type]);
  for (const statement of Object.values(CREATE_LOOKUP_INDEX)) await session.run(statement);
  await session.run(CREATE_DATASET_CONSTRAINT);
  await session.run(CREATE_DATASET_CHUNK_INDEX);
  for (const statement of CREATE_POSSIBLE_DUPLICATE_INDEXES) await session.run(statement);
  await session.run(CREATE_DECISION_CONSTRAINT);
  await session.run(AWAIT_INDEXES, { seconds: awaitSeconds });
}
