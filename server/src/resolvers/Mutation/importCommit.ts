import type { MutationResolvers } from '../../generated/resolvers.ts';
import { importUploads } from '../../writes/import-files.ts';

export const importCommit: MutationResolvers['importCommit'] = (_parent, args, ctx) => importUploads(ctx, args, false);
