import DataLoader from 'dataloader';
import type { Affiliation } from './generated/resolvers.ts';
import { entitiesById } from './data/entities.ts';
import { structureOf, type Structure } from './data/organizations.ts';
import { affiliationsOf, facetsOf, mentorshipOf, type Facets, type Mentorship } from './data/people.ts';
import { personSummariesOf, type PersonSummary } from './data/person-summary.ts';
import { publicationDetailsOf, type PublicationDetails } from './data/publications.ts';
import type { EntityRow } from './data/rows.ts';
import { DatabaseUnavailableError, QueryTimeoutError } from './neo4j/errors.ts';
import type { ReadContext } from './neo4j/read.ts';

/**
 * One failed read, one error. A batch that fails rejects every field that asked it for
 * something, and each of them used to become an error of its own: a prolific author's page
 * carried one per publication. So a request remembers the failures its fields have reported:
 * - a field that cannot be null fails with the error, as GraphQL requires; graphql-js reports
 *   it once, at the nearest parent that can be null, however many of its siblings failed too;
 * - a field that can be null reports a failure only when no field has yet, and is otherwise
 *   null without an error of its own.
 * Neo4j being unreachable, or too slow, is one failure per request, whichever batch met it.
 */
class Failures {
  private readonly reported = new Set<unknown>();

  report(error: unknown): never {
    this.reported.add(failureOf(error));
    throw error;
  }

  async nullUnlessFirst(error: unknown): Promise<null> {
    // Every field waiting on the failed batch hears of it in this turn of the event loop; the
    // next turn lets those that cannot be null report it first, as they must anyway.
    await new Promise((resolve) => setImmediate(resolve));
    if (this.reported.has(failureOf(error))) return null;
    return this.report(error);
  }
}

function failureOf(error: unknown): unknown {
  return error instanceof DatabaseUnavailableError || error instanceof QueryTimeoutError ? error.name : error;
}

/** A DataLoader whose failures are reported once per request. */
class FieldLoader<V> {
  constructor(
    private readonly loader: DataLoader<string, V>,
    private readonly failures: Failures,
  ) {}

  /** For a field that cannot be null. */
  load(id: string): Promise<V> {
    return this.loader.load(id).catch((error: unknown) => this.failures.report(error));
  }

  /** For a field that cannot be null, over several ids; fails with the first failure. */
  loadAll(ids: readonly string[]): Promise<V[]> {
    return Promise.all(ids.map((id) => this.load(id)));
  }

  /** For a field that can be null: null, without an error, once a failure has been reported. */
  loadOrNull(id: string): Promise<V | null> {
    return this.loader.load(id).catch((error: unknown) => this.failures.nullUnlessFirst(error));
  }
}

/**
 * Per-request batching: every field that needs something per entity asks a loader, and each
 * loader answers a whole list of entities with one query. Made fresh for each request, so
 * nothing is cached across requests.
 */
export function createLoaders(read: ReadContext) {
  const failures = new Failures();
  const batch = <V>(load: (ctx: ReadContext, ids: readonly string[]) => Promise<V[]>) =>
    new FieldLoader(new DataLoader<string, V>((ids) => load(read, ids), { maxBatchSize: 1000 }), failures);
  /*
   * Fields with arguments batch only with fields that share them: one loader per variant (a
   * page, a dimension), made when first asked for.
   */
  const variants = new Map<string, FieldLoader<unknown>>();
  const variant = <V>(name: string, load: (ctx: ReadContext, keys: readonly string[]) => Promise<V[]>) => {
    const known = variants.get(name) ?? batch<unknown>(load);
    variants.set(name, known);
    return known as FieldLoader<V>;
  };
  return {
    variant,
    entity: batch<EntityRow | null>(entitiesById),
    affiliations: batch<Affiliation[]>(affiliationsOf),
    mentorship: batch<Mentorship>(mentorshipOf),
    facets: batch<Facets>(facetsOf),
    personSummary: batch<PersonSummary>(personSummariesOf),
    structure: batch<Structure>(structureOf),
    publicationDetails: batch<PublicationDetails>(publicationDetailsOf),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
