// Every read the client makes of the graph but one: search is cancelled as the user types and its
// answers are never kept, so SearchBox asks the API itself.
import { ApiError, request } from '../api/client.ts';
import {
  AlumniDocument,
  CommonGroundDocument,
  EntityDetailDocument,
  LineageDocument,
  NeighborCountsDocument,
  NeighborhoodDocument,
  PathsDocument,
  PersonPublicationsDocument,
  StatsDocument,
  TalentFlowDocument,
  TalentFlowPeopleDocument,
  TalentGroupPeopleDocument,
  TalentMapDocument,
  type AlumniQuery,
  type Direction,
  type PersonPublicationPageFragment,
  type RelationKind,
  type TalentDimension,
} from '../api/generated.ts';
import { TELLING_RELATIONS } from '../relations.ts';
import type { Page } from './paging.ts';
import { distinctPaths, rankPaths } from './paths.ts';
import type { GraphNode, Path, Subgraph } from './types.ts';

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

// The telling paths (mentorship, authorship, schools) may be a hop or two longer than the shortest
// over the server's default relations, which leave out skills, topics and venues: on a large graph
// those are hubs that everything passes through, and Common ground lists them instead.
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

/** An entity's details; for an organization, also the first page of everyone recorded there or at its units. */
export function entityDetail(id: string) {
  return {
    key: `entity|${id}`,
    run: async () => {
      const { entity } = await request(EntityDetailDocument, { id });
      const people = entity?.__typename === 'Organization' ? await alumni(id, null).run() : null;
      return { entity, people };
    },
  };
}

// The detail panel is narrow: twenty entries of a timeline are already a long scroll.
const ALUMNI_PAGE = 20;
const GROUPS_PAGE = 50;
const PEOPLE_PAGE = 10;

export type AlumniPage = AlumniQuery['alumni'];

export function alumni(organization: string, after: string | null): GraphRead<AlumniPage> {
  return {
    key: `alumni|${organization}|${after ?? ''}`,
    run: async () => (await request(AlumniDocument, { organization, first: ALUMNI_PAGE, after })).alumni,
  };
}

/** The next page of a person's publications, newest first. */
export function personPublications(person: string, after: string): GraphRead<PersonPublicationPageFragment> {
  return {
    key: `publications|${person}|${after}`,
    run: async () => {
      const { entity } = await request(PersonPublicationsDocument, { person, after });
      if (entity?.__typename !== 'Person') throw new ApiError('request', CHANGED);
      return entity.publications;
    },
  };
}

export function talentMap(by: TalentDimension, after: string | null = null) {
  return {
    key: `talent|${by}|${after ?? ''}`,
    run: async () =>
      (await request(TalentMapDocument, { by, first: GROUPS_PAGE, after, people: PEOPLE_PAGE })).talentMap,
  };
}

export function talentFlow(after: string | null = null) {
  return {
    key: `flow|${after ?? ''}`,
    run: async () => (await request(TalentFlowDocument, { first: GROUPS_PAGE, after, people: PEOPLE_PAGE })).talentFlow,
  };
}

const CHANGED = 'The graph has changed since this list was read; reload the page to read it afresh.';

/** The next page of a talent group's people. */
export function talentGroupPeople(by: TalentDimension, group: string, after: string): GraphRead<Page<GraphNode>> {
  return {
    key: `talent-people|${by}|${group}|${after}`,
    run: async () => {
      const { talentGroup } = await request(TalentGroupPeopleDocument, { by, group, first: PEOPLE_PAGE, after });
      if (!talentGroup) throw new ApiError('request', CHANGED);
      return talentGroup.people;
    },
  };
}

/** The next page of the people who made one move. */
export function talentFlowPeople(move: { from: string; to: string }, after: string): GraphRead<Page<GraphNode>> {
  return {
    key: `flow-people|${move.from}|${move.to}|${after}`,
    run: async () => {
      const { talentMove } = await request(TalentFlowPeopleDocument, { ...move, first: PEOPLE_PAGE, after });
      if (!talentMove) throw new ApiError('request', CHANGED);
      return talentMove.people;
    },
  };
}

export function stats() {
  return { key: 'stats', run: async () => (await request(StatsDocument, {})).stats };
}
