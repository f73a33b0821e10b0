import { readLineage } from '../../data/lineage.ts';
import type { QueryResolvers } from '../../generated/resolvers.ts';
import { existingOne, intInRange, unknownId } from '../arguments.ts';

export const lineage: QueryResolvers['lineage'] = async (_parent, args, ctx) => {
  const depth = intInRange(args.depth, 'depth', { min: 0, max: 3, fallback: 3 });
  const person = await existingOne(ctx, args.person, 'person', 'PERSON');
  const subgraph = await readLineage(ctx, { id: person.id, direction: args.direction ?? 'BOTH', depth });
  if (!subgraph) throw unknownId('person', person.id);
  return subgraph;
};
