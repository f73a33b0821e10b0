import { readTalentGroup } from '../../data/talent.ts';
import type { QueryResolvers } from '../../generated/resolvers.ts';
import { existingOne } from '../arguments.ts';

export const talentGroup: QueryResolvers['talentGroup'] = async (_parent, args, ctx) => {
  const group = await existingOne(ctx, args.id, 'id', args.by);
  return (await readTalentGroup(ctx, args.by, group.id)) ?? null;
};
