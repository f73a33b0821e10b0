import { coauthorsOf, publicationsOf } from '../data/people.ts';
import type { Affiliation, PersonResolvers } from '../generated/resolvers.ts';
import { page, pageRequest } from './paging.ts';

export const Person: PersonResolvers = {
  affiliations: (person, _args, ctx) => ctx.loaders.affiliations.load(person.id),
  publications: async (person, args, ctx) => {
    const request = pageRequest(args, { fallback: 50, max: 200 });
    const loader = ctx.loaders.variant(`publications/${request.offset}/${request.first}`, (read, ids) =>
      publicationsOf(read, ids, request),
    );
    return page(await loader.load(person.id), request);
  },
  mentors: async (person, _args, ctx) => (await ctx.loaders.mentorship.load(person.id)).mentors,
  mentees: async (person, _args, ctx) => (await ctx.loaders.mentorship.load(person.id)).mentees,
  coauthors: async (person, args, ctx) => {
    const request = pageRequest(args, { fallback: 20, max: 200 });
    const loader = ctx.loaders.variant(`coauthors/${request.offset}/${request.first}`, (read, ids) =>
      coauthorsOf(read, ids, request),
    );
    return page(await loader.load(person.id), request);
  },
  coauthorCount: async (person, _args, ctx) => (await ctx.loaders.personSummary.load(person.id)).coauthorCount,
  activeYears: async (person, _args, ctx) =>
    (await ctx.loaders.personSummary.loadOrNull(person.id))?.activeYears ?? null,
  latestAffiliation: async (person, _args, ctx) => latest(await ctx.loaders.affiliations.load(person.id)),
  skills: async (person, _args, ctx) => (await ctx.loaders.facets.load(person.id)).skills,
  topics: async (person, _args, ctx) => (await ctx.loaders.facets.load(person.id)).topics,
  awards: async (person, _args, ctx) => (await ctx.loaders.facets.load(person.id)).awards,
  projects: async (person, _args, ctx) => (await ctx.loaders.facets.load(person.id)).projects,
};

/** The affiliation that began last; with none dated, the first the sources give. */
function latest(affiliations: readonly Affiliation[]): Affiliation | null {
  const dated = affiliations.filter((a) => a.start ?? a.end);
  const began = (a: Affiliation) => a.start ?? a.end ?? '';
  return (
    dated.reduce<Affiliation | null>((best, a) => (!best || began(a) >= began(best) ? a : best), null) ??
    affiliations[0] ??
    null
  );
}
