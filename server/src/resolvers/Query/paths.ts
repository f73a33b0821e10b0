import { MAX_HOPS, MAX_PATHS, shortestPaths } from '../../data/paths.ts';
import { pathRelationshipTypes } from '../../data/relations.ts';
import type { QueryResolvers } from '../../generated/resolvers.ts';
import { existingOne, intInRange, nonEmptyList } from '../arguments.ts';

export const paths: QueryResolvers['paths'] = async (_parent, args, ctx) => {
  const maxHops = intInRange(args.maxHops, 'maxHops', { min: 1, max: MAX_HOPS, fallback: 6 });
  const first = intInRange(args.first, 'first', { min: 1, max: MAX_PATHS, fallback: 3 });
  const types = pathRelationshipTypes(nonEmptyList(args.relations, 'relations'));
  await Promise.all([existingOne(ctx, args.from, 'from'), existingOne(ctx, args.to, 'to')]);
  return shortestPaths(ctx, { from: args.from, to: args.to, types, maxHops, first });
};
