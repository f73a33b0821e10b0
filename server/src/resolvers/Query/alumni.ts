import { readAlumni } from '../../data/alumni.ts';
import type { QueryResolvers } from '../../generated/resolvers.ts';
import { existingOne } from '../arguments.ts';

export const alumni: QueryResolvers['alumni'] = async (_parent, args, ctx) => {
  const organization = await existingOne(ctx, args.organization, 'organization', 'ORGANIZATION');
  return readAlumni(ctx, organization.id, args.includeUnits ?? true);
};
