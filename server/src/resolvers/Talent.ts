import { flowKey, flowPeople, groupPeople } from '../data/talent.ts';
import type { TalentFlowResolvers, TalentGroupResolvers } from '../generated/resolvers.ts';
import { page, pageRequest } from './paging.ts';

const PEOPLE_PAGE = { fallback: 10, max: 200 };

export const TalentGroup: TalentGroupResolvers = {
  people: async (group, args, ctx) => {
    const request = pageRequest(args, PEOPLE_PAGE);
    const loader = ctx.loaders.variant(`talentGroup/${group.by}/${request.offset}/${request.first}`, (read, ids) =>
      groupPeople(read, group.by, ids, request),
    );
    return page({ items: await loader.load(group.group.id), totalCount: group.count }, request);
  },
};

export const TalentFlow: TalentFlowResolvers = {
  people: async (flow, args, ctx) => {
    const request = pageRequest(args, PEOPLE_PAGE);
    const loader = ctx.loaders.variant(`talentFlow/${request.offset}/${request.first}`, (read, keys) =>
      flowPeople(read, keys, request),
    );
    return page({ items: await loader.load(flowKey(flow)), totalCount: flow.count }, request);
  },
};
