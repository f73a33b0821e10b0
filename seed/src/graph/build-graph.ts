import type { EntityRecord, FactRecord } from '../records.ts';
import { storedAliases } from '../resolve/aliases.ts';
import { mergeFacts } from '../resolve/merge-facts.ts';
import type { SeedGraph, SeedNode } from './types.ts';

function toNode(entity: EntityRecord): SeedNode {
  const details = { ...entity.details };
  if (entity.kind === 'PERSON') details.partial = entity.partial;
  const node: SeedNode = {
    id: entity.id,
    kind: entity.kind,
    name: entity.name,
    aliases: storedAliases(entity),
    details,
  };
  if (entity.nameZh) node.nameZh = entity.nameZh;
  return node;
}

/** Turns validated records into the graph to store. E-mail addresses stay behind here. */
export function buildGraph(entities: Iterable<EntityRecord>, facts: FactRecord[]): SeedGraph {
  return { nodes: [...entities].map(toNode), relationships: mergeFacts(facts) };
}
