export { loadSeedGraph, type LoadOptions, type LoadSummary } from './store/load.ts';
export { seedEmptyGraph } from './store/seed-empty-graph.ts';
export {
  removeDataset,
  writeDataset,
  type DatasetInfo,
  type WriteOptions,
  type WriteSummary,
} from './write/write-dataset.ts';
export { startProgress, type Progress } from './progress.ts';
export { importFiles } from './import/import-files.ts';
export { ImportRefused, type ImportOptions, type ImportReport } from './import/plan.ts';
export { bulkImportFiles, type BulkImportOptions, type BulkImportReport } from './bulk/bulk-import.ts';
export { bulkLoadDatasets, finishBulkLoad, type BulkDataset, type BulkLoaded } from './bulk/bulk-load.ts';
export { decideDuplicate, pairId, type DecisionOutcome, type DuplicateDecision } from './decide/decide.ts';
export type { FlaggedPair, ResolutionReport } from './resolve/resolve-dataset.ts';
export { validateSeedData, type SeedValidation, type ValidateOptions } from './validate.ts';
export { formatProblem, SeedValidationError, type SeedProblem } from './problems.ts';
export type { Claim, Conflict, SeedGraph, SeedNode, SeedRelationship, StoredEvidence } from './graph/types.ts';
export { ENTITY_SEARCH_INDEX } from './store/cypher.ts';
export {
  ENTITY_LABEL,
  ENTITY_KINDS,
  RELATION_KINDS,
  RELATIONSHIP_TYPE,
  type EntityKind,
  type RelationKind,
} from './kinds.ts';
export { dayNumberOf, isPartialDate, parsePartialDate, partialDateDays } from './partial-date.ts';
export { DEFAULT_DATA_DIR, DEFAULT_SOURCES_DIR } from './paths.ts';
