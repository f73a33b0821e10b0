import { createLoaders, type Loaders } from './loaders.ts';
import type { ReadContext } from './neo4j/read.ts';
import { NO_WRITES, type WriteAccess } from './writes/access.ts';

/**
 * What every resolver receives: the means to read from Neo4j, this request's loaders, and
 * whether it may write.
 */
export type GraphQLContext = ReadContext & { loaders: Loaders; writes: WriteAccess };

export function createContext(read: ReadContext, writes: WriteAccess = NO_WRITES): GraphQLContext {
  return { ...read, loaders: createLoaders(read), writes };
}
