import { readNeighborCounts } from '../../data/neighborhood.ts';
import type { QueryResolvers } from '../../generated/resolvers.ts';
import { existingOne } from '../arguments.ts';

export const neighborCounts: QueryResolvers['neighborCounts'] = async (_parent, { id }, ctx) => {
  await existingOne(ctx, id, 'id');
  return readNeighborCounts(ctx, id);
};
