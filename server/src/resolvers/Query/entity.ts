import type { QueryResolvers } from '../../generated/resolvers.ts';
import { MAX_ID_LENGTH } from '../arguments.ts';

/** An unknown id is not an error here: the answer is simply null. */
export const entity: QueryResolvers['entity'] = (_parent, { id }, ctx) =>
  id.length > MAX_ID_LENGTH ? null : ctx.loaders.entity.loadOrNull(id);
