import { readTalentFlow } from '../../data/talent.ts';
import type { QueryResolvers } from '../../generated/resolvers.ts';
import { badInput } from '../arguments.ts';
import { page, pageRequest } from '../paging.ts';

export const talentFlow: QueryResolvers['talentFlow'] = async (_parent, args, ctx) => {
  const from = args.from ?? 'UNIVERSITY';
  const to = args.to ?? 'COMPANY';
  if (from === to) throw badInput('to', 'to must be a different kind of organization than from.');
  const request = pageRequest(args, { fallback: 50, max: 200 });
  return page(await readTalentFlow(ctx, { from, to, ...request }), request);
};
