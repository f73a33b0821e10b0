import type { MutationResolvers } from '../../generated/resolvers.ts';
import { importUploads } from '../../writes/import-files.ts';

export const importPreview: MutationResolvers['importPreview'] = (_parent, args, ctx) => importUploads(ctx, args, true);
