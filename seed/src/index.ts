export { loadSeedGraph, type LoadOptions, type LoadSummary } from './store/load.ts';
export { validateSeedData, type SeedValidation, type ValidateOptions } from './validate.ts';
export { formatProblem, SeedValidationError, type SeedProblem } from './problems.ts';
export type { Claim, Conflict, SeedGraph, SeedNode, SeedRelationship, StoredEvidence } from './graph/types.ts';
export { ENTITY_SEARCH_INDEX } from './store/cypher.ts';
export { ENTITY_LABEL, ENTITY_KINDS, RELATION_KINDS, type EntityKind, type RelationKind } from './kinds.ts';
export { DEFAULT_DATA_DIR, DEFAULT_SOURCES_DIR } from './paths.ts';
