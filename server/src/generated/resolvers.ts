import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { EntityRow } from '../data/rows.ts';
import type { GraphQLContext } from '../context.ts';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
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
  | 'DBLP'
  | 'DOI'
  | 'ISNI'
  | 'OPENALEX'
  | 'ORCID'
  | 'ROR'
  | 'SCOPUS'
  | 'WIKIDATA';

export type KindCount = {
  __typename?: 'KindCount';
  count: Scalars['Int']['output'];
  kind: Scalars['String']['output'];
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
  /** Education and work, oldest first. */
  affiliations: Array<Affiliation>;
  aliases: Array<Scalars['String']['output']>;
  awards: Array<Node>;
  coauthors: Array<Coauthorship>;
  /** The datasets that assert this entity: seed for the curated documents, or an import's name. */
  datasets: Array<Scalars['String']['output']>;
  headline?: Maybe<Scalars['String']['output']>;
  homepage?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** Every external identifier the sources give (ORCID, OpenAlex, Wikidata, DBLP, ROR, DOI, …). */
  identifiers: Array<Identifier>;
  kind: EntityKind;
  mentees: Array<Person>;
  mentors: Array<Person>;
  name: Scalars['String']['output'];
  nameZh?: Maybe<Scalars['String']['output']>;
  /** True when the sources give only part of the name (initials, a handle). */
  partial: Scalars['Boolean']['output'];
  projects: Array<Node>;
  publications: Array<Publication>;
  skills: Array<Node>;
  topics: Array<Node>;
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

export type Query = {
  __typename?: 'Query';
  alumni: Array<Affiliation>;
  coauthors: Array<Coauthorship>;
  commonGround: CommonGround;
  /** Relationships whose sources disagree. */
  conflicts: Array<Edge>;
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
  paths: Array<Path>;
  search: Array<Entity>;
  stats: GraphStats;
  /** People who studied at an organization of one kind and later worked at one of another. */
  talentFlow: Array<TalentFlow>;
  /** People grouped by organization (rolled up to the top-level parent), skill, topic or venue. */
  talentMap: Array<TalentGroup>;
};


export type QueryAlumniArgs = {
  includeUnits?: InputMaybe<Scalars['Boolean']['input']>;
  organization: Scalars['ID']['input'];
};


export type QueryCoauthorsArgs = {
  person: Scalars['ID']['input'];
};


export type QueryCommonGroundArgs = {
  people: Array<Scalars['ID']['input']>;
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


export type QuerySearchArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  kinds?: InputMaybe<Array<EntityKind>>;
  text: Scalars['String']['input'];
};


export type QueryTalentFlowArgs = {
  from?: InputMaybe<OrgKind>;
  to?: InputMaybe<OrgKind>;
};


export type QueryTalentMapArgs = {
  by: TalentDimension;
  first?: InputMaybe<Scalars['Int']['input']>;
  minCount?: InputMaybe<Scalars['Int']['input']>;
  orgKind?: InputMaybe<OrgKind>;
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
  people: Array<Node>;
  to: Node;
};

export type TalentGroup = {
  __typename?: 'TalentGroup';
  count: Scalars['Int']['output'];
  group: Node;
  people: Array<Node>;
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
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Claim: ResolverTypeWrapper<Claim>;
  Coauthorship: ResolverTypeWrapper<Coauthorship>;
  CommonGround: ResolverTypeWrapper<CommonGround>;
  Conflict: ResolverTypeWrapper<Conflict>;
  Dataset: ResolverTypeWrapper<Dataset>;
  DatasetFile: ResolverTypeWrapper<DatasetFile>;
  Direction: Direction;
  Edge: ResolverTypeWrapper<Edge>;
  Entity: ResolverTypeWrapper<EntityRow>;
  EntityKind: EntityKind;
  Evidence: ResolverTypeWrapper<Evidence>;
  GraphStats: ResolverTypeWrapper<GraphStats>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Identifier: ResolverTypeWrapper<Identifier>;
  IdentifierScheme: IdentifierScheme;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  KindCount: ResolverTypeWrapper<KindCount>;
  Node: ResolverTypeWrapper<Node>;
  OrgKind: OrgKind;
  Organization: ResolverTypeWrapper<EntityRow>;
  OverlapStatus: OverlapStatus;
  PartialDate: ResolverTypeWrapper<Scalars['PartialDate']['output']>;
  Path: ResolverTypeWrapper<Path>;
  Period: ResolverTypeWrapper<Period>;
  Person: ResolverTypeWrapper<EntityRow>;
  Publication: ResolverTypeWrapper<EntityRow>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RelationKind: RelationKind;
  SharedOrganization: ResolverTypeWrapper<SharedOrganization>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Subgraph: ResolverTypeWrapper<Subgraph>;
  TalentDimension: TalentDimension;
  TalentFlow: ResolverTypeWrapper<TalentFlow>;
  TalentGroup: ResolverTypeWrapper<TalentGroup>;
  Thing: ResolverTypeWrapper<EntityRow>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Affiliation: Affiliation;
  Boolean: Scalars['Boolean']['output'];
  Claim: Claim;
  Coauthorship: Coauthorship;
  CommonGround: CommonGround;
  Conflict: Conflict;
  Dataset: Dataset;
  DatasetFile: DatasetFile;
  Edge: Edge;
  Entity: EntityRow;
  Evidence: Evidence;
  GraphStats: GraphStats;
  ID: Scalars['ID']['output'];
  Identifier: Identifier;
  Int: Scalars['Int']['output'];
  KindCount: KindCount;
  Node: Node;
  Organization: EntityRow;
  PartialDate: Scalars['PartialDate']['output'];
  Path: Path;
  Period: Period;
  Person: EntityRow;
  Publication: EntityRow;
  Query: Record<PropertyKey, never>;
  SharedOrganization: SharedOrganization;
  String: Scalars['String']['output'];
  Subgraph: Subgraph;
  TalentFlow: TalentFlow;
  TalentGroup: TalentGroup;
  Thing: EntityRow;
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

export type ClaimResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Claim'] = ResolversParentTypes['Claim']> = {
  evidence?: Resolver<ResolversTypes['Evidence'], ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type CoauthorshipResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Coauthorship'] = ResolversParentTypes['Coauthorship']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  person?: Resolver<ResolversTypes['Node'], ParentType, ContextType>;
  publications?: Resolver<Array<ResolversTypes['Node']>, ParentType, ContextType>;
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

export type KindCountResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['KindCount'] = ResolversParentTypes['KindCount']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type NodeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Node'] = ResolversParentTypes['Node']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['EntityKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nameZh?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  orgKind?: Resolver<Maybe<ResolversTypes['OrgKind']>, ParentType, ContextType>;
  year?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
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
  affiliations?: Resolver<Array<ResolversTypes['Affiliation']>, ParentType, ContextType>;
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  awards?: Resolver<Array<ResolversTypes['Node']>, ParentType, ContextType>;
  coauthors?: Resolver<Array<ResolversTypes['Coauthorship']>, ParentType, ContextType>;
  datasets?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  headline?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  homepage?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  identifiers?: Resolver<Array<ResolversTypes['Identifier']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['EntityKind'], ParentType, ContextType>;
  mentees?: Resolver<Array<ResolversTypes['Person']>, ParentType, ContextType>;
  mentors?: Resolver<Array<ResolversTypes['Person']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nameZh?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  partial?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  projects?: Resolver<Array<ResolversTypes['Node']>, ParentType, ContextType>;
  publications?: Resolver<Array<ResolversTypes['Publication']>, ParentType, ContextType>;
  skills?: Resolver<Array<ResolversTypes['Node']>, ParentType, ContextType>;
  topics?: Resolver<Array<ResolversTypes['Node']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
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

export type QueryResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  alumni?: Resolver<Array<ResolversTypes['Affiliation']>, ParentType, ContextType, RequireFields<QueryAlumniArgs, 'includeUnits' | 'organization'>>;
  coauthors?: Resolver<Array<ResolversTypes['Coauthorship']>, ParentType, ContextType, RequireFields<QueryCoauthorsArgs, 'person'>>;
  commonGround?: Resolver<ResolversTypes['CommonGround'], ParentType, ContextType, RequireFields<QueryCommonGroundArgs, 'people'>>;
  conflicts?: Resolver<Array<ResolversTypes['Edge']>, ParentType, ContextType>;
  datasets?: Resolver<Array<ResolversTypes['Dataset']>, ParentType, ContextType>;
  entity?: Resolver<Maybe<ResolversTypes['Entity']>, ParentType, ContextType, RequireFields<QueryEntityArgs, 'id'>>;
  lineage?: Resolver<ResolversTypes['Subgraph'], ParentType, ContextType, RequireFields<QueryLineageArgs, 'depth' | 'direction' | 'person'>>;
  neighborCounts?: Resolver<Array<ResolversTypes['KindCount']>, ParentType, ContextType, RequireFields<QueryNeighborCountsArgs, 'id'>>;
  neighborhood?: Resolver<ResolversTypes['Subgraph'], ParentType, ContextType, RequireFields<QueryNeighborhoodArgs, 'depth' | 'id' | 'includeUnits' | 'limit'>>;
  paths?: Resolver<Array<ResolversTypes['Path']>, ParentType, ContextType, RequireFields<QueryPathsArgs, 'first' | 'from' | 'maxHops' | 'to'>>;
  search?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType, RequireFields<QuerySearchArgs, 'first' | 'text'>>;
  stats?: Resolver<ResolversTypes['GraphStats'], ParentType, ContextType>;
  talentFlow?: Resolver<Array<ResolversTypes['TalentFlow']>, ParentType, ContextType, RequireFields<QueryTalentFlowArgs, 'from' | 'to'>>;
  talentMap?: Resolver<Array<ResolversTypes['TalentGroup']>, ParentType, ContextType, RequireFields<QueryTalentMapArgs, 'by' | 'first' | 'minCount'>>;
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
  people?: Resolver<Array<ResolversTypes['Node']>, ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Node'], ParentType, ContextType>;
};

export type TalentGroupResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['TalentGroup'] = ResolversParentTypes['TalentGroup']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  group?: Resolver<ResolversTypes['Node'], ParentType, ContextType>;
  people?: Resolver<Array<ResolversTypes['Node']>, ParentType, ContextType>;
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

export type Resolvers<ContextType = GraphQLContext> = {
  Affiliation?: AffiliationResolvers<ContextType>;
  Claim?: ClaimResolvers<ContextType>;
  Coauthorship?: CoauthorshipResolvers<ContextType>;
  CommonGround?: CommonGroundResolvers<ContextType>;
  Conflict?: ConflictResolvers<ContextType>;
  Dataset?: DatasetResolvers<ContextType>;
  DatasetFile?: DatasetFileResolvers<ContextType>;
  Edge?: EdgeResolvers<ContextType>;
  Entity?: EntityResolvers<ContextType>;
  Evidence?: EvidenceResolvers<ContextType>;
  GraphStats?: GraphStatsResolvers<ContextType>;
  Identifier?: IdentifierResolvers<ContextType>;
  KindCount?: KindCountResolvers<ContextType>;
  Node?: NodeResolvers<ContextType>;
  Organization?: OrganizationResolvers<ContextType>;
  PartialDate?: GraphQLScalarType;
  Path?: PathResolvers<ContextType>;
  Period?: PeriodResolvers<ContextType>;
  Person?: PersonResolvers<ContextType>;
  Publication?: PublicationResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  SharedOrganization?: SharedOrganizationResolvers<ContextType>;
  Subgraph?: SubgraphResolvers<ContextType>;
  TalentFlow?: TalentFlowResolvers<ContextType>;
  TalentGroup?: TalentGroupResolvers<ContextType>;
  Thing?: ThingResolvers<ContextType>;
};

