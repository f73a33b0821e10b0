import { conflictedEdges } from '../../data/conflicts.ts';
import type { QueryResolvers } from '../../generated/resolvers.ts';

export const conflicts: QueryResolvers['conflicts'] = (_parent, _args, ctx) => conflictedEdges(ctx);
