import { searchEntities } from '../../data/search.ts';
import { MAX_SEARCH_LENGTH } from '../../domain/search-text.ts';
import type { QueryResolvers } from '../../generated/resolvers.ts';
import { intInRange, nonEmptyList, text } from '../arguments.ts';

export const search: QueryResolvers['search'] = (_parent, args, ctx) =>
  searchEntities(ctx, {
    text: text(args.text, 'text', MAX_SEARCH_LENGTH),
    kinds: nonEmptyList(args.kinds, 'kinds'),
    first: intInRange(args.first, 'first', { min: 1, max: 50, fallback: 10 }),
  });
