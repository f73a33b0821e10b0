import type { QueryResolvers } from '../../generated/resolvers.ts';
import { existingOne } from '../arguments.ts';

export const coauthors: QueryResolvers['coauthors'] = async (_parent, args, ctx) => {
  const person = await existingOne(ctx, args.person, 'person', 'PERSON');
  return ctx.loaders.coauthors.load(person.id);
};
