import { possibleDuplicates as readPossibleDuplicates } from '../../data/duplicates.ts';
import type { QueryResolvers } from '../../generated/resolvers.ts';
import { page, pageRequest } from '../paging.ts';

export const possibleDuplicates: QueryResolvers['possibleDuplicates'] = async (_parent, args, ctx) => {
  const request = pageRequest(args, { fallback: 20, max: 50 });
  return page(await readPossibleDuplicates(ctx, request), request);
};

export const writesEnabled: QueryResolvers['writesEnabled'] = (_parent, _args, ctx) => ctx.writes.enabled;
