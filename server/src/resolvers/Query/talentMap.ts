import { readTalentMap } from '../../data/talent.ts';
import type { QueryResolvers } from '../../generated/resolvers.ts';
import { badInput, intInRange } from '../arguments.ts';
import { page, pageRequest } from '../paging.ts';

export const talentMap: QueryResolvers['talentMap'] = async (_parent, args, ctx) => {
  const orgKind = args.orgKind ?? null;
  if (orgKind && args.by !== 'ORGANIZATION') {
    throw badInput('orgKind', 'orgKind applies only when grouping by ORGANIZATION.');
  }
  const request = pageRequest(args, { fallback: 50, max: 200 });
  const found = await readTalentMap(ctx, {
    by: args.by,
    orgKind,
    minCount: intInRange(args.minCount, 'minCount', { min: 1, max: 100_000, fallback: 1 }),
    ...request,
  });
  return page(found, request);
};
