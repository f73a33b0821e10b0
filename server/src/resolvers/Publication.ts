import type { PublicationResolvers } from '../generated/resolvers.ts';

export const Publication: PublicationResolvers = {
  venue: async (publication, _args, ctx) =>
    (await ctx.loaders.publicationDetails.loadOrNull(publication.id))?.venue ?? null,
  authors: async (publication, _args, ctx) => (await ctx.loaders.publicationDetails.load(publication.id)).authors,
};
