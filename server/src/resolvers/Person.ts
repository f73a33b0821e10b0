import type { PersonResolvers } from '../generated/resolvers.ts';

export const Person: PersonResolvers = {
  affiliations: (person, _args, ctx) => ctx.loaders.affiliations.load(person.id),
  publications: (person, _args, ctx) => ctx.loaders.publications.load(person.id),
  mentors: async (person, _args, ctx) => (await ctx.loaders.mentorship.load(person.id)).mentors,
  mentees: async (person, _args, ctx) => (await ctx.loaders.mentorship.load(person.id)).mentees,
  coauthors: (person, _args, ctx) => ctx.loaders.coauthors.load(person.id),
  skills: async (person, _args, ctx) => (await ctx.loaders.facets.load(person.id)).skills,
  topics: async (person, _args, ctx) => (await ctx.loaders.facets.load(person.id)).topics,
  awards: async (person, _args, ctx) => (await ctx.loaders.facets.load(person.id)).awards,
  projects: async (person, _args, ctx) => (await ctx.loaders.facets.load(person.id)).projects,
};
