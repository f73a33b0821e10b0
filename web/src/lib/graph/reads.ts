// Every read the client makes of the graph but one: search is cancelled as the user types and its
// answers are never kept, so SearchBox asks the API itself.
import { request } from '../api/client.ts';
import {
  AlumniDocument,
  CommonGroundDocument,
  EntityDetailDocument,
  LineageDocument,
  NeighborCountsDocument,
  NeighborhoodDocument,
  PathsDocument,
  StatsDocument,
  TalentFlowDocument,
  TalentMapDocument,
  type Direction,
  type RelationKind,
  type TalentDimension,
} from '../api/generated.ts';
import { TELLING_RELATIONS } from '../relations.ts';
import { distinctPaths, rankPaths } from './paths.ts';
import type { Path, Subgraph } from './types.ts';

/** One read of the graph, named by a key so that everything needing its answer shares one fetch. */
export interface GraphRead<T> {
  key: string;
  run: () => Promise<T>;
}

export function neighborhood(id: string, limit: number, relations: RelationKind[] | null): GraphRead<Subgraph> {
  return {
    key: `neighborhood|${id}|${limit}|${relations?.join('.') ?? '*'}`,
    run: async () => (await request(NeighborhoodDocument, { id, limit, relations })).neighborhood,
  };
}

/**
 * The neighbourhood of the focused entity. An organization's people are often recorded at
 * its units (a school, a lab), so the units and their neighbours come too.
 */
export function focusNeighborhood(id: string, limit: number): GraphRead<Subgraph> {
  return {
    key: `focus|${id}|${limit}`,
    run: async () =>
      (await request(NeighborhoodDocument, { id, limit, relations: null, includeUnits: true })).neighborhood,
  };
}

export function neighborCounts(id: string) {
  return { key: `counts|${id}`, run: async () => (await request(NeighborCountsDocument, { id })).neighborCounts };
}

// The shortest paths often run through shared skills; the telling ones may be a hop or two longer.
const PATHS_ASKED = 10;
const PATHS_KEPT = 5;

export function paths(from: string, to: string): GraphRead<Path[]> {
  return {
    key: `paths|${from}|${to}`,
    run: async () => {
      const [telling, any] = await Promise.all([
        request(PathsDocument, { from, to, relations: TELLING_RELATIONS, first: PATHS_KEPT }),
        request(PathsDocument, { from, to, first: PATHS_ASKED }),
      ]);
      return rankPaths(distinctPaths([...telling.paths, ...any.paths])).slice(0, PATHS_KEPT);
    },
  };
}

/** How two people's organizations meet: the same place, or units of one parent (two schools of a university). */
export function sharedPlaces(a: string, b: string): GraphRead<Path[]> {
  return {
    key: `places|${a}|${b}`,
    run: async () =>
      (
        await request(PathsDocument, {
          from: a,
          to: b,
          relations: ['STUDIED_AT', 'WORKED_AT', 'PART_OF'],
          maxHops: 4,
          first: 10,
        })
      ).paths,
  };
}

export function lineage(person: string, direction: Direction): GraphRead<Subgraph> {
  return {
    key: `lineage|${person}|${direction}`,
    run: async () => (await request(LineageDocument, { person, direction, depth: 3 })).lineage,
  };
}

export function commonGround(people: string[]) {
  return {
    key: `common|${people.join(',')}`,
    run: async () => (await request(CommonGroundDocument, { people })).commonGround,
  };
}

/** An entity's details; for an organization, also everyone recorded there or at its units. */
export function entityDetail(id: string) {
  return {
    key: `entity|${id}`,
    run: async () => {
      const { entity } = await request(EntityDetailDocument, { id });
      const people =
        entity?.__typename === 'Organization' ? (await request(AlumniDocument, { organization: id })).alumni : [];
      return { entity, people };
    },
  };
}

export function talentMap(by: TalentDimension) {
  return { key: `talent|${by}`, run: async () => (await request(TalentMapDocument, { by })).talentMap };
}

export function talentFlow() {
  return { key: 'flow', run: async () => (await request(TalentFlowDocument, {})).talentFlow };
}

export function stats() {
  return { key: 'stats', run: async () => (await request(StatsDocument, {})).stats };
}
