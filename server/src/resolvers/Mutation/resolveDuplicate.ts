import { decideDuplicate } from '@cohort/seed';
import type { MutationResolvers } from '../../generated/resolvers.ts';
import { requireWrites } from '../../writes/access.ts';
import { badInput, MAX_ID_LENGTH } from '../arguments.ts';

export const resolveDuplicate: MutationResolvers['resolveDuplicate'] = async (_parent, { id, decision }, ctx) => {
  requireWrites(ctx.writes);
  const outcome =
    id.length > MAX_ID_LENGTH * 2
      ? undefined
      : await decideDuplicate(ctx.driver, id, decision === 'SAME' ? 'same' : 'different', { database: ctx.database });
  if (!outcome) throw badInput('id', `id: no possible duplicate has the id "${id.slice(0, 80)}".`);
  return {
    id: outcome.pair,
    decision,
    kept: await ctx.loaders.entity.loadOrNull(outcome.kept),
    merged: outcome.gone ?? null,
  };
};
