import { readAlumni } from '../../data/alumni.ts';
import type { QueryResolvers } from '../../generated/resolvers.ts';
import { existingOne } from '../arguments.ts';
import { page, pageRequest } from '../paging.ts';

export const alumni: QueryResolvers['alumni'] = async (_parent, args, ctx) => {
  const request = pageRequest(args, { fallback: 50, max: 200 });
  const organization = await existingOne(ctx, args.organization, 'organization', 'ORGANIZATION');
  const found = await readAlumni(ctx, { id: organization.id, includeUnits: args.includeUnits ?? true, ...request });
  return page(found, request);
};
