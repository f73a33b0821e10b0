import { readNeighborhood } from '../../data/neighborhood.ts';
import { relationshipTypes } from '../../data/relations.ts';
import type { QueryResolvers } from '../../generated/resolvers.ts';
import { intInRange, MAX_ID_LENGTH, nonEmptyList, unknownId } from '../arguments.ts';

export const neighborhood: QueryResolvers['neighborhood'] = async (_parent, args, ctx) => {
  const depth = intInRange(args.depth, 'depth', { min: 0, max: 3, fallback: 1 });
  const limit = intInRange(args.limit, 'limit', { min: 1, max: 2000, fallback: 200 });
  const types = relationshipTypes(nonEmptyList(args.relations, 'relations'));
  if (args.id.length > MAX_ID_LENGTH) throw unknownId('id', args.id.slice(0, 40));
  const subgraph = await readNeighborhood(ctx, {
    id: args.id,
    depth,
    limit,
    types,
    includeUnits: args.includeUnits ?? false,
  });
  if (!subgraph) throw unknownId('id', args.id);
  return subgraph;
};
