/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** UP walks towards mentors, DOWN towards mentees. */
export type Direction =
  | 'BOTH'
  | 'DOWN'
  | 'UP';

export type DuplicateDecision =
  /** Two entities: kept apart, and never flagged or merged again. */
  | 'DIFFERENT'
  /** One entity: the two are merged. */
  | 'SAME';

export type EntityKind =
  | 'AWARD'
  | 'COURSE'
  | 'ORGANIZATION'
  | 'PERSON'
  | 'PROJECT'
  | 'PUBLICATION'
  | 'REPOSITORY'
  | 'SKILL'
  | 'TOPIC'
  | 'VENUE';

export type IdentifierScheme =
  /** A DBLP person id (pid) or record key. */
  | 'DBLP'
  /** A DBLP person name with its homonym number (Wei Wang 0001). */
  | 'DBLP_NAME'
  | 'DOI'
  | 'ISNI'
  | 'OPENALEX'
  | 'ORCID'
  | 'ROR'
  | 'SCOPUS'
  | 'WIKIDATA';

export type OrgKind =
  | 'COMPANY'
  | 'INSTITUTE'
  | 'LAB'
  | 'UNIVERSITY';

/** Why a shared organization's `overlap` is what it is. */
export type OverlapStatus =
  /** The dates are known and rule out a time they were all there. */
  | 'APART'
  /** They were all there at once: `overlap` says when. */
  | 'OVERLAPPED'
  /** A missing or unreadable date leaves it open whether they were there together. */
  | 'UNKNOWN';

export type RelationKind =
  /** An affiliation printed on a paper, with its year: not employment, so talent flow does not count it. */
  | 'AFFILIATED_WITH'
  | 'ASSISTED'
  | 'AUTHORED'
  | 'CITES'
  | 'CONTRIBUTED_TO'
  | 'HAS_SKILL'
  | 'MENTORED'
  | 'PARTICIPATED_IN'
  | 'PART_OF'
  | 'PUBLISHED_IN'
  | 'RECEIVED'
  | 'REPRODUCED'
  | 'RESEARCHES'
  | 'STUDIED_AT'
  | 'TAUGHT'
  | 'WORKED_AT';

/** What the talent map groups people by. */
export type TalentDimension =
  | 'ORGANIZATION'
  | 'SKILL'
  | 'TOPIC'
  | 'VENUE';

export type NodeFieldsFragment = { id: string, kind: EntityKind, name: string, nameZh: string | null, orgKind: OrgKind | null, year: number | null };

export type EdgeFieldsFragment = { id: string, kind: RelationKind, source: string, target: string, start: string | null, end: string | null, role: string | null, degree: string | null, field: string | null, context: string | null, position: number | null, roleZh: string | null, fieldZh: string | null, location: string | null, year: number | null, week: number | null, note: string | null, inferred: boolean, evidence: Array<{ source: string, line: number | null, quote: string, dataset: string, locator: string }>, conflicts: Array<{ field: string, claims: Array<{ value: string | null, evidence: { source: string, line: number | null, quote: string, dataset: string, locator: string } }> }> };

export type EvidenceFieldsFragment = { source: string, line: number | null, quote: string, dataset: string, locator: string };

export type AffiliationFieldsFragment = { relation: RelationKind, role: string | null, degree: string | null, field: string | null, roleZh: string | null, fieldZh: string | null, location: string | null, start: string | null, end: string | null, inferred: boolean, person: { id: string, kind: EntityKind, name: string, nameZh: string | null, orgKind: OrgKind | null, year: number | null }, organization: { id: string, kind: EntityKind, name: string, nameZh: string | null, orgKind: OrgKind | null, year: number | null }, evidence: Array<{ source: string, line: number | null, quote: string, dataset: string, locator: string }>, conflicts: Array<{ field: string, claims: Array<{ value: string | null, evidence: { source: string, line: number | null, quote: string, dataset: string, locator: string } }> }> };

export type PageFieldsFragment = { endCursor: string | null, hasNextPage: boolean };

export type SearchQueryVariables = Exact<{
  text: string;
  kinds?: Array<EntityKind> | EntityKind | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type SearchQuery = { search: { totalCount: number, pageInfo: { endCursor: string | null, hasNextPage: boolean }, items: Array<
      | { orgKind: OrgKind, location: string | null, id: string, kind: EntityKind, name: string, nameZh: string | null, aliases: Array<string> }
      | { headline: string | null, coauthorCount: number, id: string, kind: EntityKind, name: string, nameZh: string | null, aliases: Array<string>, activeYears: { from: number, to: number } | null, latestAffiliation: { relation: RelationKind, role: string | null, degree: string | null, organization: { id: string, kind: EntityKind, name: string, nameZh: string | null, orgKind: OrgKind | null, year: number | null } } | null }
      | { year: number | null, id: string, kind: EntityKind, name: string, nameZh: string | null, aliases: Array<string> }
      | { id: string, kind: EntityKind, name: string, nameZh: string | null, aliases: Array<string> }
    > } };

export type NeighborhoodQueryVariables = Exact<{
  id: string | number;
  relations?: Array<RelationKind> | RelationKind | null | undefined;
  limit?: number | null | undefined;
  includeUnits?: boolean | null | undefined;
}>;


export type NeighborhoodQuery = { neighborhood: { truncated: boolean, nodes: Array<{ id: string, kind: EntityKind, name: string, nameZh: string | null, orgKind: OrgKind | null, year: number | null }>, edges: Array<{ id: string, kind: RelationKind, source: string, target: string, start: string | null, end: string | null, role: string | null, degree: string | null, field: string | null, context: string | null, position: number | null, roleZh: string | null, fieldZh: string | null, location: string | null, year: number | null, week: number | null, note: string | null, inferred: boolean, evidence: Array<{ source: string, line: number | null, quote: string, dataset: string, locator: string }>, conflicts: Array<{ field: string, claims: Array<{ value: string | null, evidence: { source: string, line: number | null, quote: string, dataset: string, locator: string } }> }> }> } };

export type NeighborCountsQueryVariables = Exact<{
  id: string | number;
}>;


export type NeighborCountsQuery = { neighborCounts: Array<{ kind: string, count: number }> };

export type EntityDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type EntityDetailQuery = { entity:
    | { __typename: 'Organization', orgKind: OrgKind, location: string | null, id: string, kind: EntityKind, name: string, nameZh: string | null, aliases: Array<string>, parent: { id: string, kind: EntityKind, name: string, nameZh: string | null, orgKind: OrgKind | null, year: number | null } | null, units: Array<{ id: string, kind: EntityKind, name: string, nameZh: string | null, orgKind: OrgKind | null, year: number | null }> }
    | { __typename: 'Person', headline: string | null, homepage: string | null, partial: boolean, id: string, kind: EntityKind, name: string, nameZh: string | null, aliases: Array<string>, affiliations: Array<{ relation: RelationKind, role: string | null, degree: string | null, field: string | null, roleZh: string | null, fieldZh: string | null, location: string | null, start: string | null, end: string | null, inferred: boolean, person: { id: string, kind: EntityKind, name: string, nameZh: string | null, orgKind: OrgKind | null, year: number | null }, organization: { id: string, kind: EntityKind, name: string, nameZh: string | null, orgKind: OrgKind | null, year: number | null }, evidence: Array<{ source: string, line: number | null, quote: string, dataset: string, locator: string }>, conflicts: Array<{ field: string, claims: Array<{ value: string | null, evidence: { source: string, line: number | null, quote: string, dataset: string, locator: string } }> }> }>, publications: { totalCount: number, pageInfo: { endCursor: string | null, hasNextPage: boolean }, items: Array<{ id: string, name: string, year: number | null, award: string | null, venue: { id: string, kind: EntityKind, name: string, nameZh: string | null, orgKind: OrgKind | null, year: number | null } | null, authors: Array<{ id: string, kind: EntityKind, name: string, nameZh: string | null, orgKind: OrgKind | null, year: number | null }> }> }, mentors: Array<{ id: string, kind: EntityKind, name: string, nameZh: string | null }>, mentees: Array<{ id: string, kind: EntityKind, name: string, nameZh: string | null }>, skills: Array<{ id: string, kind: EntityKind, name: string, nameZh: string | null, orgKind: OrgKind | null, year: number | null }>, topics: Array<{ id: string, kind: EntityKind, name: string, nameZh: string | null, orgKind: OrgKind | null, year: number | null }>, awards: Array<{ id: string, kind: EntityKind, name: string, nameZh: string | null, orgKind: OrgKind | null, year: number | null }>, projects: Array<{ id: string, kind: EntityKind, name: string, nameZh: string | null, orgKind: OrgKind | null, year: number | null }> }
    | { __typename: 'Publication', year: number | null, pubKind: string | null, award: string | null, id: string, kind: EntityKind, name: string, nameZh: string | null, aliases: Array<string>, venue: { id: string, kind: EntityKind, name: string, nameZh: string | null, orgKind: OrgKind | null, year: number | null } | null, authors: Array<{ id: string, kind: EntityKind, name: string, nameZh: string | null, orgKind: OrgKind | null, year: number | null }> }
    | { __typename: 'Thing', description: string | null, url: string | null, id: string, kind: EntityKind, name: string, nameZh: string | null, aliases: Array<string> }
   | null };

export type PersonPublicationPageFragment = { totalCount: number, pageInfo: { endCursor: string | null, hasNextPage: boolean }, items: Array<{ id: string, name: string, year: number | null, award: string | null, venue: { id: string, kind: EntityKind, name: string, nameZh: string | null, orgKind: OrgKind | null, year: number | null } | null, authors: Array<{ id: string, kind: EntityKind, name: string, nameZh: string | null, orgKind: OrgKind | null, year: number | null }> }> };

export type PersonPublicationsQueryVariables = Exact<{
  person: string | number;
  after?: string | null | undefined;
}>;


export type PersonPublicationsQuery = { entity:
    | { __typename: 'Organization' }
    | { __typename: 'Person', publications: { totalCount: number, pageInfo: { endCursor: string | null, hasNextPage: boolean }, items: Array<{ id: string, name: string, year: number | null, award: string | null, venue: { id: string, kind: EntityKind, name: string, nameZh: string | null, orgKind: OrgKind | null, year: number | null } | null, authors: Array<{ id: string, kind: EntityKind, name: string, nameZh: string | null, orgKind: OrgKind | null, year: number | null }> }> } }
    | { __typename: 'Publication' }
    | { __typename: 'Thing' }
   | null };

export type AlumniQueryVariables = Exact<{
  organization: string | number;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type AlumniQuery = { alumni: { totalCount: number, pageInfo: { endCursor: string | null, hasNextPage: boolean }, items: Array<{ relation: RelationKind, role: string | null, degree: string | null, field: string | null, roleZh: string | null, fieldZh: string | null, location: string | null, start: string | null, end: string | null, inferred: boolean, person: { id: string, kind: EntityKind, name: string, nameZh: string | null, orgKind: OrgKind | null, year: number | null }, organization: { id: string, kind: EntityKind, name: string, nameZh: string | null, orgKind: OrgKind | null, year: number | null }, evidence: Array<{ source: string, line: number | null, quote: string, dataset: string, locator: string }>, conflicts: Array<{ field: string, claims: Array<{ value: string | null, evidence: { source: string, line: number | null, quote: string, dataset: string, locator: string } }> }> }> } };

export type PathsQueryVariables = Exact<{
  from: string | number;
  to: string | number;
  relations?: Array<RelationKind> | RelationKind | null | undefined;
  maxHops?: number | null | undefined;
  first?: number | null | undefined;
}>;


export type PathsQuery = { paths: Array<{ length: number, nodes: Array<{ id: string, kind: EntityKind, name: string, nameZh: string | null, orgKind: OrgKind | null, year: number | null }>, edges: Array<{ id: string, kind: RelationKind, source: string, target: string, start: string | null, end: string | null, role: string | null, degree: string | null, field: string | null, context: string | null, position: number | null, roleZh: string | null, fieldZh: string | null, location: string | null, year: number | null, week: number | null, note: string | null, inferred: boolean, evidence: Array<{ source: string, line: number | null, quote: string, dataset: string, locator: string }>, conflicts: Array<{ field: string, claims: Array<{ value: string | null, evidence: { source: string, line: number | null, quote: string, dataset: string, locator: string } }> }> }> }> };

export type CommonGroundQueryVariables = Exact<{
  people: Array<string | number> | string | number;
}>;


export type CommonGroundQuery = { commonGround: { organizations: Array<{ overlapStatus: OverlapStatus, organization: { id: string, kind: EntityKind, name: string, nameZh: string | null, orgKind: OrgKind | null, year: number | null }, affiliations: Array<{ relation: RelationKind, role: string | null, degree: string | null, field: string | null, roleZh: string | null, fieldZh: string | null, location: string | null, start: string | null, end: string | null, inferred: boolean, person: { id: string, kind: EntityKind, name: string, nameZh: string | null, orgKind: OrgKind | null, year: number | null }, organization: { id: string, kind: EntityKind, name: string, nameZh: string | null, orgKind: OrgKind | null, year: number | null }, evidence: Array<{ source: string, line: number | null, quote: string, dataset: string, locator: string }>, conflicts: Array<{ field: string, claims: Array<{ value: string | null, evidence: { source: string, line: number | null, quote: string, dataset: string, locator: string } }> }> }>, overlap: { start: string | null, end: string | null } | null }>, coauthoredPublications: Array<{ id: string, kind: EntityKind, name: string, nameZh: string | null, orgKind: OrgKind | null, year: number | null }>, sharedCoauthors: Array<{ id: string, kind: EntityKind, name: string, nameZh: string | null, orgKind: OrgKind | null, year: number | null }>, sharedMentors: Array<{ id: string, kind: EntityKind, name: string, nameZh: string | null, orgKind: OrgKind | null, year: number | null }>, sharedSkills: Array<{ id: string, kind: EntityKind, name: string, nameZh: string | null, orgKind: OrgKind | null, year: number | null }> } };

export type LineageQueryVariables = Exact<{
  person: string | number;
  direction?: Direction | null | undefined;
  depth?: number | null | undefined;
}>;


export type LineageQuery = { lineage: { truncated: boolean, nodes: Array<{ id: string, kind: EntityKind, name: string, nameZh: string | null, orgKind: OrgKind | null, year: number | null }>, edges: Array<{ id: string, kind: RelationKind, source: string, target: string, start: string | null, end: string | null, role: string | null, degree: string | null, field: string | null, context: string | null, position: number | null, roleZh: string | null, fieldZh: string | null, location: string | null, year: number | null, week: number | null, note: string | null, inferred: boolean, evidence: Array<{ source: string, line: number | null, quote: string, dataset: string, locator: string }>, conflicts: Array<{ field: string, claims: Array<{ value: string | null, evidence: { source: string, line: number | null, quote: string, dataset: string, locator: string } }> }> }> } };

export type NodePageFieldsFragment = { totalCount: number, pageInfo: { endCursor: string | null, hasNextPage: boolean }, items: Array<{ id: string, kind: EntityKind, name: string, nameZh: string | null, orgKind: OrgKind | null, year: number | null }> };

export type TalentMapQueryVariables = Exact<{
  by: TalentDimension;
  orgKind?: OrgKind | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
  people?: number | null | undefined;
}>;


export type TalentMapQuery = { talentMap: { totalCount: number, pageInfo: { endCursor: string | null, hasNextPage: boolean }, items: Array<{ count: number, group: { id: string, kind: EntityKind, name: string, nameZh: string | null, orgKind: OrgKind | null, year: number | null }, people: { totalCount: number, pageInfo: { endCursor: string | null, hasNextPage: boolean }, items: Array<{ id: string, kind: EntityKind, name: string, nameZh: string | null, orgKind: OrgKind | null, year: number | null }> } }> } };

export type TalentFlowQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  people?: number | null | undefined;
}>;


export type TalentFlowQuery = { talentFlow: { totalCount: number, pageInfo: { endCursor: string | null, hasNextPage: boolean }, items: Array<{ count: number, from: { id: string, kind: EntityKind, name: string, nameZh: string | null, orgKind: OrgKind | null, year: number | null }, to: { id: string, kind: EntityKind, name: string, nameZh: string | null, orgKind: OrgKind | null, year: number | null }, people: { totalCount: number, pageInfo: { endCursor: string | null, hasNextPage: boolean }, items: Array<{ id: string, kind: EntityKind, name: string, nameZh: string | null, orgKind: OrgKind | null, year: number | null }> } }> } };

export type TalentGroupPeopleQueryVariables = Exact<{
  by: TalentDimension;
  group: string | number;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type TalentGroupPeopleQuery = { talentGroup: { people: { totalCount: number, pageInfo: { endCursor: string | null, hasNextPage: boolean }, items: Array<{ id: string, kind: EntityKind, name: string, nameZh: string | null, orgKind: OrgKind | null, year: number | null }> } } | null };

export type TalentFlowPeopleQueryVariables = Exact<{
  from: string | number;
  to: string | number;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type TalentFlowPeopleQuery = { talentMove: { people: { totalCount: number, pageInfo: { endCursor: string | null, hasNextPage: boolean }, items: Array<{ id: string, kind: EntityKind, name: string, nameZh: string | null, orgKind: OrgKind | null, year: number | null }> } } | null };

export type StatsQueryVariables = Exact<{ [key: string]: never; }>;


export type StatsQuery = { stats: { nodes: Array<{ kind: string, count: number }>, relationships: Array<{ kind: string, count: number }> } };

export type WritesEnabledQueryVariables = Exact<{ [key: string]: never; }>;


export type WritesEnabledQuery = { writesEnabled: boolean };

type ReviewEntityFields_Organization_Fragment = { __typename: 'Organization', id: string, kind: EntityKind, name: string, nameZh: string | null, aliases: Array<string>, datasets: Array<string>, identifiers: Array<{ scheme: IdentifierScheme, value: string }> };

type ReviewEntityFields_Person_Fragment = { __typename: 'Person', headline: string | null, id: string, kind: EntityKind, name: string, nameZh: string | null, aliases: Array<string>, datasets: Array<string>, affiliations: Array<{ relation: RelationKind, role: string | null, degree: string | null, start: string | null, end: string | null, organization: { id: string, name: string }, evidence: Array<{ source: string, locator: string, quote: string, dataset: string }> }>, publications: { totalCount: number, items: Array<{ id: string, name: string, year: number | null }> }, identifiers: Array<{ scheme: IdentifierScheme, value: string }> };

type ReviewEntityFields_Publication_Fragment = { __typename: 'Publication', id: string, kind: EntityKind, name: string, nameZh: string | null, aliases: Array<string>, datasets: Array<string>, identifiers: Array<{ scheme: IdentifierScheme, value: string }> };

type ReviewEntityFields_Thing_Fragment = { __typename: 'Thing', id: string, kind: EntityKind, name: string, nameZh: string | null, aliases: Array<string>, datasets: Array<string>, identifiers: Array<{ scheme: IdentifierScheme, value: string }> };

export type ReviewEntityFieldsFragment =
  | ReviewEntityFields_Organization_Fragment
  | ReviewEntityFields_Person_Fragment
  | ReviewEntityFields_Publication_Fragment
  | ReviewEntityFields_Thing_Fragment
;

export type PossibleDuplicatesQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type PossibleDuplicatesQuery = { possibleDuplicates: { totalCount: number, pageInfo: { endCursor: string | null, hasNextPage: boolean }, items: Array<{ id: string, datasets: Array<string>, reasonsFor: Array<string>, reasonsAgainst: Array<string>, locators: Array<string>, a:
        | { __typename: 'Organization', id: string, kind: EntityKind, name: string, nameZh: string | null, aliases: Array<string>, datasets: Array<string>, identifiers: Array<{ scheme: IdentifierScheme, value: string }> }
        | { __typename: 'Person', headline: string | null, id: string, kind: EntityKind, name: string, nameZh: string | null, aliases: Array<string>, datasets: Array<string>, affiliations: Array<{ relation: RelationKind, role: string | null, degree: string | null, start: string | null, end: string | null, organization: { id: string, name: string }, evidence: Array<{ source: string, locator: string, quote: string, dataset: string }> }>, publications: { totalCount: number, items: Array<{ id: string, name: string, year: number | null }> }, identifiers: Array<{ scheme: IdentifierScheme, value: string }> }
        | { __typename: 'Publication', id: string, kind: EntityKind, name: string, nameZh: string | null, aliases: Array<string>, datasets: Array<string>, identifiers: Array<{ scheme: IdentifierScheme, value: string }> }
        | { __typename: 'Thing', id: string, kind: EntityKind, name: string, nameZh: string | null, aliases: Array<string>, datasets: Array<string>, identifiers: Array<{ scheme: IdentifierScheme, value: string }> }
      , b:
        | { __typename: 'Organization', id: string, kind: EntityKind, name: string, nameZh: string | null, aliases: Array<string>, datasets: Array<string>, identifiers: Array<{ scheme: IdentifierScheme, value: string }> }
        | { __typename: 'Person', headline: string | null, id: string, kind: EntityKind, name: string, nameZh: string | null, aliases: Array<string>, datasets: Array<string>, affiliations: Array<{ relation: RelationKind, role: string | null, degree: string | null, start: string | null, end: string | null, organization: { id: string, name: string }, evidence: Array<{ source: string, locator: string, quote: string, dataset: string }> }>, publications: { totalCount: number, items: Array<{ id: string, name: string, year: number | null }> }, identifiers: Array<{ scheme: IdentifierScheme, value: string }> }
        | { __typename: 'Publication', id: string, kind: EntityKind, name: string, nameZh: string | null, aliases: Array<string>, datasets: Array<string>, identifiers: Array<{ scheme: IdentifierScheme, value: string }> }
        | { __typename: 'Thing', id: string, kind: EntityKind, name: string, nameZh: string | null, aliases: Array<string>, datasets: Array<string>, identifiers: Array<{ scheme: IdentifierScheme, value: string }> }
       }> } };

export type ResolveDuplicateMutationVariables = Exact<{
  id: string | number;
  decision: DuplicateDecision;
}>;


export type ResolveDuplicateMutation = { resolveDuplicate: { id: string, decision: DuplicateDecision, merged: string | null, kept:
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
     | null } };

export type ImportReportFieldsFragment = { dataset: string, format: string, dryRun: boolean, records: number, created: number, files: Array<{ name: string }>, matched: Array<{ record: string, entity: string, reason: string }>, merged: Array<{ a: string, b: string, reason: string }>, flagged: Array<{ a: string, b: string, reasonsFor: Array<string>, reasonsAgainst: Array<string> }>, skipped: Array<{ file: string, locator: string, reason: string }>, notes: Array<{ file: string, locator: string, reason: string }>, written: { unchanged: boolean, nodes: number, relationships: number, removedNodes: number, removedRelationships: number } | null };

export type ImportPreviewMutationVariables = Exact<{
  files: Array<File> | File;
  dataset?: string | null | undefined;
  paths?: Array<string> | string | null | undefined;
}>;


export type ImportPreviewMutation = { importPreview: { dataset: string, format: string, dryRun: boolean, records: number, created: number, files: Array<{ name: string }>, matched: Array<{ record: string, entity: string, reason: string }>, merged: Array<{ a: string, b: string, reason: string }>, flagged: Array<{ a: string, b: string, reasonsFor: Array<string>, reasonsAgainst: Array<string> }>, skipped: Array<{ file: string, locator: string, reason: string }>, notes: Array<{ file: string, locator: string, reason: string }>, written: { unchanged: boolean, nodes: number, relationships: number, removedNodes: number, removedRelationships: number } | null } };

export type ImportCommitMutationVariables = Exact<{
  files: Array<File> | File;
  dataset?: string | null | undefined;
  paths?: Array<string> | string | null | undefined;
}>;


export type ImportCommitMutation = { importCommit: { dataset: string, format: string, dryRun: boolean, records: number, created: number, files: Array<{ name: string }>, matched: Array<{ record: string, entity: string, reason: string }>, merged: Array<{ a: string, b: string, reason: string }>, flagged: Array<{ a: string, b: string, reasonsFor: Array<string>, reasonsAgainst: Array<string> }>, skipped: Array<{ file: string, locator: string, reason: string }>, notes: Array<{ file: string, locator: string, reason: string }>, written: { unchanged: boolean, nodes: number, relationships: number, removedNodes: number, removedRelationships: number } | null } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const EvidenceFieldsFragmentDoc = new TypedDocumentString(`
    fragment EvidenceFields on Evidence {
  source
  line
  quote
  dataset
  locator
}
    `, {"fragmentName":"EvidenceFields"}) as unknown as TypedDocumentString<EvidenceFieldsFragment, unknown>;
export const EdgeFieldsFragmentDoc = new TypedDocumentString(`
    fragment EdgeFields on Edge {
  id
  kind
  source
  target
  start
  end
  role
  degree
  field
  context
  position
  roleZh
  fieldZh
  location
  year
  week
  note
  evidence {
    ...EvidenceFields
  }
  conflicts {
    field
    claims {
      value
      evidence {
        ...EvidenceFields
      }
    }
  }
  inferred
}
    fragment EvidenceFields on Evidence {
  source
  line
  quote
  dataset
  locator
}`, {"fragmentName":"EdgeFields"}) as unknown as TypedDocumentString<EdgeFieldsFragment, unknown>;
export const NodeFieldsFragmentDoc = new TypedDocumentString(`
    fragment NodeFields on Node {
  id
  kind
  name
  nameZh
  orgKind
  year
}
    `, {"fragmentName":"NodeFields"}) as unknown as TypedDocumentString<NodeFieldsFragment, unknown>;
export const AffiliationFieldsFragmentDoc = new TypedDocumentString(`
    fragment AffiliationFields on Affiliation {
  person {
    ...NodeFields
  }
  organization {
    ...NodeFields
  }
  relation
  role
  degree
  field
  roleZh
  fieldZh
  location
  start
  end
  evidence {
    ...EvidenceFields
  }
  conflicts {
    field
    claims {
      value
      evidence {
        ...EvidenceFields
      }
    }
  }
  inferred
}
    fragment NodeFields on Node {
  id
  kind
  name
  nameZh
  orgKind
  year
}
fragment EvidenceFields on Evidence {
  source
  line
  quote
  dataset
  locator
}`, {"fragmentName":"AffiliationFields"}) as unknown as TypedDocumentString<AffiliationFieldsFragment, unknown>;
export const PageFieldsFragmentDoc = new TypedDocumentString(`
    fragment PageFields on PageInfo {
  endCursor
  hasNextPage
}
    `, {"fragmentName":"PageFields"}) as unknown as TypedDocumentString<PageFieldsFragment, unknown>;
export const PersonPublicationPageFragmentDoc = new TypedDocumentString(`
    fragment PersonPublicationPage on PublicationPage {
  totalCount
  pageInfo {
    ...PageFields
  }
  items {
    id
    name
    year
    award
    venue {
      ...NodeFields
    }
    authors {
      ...NodeFields
    }
  }
}
    fragment NodeFields on Node {
  id
  kind
  name
  nameZh
  orgKind
  year
}
fragment PageFields on PageInfo {
  endCursor
  hasNextPage
}`, {"fragmentName":"PersonPublicationPage"}) as unknown as TypedDocumentString<PersonPublicationPageFragment, unknown>;
export const NodePageFieldsFragmentDoc = new TypedDocumentString(`
    fragment NodePageFields on NodePage {
  totalCount
  pageInfo {
    ...PageFields
  }
  items {
    ...NodeFields
  }
}
    fragment NodeFields on Node {
  id
  kind
  name
  nameZh
  orgKind
  year
}
fragment PageFields on PageInfo {
  endCursor
  hasNextPage
}`, {"fragmentName":"NodePageFields"}) as unknown as TypedDocumentString<NodePageFieldsFragment, unknown>;
export const ReviewEntityFieldsFragmentDoc = new TypedDocumentString(`
    fragment ReviewEntityFields on Entity {
  __typename
  id
  kind
  name
  nameZh
  aliases
  datasets
  identifiers {
    scheme
    value
  }
  ... on Person {
    headline
    affiliations {
      organization {
        id
        name
      }
      relation
      role
      degree
      start
      end
      evidence {
        source
        locator
        quote
        dataset
      }
    }
    publications(first: 8) {
      totalCount
      items {
        id
        name
        year
      }
    }
  }
}
    `, {"fragmentName":"ReviewEntityFields"}) as unknown as TypedDocumentString<ReviewEntityFieldsFragment, unknown>;
export const ImportReportFieldsFragmentDoc = new TypedDocumentString(`
    fragment ImportReportFields on ImportReport {
  dataset
  format
  dryRun
  records
  created
  files {
    name
  }
  matched {
    record
    entity
    reason
  }
  merged {
    a
    b
    reason
  }
  flagged {
    a
    b
    reasonsFor
    reasonsAgainst
  }
  skipped {
    file
    locator
    reason
  }
  notes {
    file
    locator
    reason
  }
  written {
    unchanged
    nodes
    relationships
    removedNodes
    removedRelationships
  }
}
    `, {"fragmentName":"ImportReportFields"}) as unknown as TypedDocumentString<ImportReportFieldsFragment, unknown>;
export const SearchDocument = new TypedDocumentString(`
    query Search($text: String!, $kinds: [EntityKind!], $first: Int, $after: String) {
  search(text: $text, kinds: $kinds, first: $first, after: $after) {
    totalCount
    pageInfo {
      ...PageFields
    }
    items {
      id
      kind
      name
      nameZh
      aliases
      ... on Person {
        headline
        coauthorCount
        activeYears {
          from
          to
        }
        latestAffiliation {
          organization {
            ...NodeFields
          }
          relation
          role
          degree
        }
      }
      ... on Organization {
        orgKind
        location
      }
      ... on Publication {
        year
      }
    }
  }
}
    fragment NodeFields on Node {
  id
  kind
  name
  nameZh
  orgKind
  year
}
fragment PageFields on PageInfo {
  endCursor
  hasNextPage
}`) as unknown as TypedDocumentString<SearchQuery, SearchQueryVariables>;
export const NeighborhoodDocument = new TypedDocumentString(`
    query Neighborhood($id: ID!, $relations: [RelationKind!], $limit: Int, $includeUnits: Boolean) {
  neighborhood(
    id: $id
    relations: $relations
    limit: $limit
    includeUnits: $includeUnits
  ) {
    nodes {
      ...NodeFields
    }
    edges {
      ...EdgeFields
    }
    truncated
  }
}
    fragment NodeFields on Node {
  id
  kind
  name
  nameZh
  orgKind
  year
}
fragment EdgeFields on Edge {
  id
  kind
  source
  target
  start
  end
  role
  degree
  field
  context
  position
  roleZh
  fieldZh
  location
  year
  week
  note
  evidence {
    ...EvidenceFields
  }
  conflicts {
    field
    claims {
      value
      evidence {
        ...EvidenceFields
      }
    }
  }
  inferred
}
fragment EvidenceFields on Evidence {
  source
  line
  quote
  dataset
  locator
}`) as unknown as TypedDocumentString<NeighborhoodQuery, NeighborhoodQueryVariables>;
export const NeighborCountsDocument = new TypedDocumentString(`
    query NeighborCounts($id: ID!) {
  neighborCounts(id: $id) {
    kind
    count
  }
}
    `) as unknown as TypedDocumentString<NeighborCountsQuery, NeighborCountsQueryVariables>;
export const EntityDetailDocument = new TypedDocumentString(`
    query EntityDetail($id: ID!) {
  entity(id: $id) {
    __typename
    id
    kind
    name
    nameZh
    aliases
    ... on Person {
      headline
      homepage
      partial
      affiliations {
        ...AffiliationFields
      }
      publications {
        ...PersonPublicationPage
      }
      mentors {
        id
        kind
        name
        nameZh
      }
      mentees {
        id
        kind
        name
        nameZh
      }
      skills {
        ...NodeFields
      }
      topics {
        ...NodeFields
      }
      awards {
        ...NodeFields
      }
      projects {
        ...NodeFields
      }
    }
    ... on Organization {
      orgKind
      location
      parent {
        ...NodeFields
      }
      units {
        ...NodeFields
      }
    }
    ... on Publication {
      year
      pubKind
      award
      venue {
        ...NodeFields
      }
      authors {
        ...NodeFields
      }
    }
    ... on Thing {
      description
      url
    }
  }
}
    fragment NodeFields on Node {
  id
  kind
  name
  nameZh
  orgKind
  year
}
fragment EvidenceFields on Evidence {
  source
  line
  quote
  dataset
  locator
}
fragment AffiliationFields on Affiliation {
  person {
    ...NodeFields
  }
  organization {
    ...NodeFields
  }
  relation
  role
  degree
  field
  roleZh
  fieldZh
  location
  start
  end
  evidence {
    ...EvidenceFields
  }
  conflicts {
    field
    claims {
      value
      evidence {
        ...EvidenceFields
      }
    }
  }
  inferred
}
fragment PageFields on PageInfo {
  endCursor
  hasNextPage
}
fragment PersonPublicationPage on PublicationPage {
  totalCount
  pageInfo {
    ...PageFields
  }
  items {
    id
    name
    year
    award
    venue {
      ...NodeFields
    }
    authors {
      ...NodeFields
    }
  }
}`) as unknown as TypedDocumentString<EntityDetailQuery, EntityDetailQueryVariables>;
export const PersonPublicationsDocument = new TypedDocumentString(`
    query PersonPublications($person: ID!, $after: String) {
  entity(id: $person) {
    __typename
    ... on Person {
      publications(after: $after) {
        ...PersonPublicationPage
      }
    }
  }
}
    fragment NodeFields on Node {
  id
  kind
  name
  nameZh
  orgKind
  year
}
fragment PageFields on PageInfo {
  endCursor
  hasNextPage
}
fragment PersonPublicationPage on PublicationPage {
  totalCount
  pageInfo {
    ...PageFields
  }
  items {
    id
    name
    year
    award
    venue {
      ...NodeFields
    }
    authors {
      ...NodeFields
    }
  }
}`) as unknown as TypedDocumentString<PersonPublicationsQuery, PersonPublicationsQueryVariables>;
export const AlumniDocument = new TypedDocumentString(`
    query Alumni($organization: ID!, $first: Int, $after: String) {
  alumni(
    organization: $organization
    includeUnits: true
    first: $first
    after: $after
  ) {
    totalCount
    pageInfo {
      ...PageFields
    }
    items {
      ...AffiliationFields
    }
  }
}
    fragment NodeFields on Node {
  id
  kind
  name
  nameZh
  orgKind
  year
}
fragment EvidenceFields on Evidence {
  source
  line
  quote
  dataset
  locator
}
fragment AffiliationFields on Affiliation {
  person {
    ...NodeFields
  }
  organization {
    ...NodeFields
  }
  relation
  role
  degree
  field
  roleZh
  fieldZh
  location
  start
  end
  evidence {
    ...EvidenceFields
  }
  conflicts {
    field
    claims {
      value
      evidence {
        ...EvidenceFields
      }
    }
  }
  inferred
}
fragment PageFields on PageInfo {
  endCursor
  hasNextPage
}`) as unknown as TypedDocumentString<AlumniQuery, AlumniQueryVariables>;
export const PathsDocument = new TypedDocumentString(`
    query Paths($from: ID!, $to: ID!, $relations: [RelationKind!], $maxHops: Int, $first: Int) {
  paths(
    from: $from
    to: $to
    relations: $relations
    maxHops: $maxHops
    first: $first
  ) {
    nodes {
      ...NodeFields
    }
    edges {
      ...EdgeFields
    }
    length
  }
}
    fragment NodeFields on Node {
  id
  kind
  name
  nameZh
  orgKind
  year
}
fragment EdgeFields on Edge {
  id
  kind
  source
  target
  start
  end
  role
  degree
  field
  context
  position
  roleZh
  fieldZh
  location
  year
  week
  note
  evidence {
    ...EvidenceFields
  }
  conflicts {
    field
    claims {
      value
      evidence {
        ...EvidenceFields
      }
    }
  }
  inferred
}
fragment EvidenceFields on Evidence {
  source
  line
  quote
  dataset
  locator
}`) as unknown as TypedDocumentString<PathsQuery, PathsQueryVariables>;
export const CommonGroundDocument = new TypedDocumentString(`
    query CommonGround($people: [ID!]!) {
  commonGround(people: $people) {
    organizations {
      organization {
        ...NodeFields
      }
      affiliations {
        ...AffiliationFields
      }
      overlap {
        start
        end
      }
      overlapStatus
    }
    coauthoredPublications {
      ...NodeFields
    }
    sharedCoauthors {
      ...NodeFields
    }
    sharedMentors {
      ...NodeFields
    }
    sharedSkills {
      ...NodeFields
    }
  }
}
    fragment NodeFields on Node {
  id
  kind
  name
  nameZh
  orgKind
  year
}
fragment EvidenceFields on Evidence {
  source
  line
  quote
  dataset
  locator
}
fragment AffiliationFields on Affiliation {
  person {
    ...NodeFields
  }
  organization {
    ...NodeFields
  }
  relation
  role
  degree
  field
  roleZh
  fieldZh
  location
  start
  end
  evidence {
    ...EvidenceFields
  }
  conflicts {
    field
    claims {
      value
      evidence {
        ...EvidenceFields
      }
    }
  }
  inferred
}`) as unknown as TypedDocumentString<CommonGroundQuery, CommonGroundQueryVariables>;
export const LineageDocument = new TypedDocumentString(`
    query Lineage($person: ID!, $direction: Direction, $depth: Int) {
  lineage(person: $person, direction: $direction, depth: $depth) {
    nodes {
      ...NodeFields
    }
    edges {
      ...EdgeFields
    }
    truncated
  }
}
    fragment NodeFields on Node {
  id
  kind
  name
  nameZh
  orgKind
  year
}
fragment EdgeFields on Edge {
  id
  kind
  source
  target
  start
  end
  role
  degree
  field
  context
  position
  roleZh
  fieldZh
  location
  year
  week
  note
  evidence {
    ...EvidenceFields
  }
  conflicts {
    field
    claims {
      value
      evidence {
        ...EvidenceFields
      }
    }
  }
  inferred
}
fragment EvidenceFields on Evidence {
  source
  line
  quote
  dataset
  locator
}`) as unknown as TypedDocumentString<LineageQuery, LineageQueryVariables>;
export const TalentMapDocument = new TypedDocumentString(`
    query TalentMap($by: TalentDimension!, $orgKind: OrgKind, $first: Int, $after: String, $people: Int) {
  talentMap(by: $by, orgKind: $orgKind, first: $first, after: $after) {
    totalCount
    pageInfo {
      ...PageFields
    }
    items {
      group {
        ...NodeFields
      }
      count
      people(first: $people) {
        ...NodePageFields
      }
    }
  }
}
    fragment NodeFields on Node {
  id
  kind
  name
  nameZh
  orgKind
  year
}
fragment PageFields on PageInfo {
  endCursor
  hasNextPage
}
fragment NodePageFields on NodePage {
  totalCount
  pageInfo {
    ...PageFields
  }
  items {
    ...NodeFields
  }
}`) as unknown as TypedDocumentString<TalentMapQuery, TalentMapQueryVariables>;
export const TalentFlowDocument = new TypedDocumentString(`
    query TalentFlow($first: Int, $after: String, $people: Int) {
  talentFlow(first: $first, after: $after) {
    totalCount
    pageInfo {
      ...PageFields
    }
    items {
      from {
        ...NodeFields
      }
      to {
        ...NodeFields
      }
      count
      people(first: $people) {
        ...NodePageFields
      }
    }
  }
}
    fragment NodeFields on Node {
  id
  kind
  name
  nameZh
  orgKind
  year
}
fragment PageFields on PageInfo {
  endCursor
  hasNextPage
}
fragment NodePageFields on NodePage {
  totalCount
  pageInfo {
    ...PageFields
  }
  items {
    ...NodeFields
  }
}`) as unknown as TypedDocumentString<TalentFlowQuery, TalentFlowQueryVariables>;
export const TalentGroupPeopleDocument = new TypedDocumentString(`
    query TalentGroupPeople($by: TalentDimension!, $group: ID!, $first: Int, $after: String) {
  talentGroup(by: $by, id: $group) {
    people(first: $first, after: $after) {
      ...NodePageFields
    }
  }
}
    fragment NodeFields on Node {
  id
  kind
  name
  nameZh
  orgKind
  year
}
fragment PageFields on PageInfo {
  endCursor
  hasNextPage
}
fragment NodePageFields on NodePage {
  totalCount
  pageInfo {
    ...PageFields
  }
  items {
    ...NodeFields
  }
}`) as unknown as TypedDocumentString<TalentGroupPeopleQuery, TalentGroupPeopleQueryVariables>;
export const TalentFlowPeopleDocument = new TypedDocumentString(`
    query TalentFlowPeople($from: ID!, $to: ID!, $first: Int, $after: String) {
  talentMove(from: $from, to: $to) {
    people(first: $first, after: $after) {
      ...NodePageFields
    }
  }
}
    fragment NodeFields on Node {
  id
  kind
  name
  nameZh
  orgKind
  year
}
fragment PageFields on PageInfo {
  endCursor
  hasNextPage
}
fragment NodePageFields on NodePage {
  totalCount
  pageInfo {
    ...PageFields
  }
  items {
    ...NodeFields
  }
}`) as unknown as TypedDocumentString<TalentFlowPeopleQuery, TalentFlowPeopleQueryVariables>;
export const StatsDocument = new TypedDocumentString(`
    query Stats {
  stats {
    nodes {
      kind
      count
    }
    relationships {
      kind
      count
    }
  }
}
    `) as unknown as TypedDocumentString<StatsQuery, StatsQueryVariables>;
export const WritesEnabledDocument = new TypedDocumentString(`
    query WritesEnabled {
  writesEnabled
}
    `) as unknown as TypedDocumentString<WritesEnabledQuery, WritesEnabledQueryVariables>;
export const PossibleDuplicatesDocument = new TypedDocumentString(`
    query PossibleDuplicates($first: Int, $after: String) {
  possibleDuplicates(first: $first, after: $after) {
    totalCount
    pageInfo {
      ...PageFields
    }
    items {
      id
      datasets
      reasonsFor
      reasonsAgainst
      locators
      a {
        ...ReviewEntityFields
      }
      b {
        ...ReviewEntityFields
      }
    }
  }
}
    fragment PageFields on PageInfo {
  endCursor
  hasNextPage
}
fragment ReviewEntityFields on Entity {
  __typename
  id
  kind
  name
  nameZh
  aliases
  datasets
  identifiers {
    scheme
    value
  }
  ... on Person {
    headline
    affiliations {
      organization {
        id
        name
      }
      relation
      role
      degree
      start
      end
      evidence {
        source
        locator
        quote
        dataset
      }
    }
    publications(first: 8) {
      totalCount
      items {
        id
        name
        year
      }
    }
  }
}`) as unknown as TypedDocumentString<PossibleDuplicatesQuery, PossibleDuplicatesQueryVariables>;
export const ResolveDuplicateDocument = new TypedDocumentString(`
    mutation ResolveDuplicate($id: ID!, $decision: DuplicateDecision!) {
  resolveDuplicate(id: $id, decision: $decision) {
    id
    decision
    merged
    kept {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<ResolveDuplicateMutation, ResolveDuplicateMutationVariables>;
export const ImportPreviewDocument = new TypedDocumentString(`
    mutation ImportPreview($files: [Upload!]!, $dataset: String, $paths: [String!]) {
  importPreview(files: $files, dataset: $dataset, paths: $paths) {
    ...ImportReportFields
  }
}
    fragment ImportReportFields on ImportReport {
  dataset
  format
  dryRun
  records
  created
  files {
    name
  }
  matched {
    record
    entity
    reason
  }
  merged {
    a
    b
    reason
  }
  flagged {
    a
    b
    reasonsFor
    reasonsAgainst
  }
  skipped {
    file
    locator
    reason
  }
  notes {
    file
    locator
    reason
  }
  written {
    unchanged
    nodes
    relationships
    removedNodes
    removedRelationships
  }
}`) as unknown as TypedDocumentString<ImportPreviewMutation, ImportPreviewMutationVariables>;
export const ImportCommitDocument = new TypedDocumentString(`
    mutation ImportCommit($files: [Upload!]!, $dataset: String, $paths: [String!]) {
  importCommit(files: $files, dataset: $dataset, paths: $paths) {
    ...ImportReportFields
  }
}
    fragment ImportReportFields on ImportReport {
  dataset
  format
  dryRun
  records
  created
  files {
    name
  }
  matched {
    record
    entity
    reason
  }
  merged {
    a
    b
    reason
  }
  flagged {
    a
    b
    reasonsFor
    reasonsAgainst
  }
  skipped {
    file
    locator
    reason
  }
  notes {
    file
    locator
    reason
  }
  written {
    unchanged
    nodes
    relationships
    removedNodes
    removedRelationships
  }
}`) as unknown as TypedDocumentString<ImportCommitMutation, ImportCommitMutationVariables>;