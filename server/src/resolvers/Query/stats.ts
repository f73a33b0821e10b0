import { graphStats } from '../../data/stats.ts';
import type { QueryResolvers } from '../../generated/resolvers.ts';

export const stats: QueryResolvers['stats'] = (_parent, _args, ctx) => graphStats(ctx);
