import type { GraphQLContext } from '../context.ts';
import { flowKey, flowPeople, groupPeople, keptPage } from '../data/talent.ts';
import type { Node, TalentFlowResolvers, TalentGroupResolvers } from '../generated/resolvers.ts';
import { page, pageRequest } from './paging.ts';

const PEOPLE_PAGE = { fallback: 10, max: 200 };

/** The people the ranking kept, by id, in its order. */
async function peopleByIds(ctx: GraphQLContext, ids: string[]): Promise<Node[]> {
  return (await ctx.loaders.entity.loadAll(ids)).filter((person) => person !== null);
}

export const TalentGroup: TalentGroupResolvers = {
  people: async (group, args, ctx) => {
    const request = pageRequest(args, PEOPLE_PAGE);
    const kept = keptPage(group.firstPeople, group.count, request);
    if (kept) return page({ items: await peopleByIds(ctx, kept), totalCount: group.count }, request);
    const loader = ctx.loaders.variant(`talentGroup/${group.by}/${request.offset}/${request.first}`, (read, ids) =>
      groupPeople(read, group.by, ids, request),
    );
    return page({ items: await loader.load(group.group.id), totalCount: group.count }, request);
  },
};

export const TalentFlow: TalentFlowResolvers = {
  people: async (flow, args, ctx) => {
    const request = pageRequest(args, PEOPLE_PAGE);
    const kept = keptPage(flow.firstPeople, flow.count, request);
    if (kept) return page({ items: await peopleByIds(ctx, kept), totalCount: flow.count }, request);
    const loader = ctx.loaders.variant(`talentFlow/${request.offset}/${request.first}`, (read, keys) =>
      flowPeople(read, keys, request),
    );
    return page({ items: await loader.load(flowKey(flow)), totalCount: flow.count }, request);
  },
};
