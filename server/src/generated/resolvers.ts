import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { EntityRow } from '../data/rows.ts';
import type { TalentGroupRow, TalentFlowRow } from '../data/talent.ts';
import type { GraphQLContext } from '../context.ts';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A partial date: a year (`2019`), a month (`2019-05`) or a day (`2019-05-01`). */
  PartialDate: { input: string; output: string; }
  /**
   * A file sent with a GraphQL multipart request (the mutations that import). Only a server with
   * COHORT_ADMIN_TOKEN set accepts multipart requests.
   */
  Upload: { input: File; output: File; }
};

export type Affiliation = {
  __typename?: 'Affiliation';
  conflicts: Array<Conflict>;
  degree?: Maybe<Scalars['String']['output']>;
  end?: Maybe<Scalars['PartialDate']['output']>;
  evidence: Array<Evidence>;
  field?: Maybe<Scalars['String']['output']>;
  fieldZh?: Maybe<Scalars['String']['output']>;
  /** True when the affiliation follows from what the sources say rather than being said outright. */
  inferred: Scalars['Boolean']['output'];
  location?: Maybe<Scalars['String']['output']>;
  organization: Node;
  person: Node;
  relation: RelationKind;
  role?: Maybe<Scalars['String']['output']>;
  roleZh?: Maybe<Scalars['String']['output']>;
  start?: Maybe<Scalars['PartialDate']['output']>;
};

export type AffiliationPage = {
  __typename?: 'AffiliationPage';
  items: Array<Affiliation>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

/** One source's version of a disputed value. */
export type Claim = {
  __typename?: 'Claim';
  evidence: Evidence;
  value?: Maybe<Scalars['String']['output']>;
};

export type Coauthorship = {
  __typename?: 'Coauthorship';
  count: Scalars['Int']['output'];
  person: Node;
  publications: Array<Node>;
};

export type CoauthorshipPage = {
  __typename?: 'CoauthorshipPage';
  items: Array<Coauthorship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type CommonGround = {
  __typename?: 'CommonGround';
  coauthoredPublications: Array<Node>;
  organizations: Array<SharedOrganization>;
  sharedCoauthors: Array<Node>;
  sharedMentors: Array<Node>;
  sharedSkills: Array<Node>;
};

/** A field of a relationship that sources state differently. */
export type Conflict = {
  __typename?: 'Conflict';
  claims: Array<Claim>;
  field: Scalars['String']['output'];
};

/** What one import brought: its files and what it asserts. */
export type Dataset = {
  __typename?: 'Dataset';
  files: Array<DatasetFile>;
  /** The format its files were read as: cohort-yaml, bibtex, dblp, openalex, orcid, wikidata, json-resume, linkedin, csv. */
  format: Scalars['String']['output'];
  /** When it was last written, as an ISO 8601 timestamp. */
  importedAt: Scalars['String']['output'];
  name: Scalars['String']['output'];
  nodeCount: Scalars['Int']['output'];
  relationshipCount: Scalars['Int']['output'];
};

export type DatasetFile = {
  __typename?: 'DatasetFile';
  name: Scalars['String']['output'];
  sha256: Scalars['String']['output'];
};

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

export type DuplicateResolution = {
  __typename?: 'DuplicateResolution';
  decision: DuplicateDecision;
  id: Scalars['ID']['output'];
  /** The entity that remains: after SAME the merged one, after DIFFERENT the first of the pair. */
  kept?: Maybe<Entity>;
  /** After SAME, the id of the entity merged into `kept`; it no longer exists. */
  merged?: Maybe<Scalars['ID']['output']>;
};

/**
 * A relationship. MENTORED: source = mentor, target = mentee.
 * AUTHORED: person -> publication. PART_OF: unit -> parent.
 */
export type Edge = {
  __typename?: 'Edge';
  conflicts: Array<Conflict>;
  context?: Maybe<Scalars['String']['output']>;
  degree?: Maybe<Scalars['String']['output']>;
  end?: Maybe<Scalars['PartialDate']['output']>;
  evidence: Array<Evidence>;
  field?: Maybe<Scalars['String']['output']>;
  fieldZh?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** True when the fact follows from what the sources say rather than being said outright. */
  inferred: Scalars['Boolean']['output'];
  kind: RelationKind;
  location?: Maybe<Scalars['String']['output']>;
  note?: Maybe<Scalars['String']['output']>;
  position?: Maybe<Scalars['Int']['output']>;
  role?: Maybe<Scalars['String']['output']>;
  /** The role or field in the Chinese wording of the source, where it gives one. */
  roleZh?: Maybe<Scalars['String']['output']>;
  source: Scalars['ID']['output'];
  start?: Maybe<Scalars['PartialDate']['output']>;
  target: Scalars['ID']['output'];
  /** The week of a course a lecturer taught. */
  week?: Maybe<Scalars['Int']['output']>;
  /** The year of an award, a competition or a citation. */
  year?: Maybe<Scalars['Int']['output']>;
};

export type EdgePage = {
  __typename?: 'EdgePage';
  items: Array<Edge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type Entity = {
  aliases: Array<Scalars['String']['output']>;
  /** The datasets that assert this entity: seed for the curated documents, or an import's name. */
  datasets: Array<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** Every external identifier the sources give (ORCID, OpenAlex, Wikidata, DBLP, ROR, DOI, …). */
  identifiers: Array<Identifier>;
  kind: EntityKind;
  name: Scalars['String']['output'];
  nameZh?: Maybe<Scalars['String']['output']>;
};

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

/** Where a fact comes from: a file of a dataset, the place in it and the exact words. */
export type Evidence = {
  __typename?: 'Evidence';
  /** The dataset the file was imported in (seed for the curated documents). */
  dataset: Scalars['String']['output'];
  /** 1-based line in the file; null where the format has no lines (JSON, CSV rows, XML records). */
  line?: Maybe<Scalars['Int']['output']>;
  /** Where in the file, in its format's terms: line 12, @article{he2016}, a JSON pointer, row 7. */
  locator: Scalars['String']['output'];
  quote: Scalars['String']['output'];
  /** The file's name. */
  source: Scalars['String']['output'];
};

export type GraphStats = {
  __typename?: 'GraphStats';
  nodes: Array<KindCount>;
  relationships: Array<KindCount>;
};

/** An identifier another system gives an entity. */
export type Identifier = {
  __typename?: 'Identifier';
  scheme: IdentifierScheme;
  value: Scalars['String']['output'];
};

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

export type ImportFlag = {
  __typename?: 'ImportFlag';
  a: Scalars['String']['output'];
  b: Scalars['String']['output'];
  reasonsAgainst: Array<Scalars['String']['output']>;
  reasonsFor: Array<Scalars['String']['output']>;
};

export type ImportIssue = {
  __typename?: 'ImportIssue';
  file: Scalars['String']['output'];
  locator: Scalars['String']['output'];
  reason: Scalars['String']['output'];
};

export type ImportMatch = {
  __typename?: 'ImportMatch';
  entity: Scalars['ID']['output'];
  reason: Scalars['String']['output'];
  record: Scalars['String']['output'];
};

export type ImportMerge = {
  __typename?: 'ImportMerge';
  a: Scalars['String']['output'];
  b: Scalars['String']['output'];
  reason: Scalars['String']['output'];
};

/** What an import read and did; with `dryRun`, what it would do. */
export type ImportReport = {
  __typename?: 'ImportReport';
  /** Entities new to the graph. */
  created: Scalars['Int']['output'];
  dataset: Scalars['String']['output'];
  dryRun: Scalars['Boolean']['output'];
  files: Array<DatasetFile>;
  /** Possible duplicates, kept for review. */
  flagged: Array<ImportFlag>;
  format: Scalars['String']['output'];
  /** Entities found in the graph already, and how. */
  matched: Array<ImportMatch>;
  /** Records of the dataset taken for one entity, and why. */
  merged: Array<ImportMerge>;
  /** Records imported with a note (a date corrected, a value dropped). */
  notes: Array<ImportIssue>;
  records: Scalars['Int']['output'];
  /** Records that could not be imported. */
  skipped: Array<ImportIssue>;
  /** What was written; null for a preview. */
  written?: Maybe<ImportWritten>;
};

export type ImportWritten = {
  __typename?: 'ImportWritten';
  nodes: Scalars['Int']['output'];
  relationships: Scalars['Int']['output'];
  /** What an earlier import of the dataset stated and this one no longer does. */
  removedNodes: Scalars['Int']['output'];
  removedRelationships: Scalars['Int']['output'];
  /** The graph already held the dataset exactly so: nothing was written. */
  unchanged: Scalars['Boolean']['output'];
};

export type KindCount = {
  __typename?: 'KindCount';
  count: Scalars['Int']['output'];
  kind: Scalars['String']['output'];
};

/**
 * Writes. They exist only when the server has COHORT_ADMIN_TOKEN set, and each request must
 * carry it as `Authorization: Bearer <token>`.
 */
export type Mutation = {
  __typename?: 'Mutation';
  /** Imports files as a dataset (a multipart request); the arguments are those of importPreview. */
  importCommit: ImportReport;
  /**
   * Reads and resolves files as a dataset, and reports what an import would do; writes nothing.
   * `paths` gives each file's path within a picked folder (`export/Positions.csv`), in the order
   * of `files`, for the formats that are folders (LinkedIn, Cohort CSV); left out, the files'
   * own names.
   */
  importPreview: ImportReport;
  /** Takes a dataset out of the graph: what only it stated goes. */
  removeDataset: RemovedDataset;
  /** Decides a possible duplicate: SAME merges the two, DIFFERENT keeps them apart for good. */
  resolveDuplicate: DuplicateResolution;
};


/**
 * Writes. They exist only when the server has COHORT_ADMIN_TOKEN set, and each request must
 * carry it as `Authorization: Bearer <token>`.
 */
export type MutationImportCommitArgs = {
  dataset?: InputMaybe<Scalars['String']['input']>;
  files: Array<Scalars['Upload']['input']>;
  format?: InputMaybe<Scalars['String']['input']>;
  paths?: InputMaybe<Array<Scalars['String']['input']>>;
};


/**
 * Writes. They exist only when the server has COHORT_ADMIN_TOKEN set, and each request must
 * carry it as `Authorization: Bearer <token>`.
 */
export type MutationImportPreviewArgs = {
  dataset?: InputMaybe<Scalars['String']['input']>;
  files: Array<Scalars['Upload']['input']>;
  format?: InputMaybe<Scalars['String']['input']>;
  paths?: InputMaybe<Array<Scalars['String']['input']>>;
};


/**
 * Writes. They exist only when the server has COHORT_ADMIN_TOKEN set, and each request must
 * carry it as `Authorization: Bearer <token>`.
 */
export type MutationRemoveDatasetArgs = {
  name: Scalars['String']['input'];
};


/**
 * Writes. They exist only when the server has COHORT_ADMIN_TOKEN set, and each request must
 * carry it as `Authorization: Bearer <token>`.
 */
export type MutationResolveDuplicateArgs = {
  decision: DuplicateDecision;
  id: Scalars['ID']['input'];
};

/** A compact reference to an entity, as used in graphs and lists. */
export type Node = {
  __typename?: 'Node';
  id: Scalars['ID']['output'];
  kind: EntityKind;
  name: Scalars['String']['output'];
  nameZh?: Maybe<Scalars['String']['output']>;
  orgKind?: Maybe<OrgKind>;
  /** A publication's year; null for every other kind. */
  year?: Maybe<Scalars['Int']['output']>;
};

export type NodePage = {
  __typename?: 'NodePage';
  items: Array<Node>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type OrgKind =
  | 'COMPANY'
  | 'INSTITUTE'
  | 'LAB'
  | 'UNIVERSITY';

export type Organization = Entity & {
  __typename?: 'Organization';
  aliases: Array<Scalars['String']['output']>;
  /** The datasets that assert this entity: seed for the curated documents, or an import's name. */
  datasets: Array<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** Every external identifier the sources give (ORCID, OpenAlex, Wikidata, DBLP, ROR, DOI, …). */
  identifiers: Array<Identifier>;
  kind: EntityKind;
  location?: Maybe<Scalars['String']['output']>;
  name: Scalars['String']['output'];
  nameZh?: Maybe<Scalars['String']['output']>;
  orgKind: OrgKind;
  parent?: Maybe<Node>;
  units: Array<Node>;
};

/** Why a shared organization's `overlap` is what it is. */
export type OverlapStatus =
  /** The dates are known and rule out a time they were all there. */
  | 'APART'
  /** They were all there at once: `overlap` says when. */
  | 'OVERLAPPED'
  /** A missing or unreadable date leaves it open whether they were there together. */
  | 'UNKNOWN';

/**
 * Paging. Every list that can grow is answered a page at a time: ask for `first` items, then
 * pass the page's `pageInfo.endCursor` as `after` for the next page. A cursor is opaque; it stays
 * valid for as long as the graph does not change.
 */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** Where this page ends; null when the page is empty. */
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

export type Path = {
  __typename?: 'Path';
  edges: Array<Edge>;
  length: Scalars['Int']['output'];
  nodes: Array<Node>;
};

export type Period = {
  __typename?: 'Period';
  end?: Maybe<Scalars['PartialDate']['output']>;
  start?: Maybe<Scalars['PartialDate']['output']>;
};

export type Person = Entity & {
  __typename?: 'Person';
  /** The first and last year the sources date anything of this person to; null when they date nothing. */
  activeYears?: Maybe<YearRange>;
  /** Education and work, oldest first. */
  affiliations: Array<Affiliation>;
  aliases: Array<Scalars['String']['output']>;
  awards: Array<Node>;
  /** How many people share a publication with this one. */
  coauthorCount: Scalars['Int']['output'];
  /** People who share a publication with this one, most shared first. */
  coauthors: CoauthorshipPage;
  /** The datasets that assert this entity: seed for the curated documents, or an import's name. */
  datasets: Array<Scalars['String']['output']>;
  headline?: Maybe<Scalars['String']['output']>;
  homepage?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** Every external identifier the sources give (ORCID, OpenAlex, Wikidata, DBLP, ROR, DOI, …). */
  identifiers: Array<Identifier>;
  kind: EntityKind;
  /** The education or work that began last (one without dates counts as earliest), to tell namesakes apart. */
  latestAffiliation?: Maybe<Affiliation>;
  mentees: Array<Person>;
  mentors: Array<Person>;
  name: Scalars['String']['output'];
  nameZh?: Maybe<Scalars['String']['output']>;
  /** True when the sources give only part of the name (initials, a handle). */
  partial: Scalars['Boolean']['output'];
  projects: Array<Node>;
  /** Newest first. `first` at most 200. */
  publications: PublicationPage;
  skills: Array<Node>;
  topics: Array<Node>;
};


export type PersonCoauthorsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type PersonPublicationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** Two people imports could neither merge nor tell apart. */
export type PossibleDuplicate = {
  __typename?: 'PossibleDuplicate';
  a: Entity;
  b: Entity;
  /** The datasets that flag the pair. */
  datasets: Array<Scalars['String']['output']>;
  /** The pair's id, for resolveDuplicate. */
  id: Scalars['ID']['output'];
  /** Where the datasets name them: file and locator. */
  locators: Array<Scalars['String']['output']>;
  reasonsAgainst: Array<Scalars['String']['output']>;
  reasonsFor: Array<Scalars['String']['output']>;
};

export type PossibleDuplicatePage = {
  __typename?: 'PossibleDuplicatePage';
  items: Array<PossibleDuplicate>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type Publication = Entity & {
  __typename?: 'Publication';
  aliases: Array<Scalars['String']['output']>;
  /** Authors in the order the publication lists them. */
  authors: Array<Node>;
  award?: Maybe<Scalars['String']['output']>;
  /** The datasets that assert this entity: seed for the curated documents, or an import's name. */
  datasets: Array<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** Every external identifier the sources give (ORCID, OpenAlex, Wikidata, DBLP, ROR, DOI, …). */
  identifiers: Array<Identifier>;
  kind: EntityKind;
  name: Scalars['String']['output'];
  nameZh?: Maybe<Scalars['String']['output']>;
  pubKind?: Maybe<Scalars['String']['output']>;
  venue?: Maybe<Node>;
  year?: Maybe<Scalars['Int']['output']>;
};

export type PublicationPage = {
  __typename?: 'PublicationPage';
  items: Array<Publication>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type Query = {
  __typename?: 'Query';
  /** Everyone who studied or worked at an organization (and its units), oldest first. `first` at most 200. */
  alumni: AffiliationPage;
  /** A person's co-authors, most shared publications first. `first` at most 200. */
  coauthors: CoauthorshipPage;
  commonGround: CommonGround;
  /** Relationships whose sources disagree. `first` at most 200. */
  conflicts: EdgePage;
  /** Every dataset in the graph, the curated seed and each import, most recent first. */
  datasets: Array<Dataset>;
  entity?: Maybe<Entity>;
  lineage: Subgraph;
  /** How many direct neighbours an entity has, by relation kind, before expanding it. */
  neighborCounts: Array<KindCount>;
  /**
   * An entity and what lies within `depth` hops of it. With `includeUnits`, an organization
   * brings its units (and theirs, over PART_OF) and their neighbours too.
   */
  neighborhood: Subgraph;
  /** Up to `first` shortest paths that never pass an entity twice, over `relations`; left out, every relation but HAS_SKILL, RESEARCHES and PUBLISHED_IN (skills, topics and venues are shared by too many to tell much). */
  paths: Array<Path>;
  /** Pairs of people imports could neither merge nor tell apart, waiting for a decision. `first` at most 50. */
  possibleDuplicates: PossibleDuplicatePage;
  /**
   * Entities whose names, Chinese names or aliases match the text: an exact name first, then
   * the shortest name starting with it, then the best full-text matches. `first` at most 50;
   * only the best 1,000 matches can be paged to.
   */
  search: SearchPage;
  stats: GraphStats;
  /**
   * People who studied at an organization of one kind and later worked at one of another, the
   * most travelled pair first. `first` at most 200.
   */
  talentFlow: TalentFlowPage;
  /** One group of the talent map by its entity, to page through its people; null when no one is in it. */
  talentGroup?: Maybe<TalentGroup>;
  /**
   * People grouped by organization (rolled up to the top-level parent), skill, topic or venue,
   * largest group first. `first` at most 200.
   */
  talentMap: TalentGroupPage;
  /** One move of the talent flow, from one top-level organization to another; null when no one made it. */
  talentMove?: Maybe<TalentFlow>;
  /** Whether this server accepts writes (the Mutation fields): true when COHORT_ADMIN_TOKEN is set. */
  writesEnabled: Scalars['Boolean']['output'];
};


export type QueryAlumniArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeUnits?: InputMaybe<Scalars['Boolean']['input']>;
  organization: Scalars['ID']['input'];
};


export type QueryCoauthorsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  person: Scalars['ID']['input'];
};


export type QueryCommonGroundArgs = {
  people: Array<Scalars['ID']['input']>;
};


export type QueryConflictsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryEntityArgs = {
  id: Scalars['ID']['input'];
};


export type QueryLineageArgs = {
  depth?: InputMaybe<Scalars['Int']['input']>;
  direction?: InputMaybe<Direction>;
  person: Scalars['ID']['input'];
};


export type QueryNeighborCountsArgs = {
  id: Scalars['ID']['input'];
};


export type QueryNeighborhoodArgs = {
  depth?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  includeUnits?: InputMaybe<Scalars['Boolean']['input']>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  relations?: InputMaybe<Array<RelationKind>>;
};


export type QueryPathsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  from: Scalars['ID']['input'];
  maxHops?: InputMaybe<Scalars['Int']['input']>;
  relations?: InputMaybe<Array<RelationKind>>;
  to: Scalars['ID']['input'];
};


export type QueryPossibleDuplicatesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QuerySearchArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  kinds?: InputMaybe<Array<EntityKind>>;
  text: Scalars['String']['input'];
};


export type QueryTalentFlowArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from?: InputMaybe<OrgKind>;
  to?: InputMaybe<OrgKind>;
};


export type QueryTalentGroupArgs = {
  by: TalentDimension;
  id: Scalars['ID']['input'];
};


export type QueryTalentMapArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  by: TalentDimension;
  first?: InputMaybe<Scalars['Int']['input']>;
  minCount?: InputMaybe<Scalars['Int']['input']>;
  orgKind?: InputMaybe<OrgKind>;
};


export type QueryTalentMoveArgs = {
  from: Scalars['ID']['input'];
  to: Scalars['ID']['input'];
};

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

export type RemovedDataset = {
  __typename?: 'RemovedDataset';
  name: Scalars['String']['output'];
  /** How many nodes and relationships the dataset had stated (those others state too stay). */
  nodes: Scalars['Int']['output'];
  relationships: Scalars['Int']['output'];
};

export type SearchPage = {
  __typename?: 'SearchPage';
  items: Array<Entity>;
  pageInfo: PageInfo;
  /** How many entities match, across all pages. */
  totalCount: Scalars['Int']['output'];
};

export type SharedOrganization = {
  __typename?: 'SharedOrganization';
  affiliations: Array<Affiliation>;
  organization: Node;
  /** When all the people were there at once; null when unknown or they never overlapped. */
  overlap?: Maybe<Period>;
  /** Whether they overlapped, never did, or the dates cannot say. */
  overlapStatus: OverlapStatus;
};

export type Subgraph = {
  __typename?: 'Subgraph';
  edges: Array<Edge>;
  nodes: Array<Node>;
  truncated: Scalars['Boolean']['output'];
};

/** What the talent map groups people by. */
export type TalentDimension =
  | 'ORGANIZATION'
  | 'SKILL'
  | 'TOPIC'
  | 'VENUE';

export type TalentFlow = {
  __typename?: 'TalentFlow';
  count: Scalars['Int']['output'];
  from: Node;
  /** The people who made this move, in a fixed order. */
  people: NodePage;
  to: Node;
};


export type TalentFlowPeopleArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type TalentFlowPage = {
  __typename?: 'TalentFlowPage';
  items: Array<TalentFlow>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type TalentGroup = {
  __typename?: 'TalentGroup';
  /** How many people the group has. */
  count: Scalars['Int']['output'];
  group: Node;
  /** The group's people, in a fixed order. */
  people: NodePage;
};


export type TalentGroupPeopleArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type TalentGroupPage = {
  __typename?: 'TalentGroupPage';
  items: Array<TalentGroup>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

/** Venues, courses, projects, skills, topics, awards and repositories. */
export type Thing = Entity & {
  __typename?: 'Thing';
  aliases: Array<Scalars['String']['output']>;
  /** The datasets that assert this entity: seed for the curated documents, or an import's name. */
  datasets: Array<Scalars['String']['output']>;
  description?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** Every external identifier the sources give (ORCID, OpenAlex, Wikidata, DBLP, ROR, DOI, …). */
  identifiers: Array<Identifier>;
  kind: EntityKind;
  name: Scalars['String']['output'];
  nameZh?: Maybe<Scalars['String']['output']>;
  url?: Maybe<Scalars['String']['output']>;
};

export type YearRange = {
  __typename?: 'YearRange';
  from: Scalars['Int']['output'];
  to: Scalars['Int']['output'];
};



export type ResolverTypeWrapper<T> = Promise<T> | T;


export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;





/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  Affiliation: ResolverTypeWrapper<Affiliation>;
  AffiliationPage: ResolverTypeWrapper<AffiliationPage>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Claim: ResolverTypeWrapper<Claim>;
  Coauthorship: ResolverTypeWrapper<Coauthorship>;
  CoauthorshipPage: ResolverTypeWrapper<CoauthorshipPage>;
  CommonGround: ResolverTypeWrapper<CommonGround>;
  Conflict: ResolverTypeWrapper<Conflict>;
  Dataset: ResolverTypeWrapper<Dataset>;
  DatasetFile: ResolverTypeWrapper<DatasetFile>;
  Direction: Direction;
  DuplicateDecision: DuplicateDecision;
  DuplicateResolution: ResolverTypeWrapper<Omit<DuplicateResolution, 'kept'> & { kept?: Maybe<ResolversTypes['Entity']> }>;
  Edge: ResolverTypeWrapper<Edge>;
  EdgePage: ResolverTypeWrapper<EdgePage>;
  Entity: ResolverTypeWrapper<EntityRow>;
  EntityKind: EntityKind;
  Evidence: ResolverTypeWrapper<Evidence>;
  GraphStats: ResolverTypeWrapper<GraphStats>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Identifier: ResolverTypeWrapper<Identifier>;
  IdentifierScheme: IdentifierScheme;
  ImportFlag: ResolverTypeWrapper<ImportFlag>;
  ImportIssue: ResolverTypeWrapper<ImportIssue>;
  ImportMatch: ResolverTypeWrapper<ImportMatch>;
  ImportMerge: ResolverTypeWrapper<ImportMerge>;
  ImportReport: ResolverTypeWrapper<ImportReport>;
  ImportWritten: ResolverTypeWrapper<ImportWritten>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  KindCount: ResolverTypeWrapper<KindCount>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Node: ResolverTypeWrapper<Node>;
  NodePage: ResolverTypeWrapper<NodePage>;
  OrgKind: OrgKind;
  Organization: ResolverTypeWrapper<EntityRow>;
  OverlapStatus: OverlapStatus;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  PartialDate: ResolverTypeWrapper<Scalars['PartialDate']['output']>;
  Path: ResolverTypeWrapper<Path>;
  Period: ResolverTypeWrapper<Period>;
  Person: ResolverTypeWrapper<EntityRow>;
  PossibleDuplicate: ResolverTypeWrapper<Omit<PossibleDuplicate, 'a' | 'b'> & { a: ResolversTypes['Entity'], b: ResolversTypes['Entity'] }>;
  PossibleDuplicatePage: ResolverTypeWrapper<Omit<PossibleDuplicatePage, 'items'> & { items: Array<ResolversTypes['PossibleDuplicate']> }>;
  Publication: ResolverTypeWrapper<EntityRow>;
  PublicationPage: ResolverTypeWrapper<Omit<PublicationPage, 'items'> & { items: Array<ResolversTypes['Publication']> }>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RelationKind: RelationKind;
  RemovedDataset: ResolverTypeWrapper<RemovedDataset>;
  SearchPage: ResolverTypeWrapper<Omit<SearchPage, 'items'> & { items: Array<ResolversTypes['Entity']> }>;
  SharedOrganization: ResolverTypeWrapper<SharedOrganization>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Subgraph: ResolverTypeWrapper<Subgraph>;
  TalentDimension: TalentDimension;
  TalentFlow: ResolverTypeWrapper<TalentFlowRow>;
  TalentFlowPage: ResolverTypeWrapper<Omit<TalentFlowPage, 'items'> & { items: Array<ResolversTypes['TalentFlow']> }>;
  TalentGroup: ResolverTypeWrapper<TalentGroupRow>;
  TalentGroupPage: ResolverTypeWrapper<Omit<TalentGroupPage, 'items'> & { items: Array<ResolversTypes['TalentGroup']> }>;
  Thing: ResolverTypeWrapper<EntityRow>;
  Upload: ResolverTypeWrapper<Scalars['Upload']['output']>;
  YearRange: ResolverTypeWrapper<YearRange>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Affiliation: Affiliation;
  AffiliationPage: AffiliationPage;
  Boolean: Scalars['Boolean']['output'];
  Claim: Claim;
  Coauthorship: Coauthorship;
  CoauthorshipPage: CoauthorshipPage;
  CommonGround: CommonGround;
  Conflict: Conflict;
  Dataset: Dataset;
  DatasetFile: DatasetFile;
  DuplicateResolution: Omit<DuplicateResolution, 'kept'> & { kept?: Maybe<ResolversParentTypes['Entity']> };
  Edge: Edge;
  EdgePage: EdgePage;
  Entity: EntityRow;
  Evidence: Evidence;
  GraphStats: GraphStats;
  ID: Scalars['ID']['output'];
  Identifier: Identifier;
  ImportFlag: ImportFlag;
  ImportIssue: ImportIssue;
  ImportMatch: ImportMatch;
  ImportMerge: ImportMerge;
  ImportReport: ImportReport;
  ImportWritten: ImportWritten;
  Int: Scalars['Int']['output'];
  KindCount: KindCount;
  Mutation: Record<PropertyKey, never>;
  Node: Node;
  NodePage: NodePage;
  Organization: EntityRow;
  PageInfo: PageInfo;
  PartialDate: Scalars['PartialDate']['output'];
  Path: Path;
  Period: Period;
  Person: EntityRow;
  PossibleDuplicate: Omit<PossibleDuplicate, 'a' | 'b'> & { a: ResolversParentTypes['Entity'], b: ResolversParentTypes['Entity'] };
  PossibleDuplicatePage: Omit<PossibleDuplicatePage, 'items'> & { items: Array<ResolversParentTypes['PossibleDuplicate']> };
  Publication: EntityRow;
  PublicationPage: Omit<PublicationPage, 'items'> & { items: Array<ResolversParentTypes['Publication']> };
  Query: Record<PropertyKey, never>;
  RemovedDataset: RemovedDataset;
  SearchPage: Omit<SearchPage, 'items'> & { items: Array<ResolversParentTypes['Entity']> };
  SharedOrganization: SharedOrganization;
  String: Scalars['String']['output'];
  Subgraph: Subgraph;
  TalentFlow: TalentFlowRow;
  TalentFlowPage: Omit<TalentFlowPage, 'items'> & { items: Array<ResolversParentTypes['TalentFlow']> };
  TalentGroup: TalentGroupRow;
  TalentGroupPage: Omit<TalentGroupPage, 'items'> & { items: Array<ResolversParentTypes['TalentGroup']> };
  Thing: EntityRow;
  Upload: Scalars['Upload']['output'];
  YearRange: YearRange;
};

export type AffiliationResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Affiliation'] = ResolversParentTypes['Affiliation']> = {
  conflicts?: Resolver<Array<ResolversTypes['Conflict']>, ParentType, ContextType>;
  degree?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  end?: Resolver<Maybe<ResolversTypes['PartialDate']>, ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  field?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  fieldZh?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  inferred?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  location?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  organization?: Resolver<ResolversTypes['Node'], ParentType, ContextType>;
  person?: Resolver<ResolversTypes['Node'], ParentType, ContextType>;
  relation?: Resolver<ResolversTypes['RelationKind'], ParentType, ContextType>;
  role?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  roleZh?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  start?: Resolver<Maybe<ResolversTypes['PartialDate']>, ParentType, ContextType>;
};

export type AffiliationPageResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['AffiliationPage'] = ResolversParentTypes['AffiliationPage']> = {
  items?: Resolver<Array<ResolversTypes['Affiliation']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ClaimResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Claim'] = ResolversParentTypes['Claim']> = {
  evidence?: Resolver<ResolversTypes['Evidence'], ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type CoauthorshipResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Coauthorship'] = ResolversParentTypes['Coauthorship']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  person?: Resolver<ResolversTypes['Node'], ParentType, ContextType>;
  publications?: Resolver<Array<ResolversTypes['Node']>, ParentType, ContextType>;
};

export type CoauthorshipPageResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CoauthorshipPage'] = ResolversParentTypes['CoauthorshipPage']> = {
  items?: Resolver<Array<ResolversTypes['Coauthorship']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CommonGroundResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CommonGround'] = ResolversParentTypes['CommonGround']> = {
  coauthoredPublications?: Resolver<Array<ResolversTypes['Node']>, ParentType, ContextType>;
  organizations?: Resolver<Array<ResolversTypes['SharedOrganization']>, ParentType, ContextType>;
  sharedCoauthors?: Resolver<Array<ResolversTypes['Node']>, ParentType, ContextType>;
  sharedMentors?: Resolver<Array<ResolversTypes['Node']>, ParentType, ContextType>;
  sharedSkills?: Resolver<Array<ResolversTypes['Node']>, ParentType, ContextType>;
};

export type ConflictResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Conflict'] = ResolversParentTypes['Conflict']> = {
  claims?: Resolver<Array<ResolversTypes['Claim']>, ParentType, ContextType>;
  field?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type DatasetResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Dataset'] = ResolversParentTypes['Dataset']> = {
  files?: Resolver<Array<ResolversTypes['DatasetFile']>, ParentType, ContextType>;
  format?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  importedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nodeCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  relationshipCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type DatasetFileResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['DatasetFile'] = ResolversParentTypes['DatasetFile']> = {
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sha256?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type DuplicateResolutionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['DuplicateResolution'] = ResolversParentTypes['DuplicateResolution']> = {
  decision?: Resolver<ResolversTypes['DuplicateDecision'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kept?: Resolver<Maybe<ResolversTypes['Entity']>, ParentType, ContextType>;
  merged?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
};

export type EdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Edge'] = ResolversParentTypes['Edge']> = {
  conflicts?: Resolver<Array<ResolversTypes['Conflict']>, ParentType, ContextType>;
  context?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  degree?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  end?: Resolver<Maybe<ResolversTypes['PartialDate']>, ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  field?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  fieldZh?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  inferred?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['RelationKind'], ParentType, ContextType>;
  location?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  position?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  role?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  roleZh?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  start?: Resolver<Maybe<ResolversTypes['PartialDate']>, ParentType, ContextType>;
  target?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  week?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  year?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type EdgePageResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['EdgePage'] = ResolversParentTypes['EdgePage']> = {
  items?: Resolver<Array<ResolversTypes['Edge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type EntityResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Entity'] = ResolversParentTypes['Entity']> = {
  __resolveType: TypeResolveFn<'Organization' | 'Person' | 'Publication' | 'Thing', ParentType, ContextType>;
};

export type EvidenceResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Evidence'] = ResolversParentTypes['Evidence']> = {
  dataset?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  line?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  locator?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  quote?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type GraphStatsResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['GraphStats'] = ResolversParentTypes['GraphStats']> = {
  nodes?: Resolver<Array<ResolversTypes['KindCount']>, ParentType, ContextType>;
  relationships?: Resolver<Array<ResolversTypes['KindCount']>, ParentType, ContextType>;
};

export type IdentifierResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Identifier'] = ResolversParentTypes['Identifier']> = {
  scheme?: Resolver<ResolversTypes['IdentifierScheme'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ImportFlagResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ImportFlag'] = ResolversParentTypes['ImportFlag']> = {
  a?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  b?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reasonsAgainst?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  reasonsFor?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ImportIssueResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ImportIssue'] = ResolversParentTypes['ImportIssue']> = {
  file?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  locator?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ImportMatchResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ImportMatch'] = ResolversParentTypes['ImportMatch']> = {
  entity?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  record?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ImportMergeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ImportMerge'] = ResolversParentTypes['ImportMerge']> = {
  a?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  b?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ImportReportResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ImportReport'] = ResolversParentTypes['ImportReport']> = {
  created?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  dataset?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  dryRun?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  files?: Resolver<Array<ResolversTypes['DatasetFile']>, ParentType, ContextType>;
  flagged?: Resolver<Array<ResolversTypes['ImportFlag']>, ParentType, ContextType>;
  format?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  matched?: Resolver<Array<ResolversTypes['ImportMatch']>, ParentType, ContextType>;
  merged?: Resolver<Array<ResolversTypes['ImportMerge']>, ParentType, ContextType>;
  notes?: Resolver<Array<ResolversTypes['ImportIssue']>, ParentType, ContextType>;
  records?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  skipped?: Resolver<Array<ResolversTypes['ImportIssue']>, ParentType, ContextType>;
  written?: Resolver<Maybe<ResolversTypes['ImportWritten']>, ParentType, ContextType>;
};

export type ImportWrittenResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ImportWritten'] = ResolversParentTypes['ImportWritten']> = {
  nodes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  relationships?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  removedNodes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  removedRelationships?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  unchanged?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type KindCountResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['KindCount'] = ResolversParentTypes['KindCount']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type MutationResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  importCommit?: Resolver<ResolversTypes['ImportReport'], ParentType, ContextType, RequireFields<MutationImportCommitArgs, 'files'>>;
  importPreview?: Resolver<ResolversTypes['ImportReport'], ParentType, ContextType, RequireFields<MutationImportPreviewArgs, 'files'>>;
  removeDataset?: Resolver<ResolversTypes['RemovedDataset'], ParentType, ContextType, RequireFields<MutationRemoveDatasetArgs, 'name'>>;
  resolveDuplicate?: Resolver<ResolversTypes['DuplicateResolution'], ParentType, ContextType, RequireFields<MutationResolveDuplicateArgs, 'decision' | 'id'>>;
};

export type NodeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Node'] = ResolversParentTypes['Node']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['EntityKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nameZh?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  orgKind?: Resolver<Maybe<ResolversTypes['OrgKind']>, ParentType, ContextType>;
  year?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type NodePageResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['NodePage'] = ResolversParentTypes['NodePage']> = {
  items?: Resolver<Array<ResolversTypes['Node']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type OrganizationResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Organization'] = ResolversParentTypes['Organization']> = {
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  datasets?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  identifiers?: Resolver<Array<ResolversTypes['Identifier']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['EntityKind'], ParentType, ContextType>;
  location?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nameZh?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  orgKind?: Resolver<ResolversTypes['OrgKind'], ParentType, ContextType>;
  parent?: Resolver<Maybe<ResolversTypes['Node']>, ParentType, ContextType>;
  units?: Resolver<Array<ResolversTypes['Node']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PageInfoResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export interface PartialDateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['PartialDate'], any> {
  name: 'PartialDate';
}

export type PathResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Path'] = ResolversParentTypes['Path']> = {
  edges?: Resolver<Array<ResolversTypes['Edge']>, ParentType, ContextType>;
  length?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Node']>, ParentType, ContextType>;
};

export type PeriodResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Period'] = ResolversParentTypes['Period']> = {
  end?: Resolver<Maybe<ResolversTypes['PartialDate']>, ParentType, ContextType>;
  start?: Resolver<Maybe<ResolversTypes['PartialDate']>, ParentType, ContextType>;
};

export type PersonResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Person'] = ResolversParentTypes['Person']> = {
  activeYears?: Resolver<Maybe<ResolversTypes['YearRange']>, ParentType, ContextType>;
  affiliations?: Resolver<Array<ResolversTypes['Affiliation']>, ParentType, ContextType>;
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  awards?: Resolver<Array<ResolversTypes['Node']>, ParentType, ContextType>;
  coauthorCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  coauthors?: Resolver<ResolversTypes['CoauthorshipPage'], ParentType, ContextType, RequireFields<PersonCoauthorsArgs, 'first'>>;
  datasets?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  headline?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  homepage?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  identifiers?: Resolver<Array<ResolversTypes['Identifier']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['EntityKind'], ParentType, ContextType>;
  latestAffiliation?: Resolver<Maybe<ResolversTypes['Affiliation']>, ParentType, ContextType>;
  mentees?: Resolver<Array<ResolversTypes['Person']>, ParentType, ContextType>;
  mentors?: Resolver<Array<ResolversTypes['Person']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nameZh?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  partial?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  projects?: Resolver<Array<ResolversTypes['Node']>, ParentType, ContextType>;
  publications?: Resolver<ResolversTypes['PublicationPage'], ParentType, ContextType, RequireFields<PersonPublicationsArgs, 'first'>>;
  skills?: Resolver<Array<ResolversTypes['Node']>, ParentType, ContextType>;
  topics?: Resolver<Array<ResolversTypes['Node']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PossibleDuplicateResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PossibleDuplicate'] = ResolversParentTypes['PossibleDuplicate']> = {
  a?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  b?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  datasets?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  locators?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  reasonsAgainst?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  reasonsFor?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
};

export type PossibleDuplicatePageResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PossibleDuplicatePage'] = ResolversParentTypes['PossibleDuplicatePage']> = {
  items?: Resolver<Array<ResolversTypes['PossibleDuplicate']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PublicationResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Publication'] = ResolversParentTypes['Publication']> = {
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  authors?: Resolver<Array<ResolversTypes['Node']>, ParentType, ContextType>;
  award?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  datasets?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  identifiers?: Resolver<Array<ResolversTypes['Identifier']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['EntityKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nameZh?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  pubKind?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  venue?: Resolver<Maybe<ResolversTypes['Node']>, ParentType, ContextType>;
  year?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PublicationPageResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PublicationPage'] = ResolversParentTypes['PublicationPage']> = {
  items?: Resolver<Array<ResolversTypes['Publication']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  alumni?: Resolver<ResolversTypes['AffiliationPage'], ParentType, ContextType, RequireFields<QueryAlumniArgs, 'first' | 'includeUnits' | 'organization'>>;
  coauthors?: Resolver<ResolversTypes['CoauthorshipPage'], ParentType, ContextType, RequireFields<QueryCoauthorsArgs, 'first' | 'person'>>;
  commonGround?: Resolver<ResolversTypes['CommonGround'], ParentType, ContextType, RequireFields<QueryCommonGroundArgs, 'people'>>;
  conflicts?: Resolver<ResolversTypes['EdgePage'], ParentType, ContextType, RequireFields<QueryConflictsArgs, 'first'>>;
  datasets?: Resolver<Array<ResolversTypes['Dataset']>, ParentType, ContextType>;
  entity?: Resolver<Maybe<ResolversTypes['Entity']>, ParentType, ContextType, RequireFields<QueryEntityArgs, 'id'>>;
  lineage?: Resolver<ResolversTypes['Subgraph'], ParentType, ContextType, RequireFields<QueryLineageArgs, 'depth' | 'direction' | 'person'>>;
  neighborCounts?: Resolver<Array<ResolversTypes['KindCount']>, ParentType, ContextType, RequireFields<QueryNeighborCountsArgs, 'id'>>;
  neighborhood?: Resolver<ResolversTypes['Subgraph'], ParentType, ContextType, RequireFields<QueryNeighborhoodArgs, 'depth' | 'id' | 'includeUnits' | 'limit'>>;
  paths?: Resolver<Array<ResolversTypes['Path']>, ParentType, ContextType, RequireFields<QueryPathsArgs, 'first' | 'from' | 'maxHops' | 'to'>>;
  possibleDuplicates?: Resolver<ResolversTypes['PossibleDuplicatePage'], ParentType, ContextType, RequireFields<QueryPossibleDuplicatesArgs, 'first'>>;
  search?: Resolver<ResolversTypes['SearchPage'], ParentType, ContextType, RequireFields<QuerySearchArgs, 'first' | 'text'>>;
  stats?: Resolver<ResolversTypes['GraphStats'], ParentType, ContextType>;
  talentFlow?: Resolver<ResolversTypes['TalentFlowPage'], ParentType, ContextType, RequireFields<QueryTalentFlowArgs, 'first' | 'from' | 'to'>>;
  talentGroup?: Resolver<Maybe<ResolversTypes['TalentGroup']>, ParentType, ContextType, RequireFields<QueryTalentGroupArgs, 'by' | 'id'>>;
  talentMap?: Resolver<ResolversTypes['TalentGroupPage'], ParentType, ContextType, RequireFields<QueryTalentMapArgs, 'by' | 'first' | 'minCount'>>;
  talentMove?: Resolver<Maybe<ResolversTypes['TalentFlow']>, ParentType, ContextType, RequireFields<QueryTalentMoveArgs, 'from' | 'to'>>;
  writesEnabled?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type RemovedDatasetResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RemovedDataset'] = ResolversParentTypes['RemovedDataset']> = {
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nodes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  relationships?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SearchPageResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SearchPage'] = ResolversParentTypes['SearchPage']> = {
  items?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SharedOrganizationResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SharedOrganization'] = ResolversParentTypes['SharedOrganization']> = {
  affiliations?: Resolver<Array<ResolversTypes['Affiliation']>, ParentType, ContextType>;
  organization?: Resolver<ResolversTypes['Node'], ParentType, ContextType>;
  overlap?: Resolver<Maybe<ResolversTypes['Period']>, ParentType, ContextType>;
  overlapStatus?: Resolver<ResolversTypes['OverlapStatus'], ParentType, ContextType>;
};

export type SubgraphResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Subgraph'] = ResolversParentTypes['Subgraph']> = {
  edges?: Resolver<Array<ResolversTypes['Edge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Node']>, ParentType, ContextType>;
  truncated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type TalentFlowResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['TalentFlow'] = ResolversParentTypes['TalentFlow']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  from?: Resolver<ResolversTypes['Node'], ParentType, ContextType>;
  people?: Resolver<ResolversTypes['NodePage'], ParentType, ContextType, RequireFields<TalentFlowPeopleArgs, 'first'>>;
  to?: Resolver<ResolversTypes['Node'], ParentType, ContextType>;
};

export type TalentFlowPageResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['TalentFlowPage'] = ResolversParentTypes['TalentFlowPage']> = {
  items?: Resolver<Array<ResolversTypes['TalentFlow']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type TalentGroupResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['TalentGroup'] = ResolversParentTypes['TalentGroup']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  group?: Resolver<ResolversTypes['Node'], ParentType, ContextType>;
  people?: Resolver<ResolversTypes['NodePage'], ParentType, ContextType, RequireFields<TalentGroupPeopleArgs, 'first'>>;
};

export type TalentGroupPageResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['TalentGroupPage'] = ResolversParentTypes['TalentGroupPage']> = {
  items?: Resolver<Array<ResolversTypes['TalentGroup']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ThingResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Thing'] = ResolversParentTypes['Thing']> = {
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  datasets?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  identifiers?: Resolver<Array<ResolversTypes['Identifier']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['EntityKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nameZh?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  url?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export interface UploadScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Upload'], any> {
  name: 'Upload';
}

export type YearRangeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['YearRange'] = ResolversParentTypes['YearRange']> = {
  from?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type Resolvers<ContextType = GraphQLContext> = {
  Affiliation?: AffiliationResolvers<ContextType>;
  AffiliationPage?: AffiliationPageResolvers<ContextType>;
  Claim?: ClaimResolvers<ContextType>;
  Coauthorship?: CoauthorshipResolvers<ContextType>;
  CoauthorshipPage?: CoauthorshipPageResolvers<ContextType>;
  CommonGround?: CommonGroundResolvers<ContextType>;
  Conflict?: ConflictResolvers<ContextType>;
  Dataset?: DatasetResolvers<ContextType>;
  DatasetFile?: DatasetFileResolvers<ContextType>;
  DuplicateResolution?: DuplicateResolutionResolvers<ContextType>;
  Edge?: EdgeResolvers<ContextType>;
  EdgePage?: EdgePageResolvers<ContextType>;
  Entity?: EntityResolvers<ContextType>;
  Evidence?: EvidenceResolvers<ContextType>;
  GraphStats?: GraphStatsResolvers<ContextType>;
  Identifier?: IdentifierResolvers<ContextType>;
  ImportFlag?: ImportFlagResolvers<ContextType>;
  ImportIssue?: ImportIssueResolvers<ContextType>;
  ImportMatch?: ImportMatchResolvers<ContextType>;
  ImportMerge?: ImportMergeResolvers<ContextType>;
  ImportReport?: ImportReportResolvers<ContextType>;
  ImportWritten?: ImportWrittenResolvers<ContextType>;
  KindCount?: KindCountResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Node?: NodeResolvers<ContextType>;
  NodePage?: NodePageResolvers<ContextType>;
  Organization?: OrganizationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  PartialDate?: GraphQLScalarType;
  Path?: PathResolvers<ContextType>;
  Period?: PeriodResolvers<ContextType>;
  Person?: PersonResolvers<ContextType>;
  PossibleDuplicate?: PossibleDuplicateResolvers<ContextType>;
  PossibleDuplicatePage?: PossibleDuplicatePageResolvers<ContextType>;
  Publication?: PublicationResolvers<ContextType>;
  PublicationPage?: PublicationPageResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RemovedDataset?: RemovedDatasetResolvers<ContextType>;
  SearchPage?: SearchPageResolvers<ContextType>;
  SharedOrganization?: SharedOrganizationResolvers<ContextType>;
  Subgraph?: SubgraphResolvers<ContextType>;
  TalentFlow?: TalentFlowResolvers<ContextType>;
  TalentFlowPage?: TalentFlowPageResolvers<ContextType>;
  TalentGroup?: TalentGroupResolvers<ContextType>;
  TalentGroupPage?: TalentGroupPageResolvers<ContextType>;
  Thing?: ThingResolvers<ContextType>;
  Upload?: GraphQLScalarType;
  YearRange?: YearRangeResolvers<ContextType>;
};

