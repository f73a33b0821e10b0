import type { OrganizationResolvers } from '../generated/resolvers.ts';

export const Organization: OrganizationResolvers = {
  parent: async (organization, _args, ctx) => (await ctx.loaders.structure.loadOrNull(organization.id))?.parent ?? null,
  units: async (organization, _args, ctx) => (await ctx.loaders.structure.load(organization.id)).units,
};
