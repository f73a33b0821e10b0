import { readDatasets } from '../../data/datasets.ts';
import type { QueryResolvers } from '../../generated/resolvers.ts';

export const datasets: QueryResolvers['datasets'] = (_parent, _args, ctx) => readDatasets(ctx);
