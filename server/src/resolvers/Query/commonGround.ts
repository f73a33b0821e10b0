import { readCommonGround } from '../../data/common-ground.ts';
import type { QueryResolvers } from '../../generated/resolvers.ts';
import { badInput, existing } from '../arguments.ts';

export const commonGround: QueryResolvers['commonGround'] = async (_parent, args, ctx) => {
  const people = [...new Set(args.people)];
  if (people.length < 2 || people.length > 10) {
    throw badInput('people', `people must list between 2 and 10 different people; got ${people.length}.`);
  }
  await existing(ctx, people, 'people', 'PERSON');
  return readCommonGround(ctx, people);
};
