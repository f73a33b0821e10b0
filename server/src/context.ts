import type { ReadContext } from './neo4j/read.ts';

/** What every resolver receives: the means to read from Neo4j, nothing else. */
export type GraphQLContext = ReadContext;

export function createContext(read: ReadContext): GraphQLContext {
  return { ...read };
}
