import DataLoader from 'dataloader';
import type { Affiliation, Coauthorship } from './generated/resolvers.ts';
import { entitiesById } from './data/entities.ts';
import { structureOf, type Structure } from './data/organizations.ts';
import {
  affiliationsOf,
  coauthorsOf,
  facetsOf,
  mentorshipOf,
  publicationsOf,
  type Facets,
  type Mentorship,
} from './data/people.ts';
import { publicationDetailsOf, type PublicationDetails } from './data/publications.ts';
import type { EntityRow } from './data/rows.ts';
import type { ReadContext } from './neo4j/read.ts';

/**
 * Per-request batching: every field that needs something per entity asks a loader, and each
 * loader answers a whole list of entities with one query. Made fresh for each request, so
 * nothing is cached across requests.
 */
export function createLoaders(read: ReadContext) {
  const batch = <V>(load: (ctx: ReadContext, ids: readonly string[]) => Promise<V[]>) =>
    new DataLoader<string, V>((ids) => load(read, ids), { maxBatchSize: 1000 });
  return {
    entity: batch<EntityRow | null>(entitiesById),
    affiliations: batch<Affiliation[]>(affiliationsOf),
    publications: batch<EntityRow[]>(publicationsOf),
    mentorship: batch<Mentorship>(mentorshipOf),
    facets: batch<Facets>(facetsOf),
    coauthors: batch<Coauthorship[]>(coauthorsOf),
    structure: batch<Structure>(structureOf),
    publicationDetails: batch<PublicationDetails>(publicationDetailsOf),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
