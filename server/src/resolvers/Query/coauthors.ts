import { coauthorsOf } from '../../data/people.ts';
import type { QueryResolvers } from '../../generated/resolvers.ts';
import { existingOne } from '../arguments.ts';
import { page, pageRequest } from '../paging.ts';

export const coauthors: QueryResolvers['coauthors'] = async (_parent, args, ctx) => {
  const request = pageRequest(args, { fallback: 50, max: 200 });
  const person = await existingOne(ctx, args.person, 'person', 'PERSON');
  const [found] = await coauthorsOf(ctx, [person.id], request);
  return page(found ?? { items: [], totalCount: 0 }, request);
};
