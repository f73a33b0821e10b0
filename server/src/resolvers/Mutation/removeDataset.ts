import { removeDataset as remove } from '@cohort/seed';
import type { MutationResolvers } from '../../generated/resolvers.ts';
import { requireWrites } from '../../writes/access.ts';
import { badInput, text } from '../arguments.ts';

export const removeDataset: MutationResolvers['removeDataset'] = async (_parent, args, ctx) => {
  requireWrites(ctx.writes);
  const name = text(args.name, 'name', 80);
  const removed = await remove(ctx.driver, name, { database: ctx.database });
  if (!removed) throw badInput('name', `name: there is no dataset named "${name}".`);
  return { name, ...removed };
};
