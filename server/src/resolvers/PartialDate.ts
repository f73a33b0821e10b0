import { GraphQLScalarType, Kind } from 'graphql';
import { isPartialDate } from '@cohort/seed';
import { badInput } from './arguments.ts';

/** Dates as the sources give them: "2019", "2019-05" or "2019-05-01", never padded out. */
export const PartialDate = new GraphQLScalarType({
  name: 'PartialDate',
  serialize: (value) => String(value),
  parseValue: (value) => partialDate(value),
  parseLiteral: (ast) => partialDate(ast.kind === Kind.STRING ? ast.value : undefined),
});

function partialDate(value: unknown): string {
  if (typeof value === 'string' && isPartialDate(value)) return value;
  throw badInput('PartialDate', 'A PartialDate is a year ("2019"), a month ("2019-05") or a day ("2019-05-01").');
}
