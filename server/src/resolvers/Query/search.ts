import { searchEntities } from '../../data/search.ts';
import { MAX_SEARCH_LENGTH } from '../../domain/search-text.ts';
import type { QueryResolvers } from '../../generated/resolvers.ts';
import { nonEmptyList, text } from '../arguments.ts';
import { page, pageRequest } from '../paging.ts';

export const search: QueryResolvers['search'] = async (_parent, args, ctx) => {
  const request = pageRequest(args, { fallback: 10, max: 50 });
  const found = await searchEntities(ctx, {
    text: text(args.text, 'text', MAX_SEARCH_LENGTH),
    kinds: nonEmptyList(args.kinds, 'kinds'),
    ...request,
  });
  return page(found, request);
};
