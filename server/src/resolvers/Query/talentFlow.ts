import { readTalentFlow } from '../../data/talent.ts';
import type { QueryResolvers } from '../../generated/resolvers.ts';
import { badInput } from '../arguments.ts';

export const talentFlow: QueryResolvers['talentFlow'] = (_parent, args, ctx) => {
  const from = args.from ?? 'UNIVERSITY';
  const to = args.to ?? 'COMPANY';
  if (from === to) throw badInput('to', 'to must be a different kind of organization than from.');
  return readTalentFlow(ctx, from, to);
};
