import { createLoaders, type Loaders } from './loaders.ts';
import type { ReadContext } from './neo4j/read.ts';

/** What every resolver receives: the means to read from Neo4j and this request's loaders. */
export type GraphQLContext = ReadContext & { loaders: Loaders };

export function createContext(read: ReadContext): GraphQLContext {
  return { ...read, loaders: createLoaders(read) };
}
