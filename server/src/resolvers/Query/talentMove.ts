import { readTalentMove } from '../../data/talent.ts';
import type { QueryResolvers } from '../../generated/resolvers.ts';
import { badInput, existingOne } from '../arguments.ts';

export const talentMove: QueryResolvers['talentMove'] = async (_parent, args, ctx) => {
  const from = await existingOne(ctx, args.from, 'from', 'ORGANIZATION');
  const to = await existingOne(ctx, args.to, 'to', 'ORGANIZATION');
  if (from.id === to.id) throw badInput('to', 'to must be another organization than from.');
  return (await readTalentMove(ctx, from.id, to.id)) ?? null;
};
