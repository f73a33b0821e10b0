import { readTalentMap } from '../../data/talent.ts';
import type { QueryResolvers } from '../../generated/resolvers.ts';
import { badInput, intInRange } from '../arguments.ts';

export const talentMap: QueryResolvers['talentMap'] = (_parent, args, ctx) => {
  const orgKind = args.orgKind ?? null;
  if (orgKind && args.by !== 'ORGANIZATION') {
    throw badInput('orgKind', 'orgKind applies only when grouping by ORGANIZATION.');
  }
  return readTalentMap(ctx, {
    by: args.by,
    orgKind,
    minCount: intInRange(args.minCount, 'minCount', { min: 1, max: 100_000, fallback: 1 }),
    first: intInRange(args.first, 'first', { min: 1, max: 200, fallback: 50 }),
  });
};
