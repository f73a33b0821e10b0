import type {
  AffiliationFieldsFragment,
  EdgeFieldsFragment,
  EntityDetailQuery,
  EntityKind,
  NodeFieldsFragment,
  OrgKind,
  PathsQuery,
} from '../api/generated.ts';

export type GraphNode = NodeFieldsFragment;
export type GraphEdge = EdgeFieldsFragment;
export type Path = PathsQuery['paths'][number];

export interface Subgraph {
  nodes: GraphNode[];
  edges: GraphEdge[];
  truncated: boolean;
}

/** Why a node is on screen beyond being someone's neighbour; drives its styling. */
export type NodeRole = 'anchor' | 'expanded' | 'shared' | 'neighbor';

export interface ShownNode extends GraphNode {
  role: NodeRole;
}

export interface Graph {
  nodes: ShownNode[];
  edges: GraphEdge[];
  /** Ids whose neighbourhood came back cut at the limit. */
  truncated: string[];
  loading: boolean;
  errors: unknown[];
}

export type Entity = NonNullable<EntityDetailQuery['entity']>;
export type PersonDetail = Extract<Entity, { __typename: 'Person' }>;
export type OrganizationDetail = Extract<Entity, { __typename: 'Organization' }>;
export type PublicationDetail = Extract<Entity, { __typename: 'Publication' }>;
export type Affiliation = AffiliationFieldsFragment;
export type Evidence = EdgeFieldsFragment['evidence'][number];
export type Conflict = EdgeFieldsFragment['conflicts'][number];

/** Anything with a name that can be shown and followed. */
export interface EntityRef {
  id: string;
  kind: EntityKind;
  name: string;
  nameZh?: string | null;
  orgKind?: OrgKind | null;
}
