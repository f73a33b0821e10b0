import { conflictedEdges } from '../../data/conflicts.ts';
import type { QueryResolvers } from '../../generated/resolvers.ts';
import { page, pageRequest } from '../paging.ts';

export const conflicts: QueryResolvers['conflicts'] = async (_parent, args, ctx) => {
  const request = pageRequest(args, { fallback: 50, max: 200 });
  return page(await conflictedEdges(ctx, request), request);
};
