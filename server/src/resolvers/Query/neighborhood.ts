import { readNeighborhood } from '../../data/neighborhood.ts';
import { relationshipTypes } from '../../data/relations.ts';
import type { QueryResolvers } from '../../generated/resolvers.ts';
import { intInRange, MAX_ID_LENGTH, nonEmptyList, unknownId } from '../arguments.ts';

/** The most nodes one neighbourhood may hold: the largest view the explorer is measured to draw smoothly. */
export const MAX_NEIGHBORHOOD_LIMIT = 5000;

export const neighborhood: QueryResolvers['neighborhood'] = async (_parent, args, ctx) => {
  const depth = intInRange(args.depth, 'depth', { min: 0, max: 3, fallback: 1 });
  const limit = intInRange(args.limit, 'limit', { min: 1, max: MAX_NEIGHBORHOOD_LIMIT, fallback: 200 });
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
