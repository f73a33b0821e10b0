import type { ImportReport as SeedReport } from '@cohort/seed';
import type { ImportReport } from '../generated/resolvers.ts';

/** The seed's report of an import, in the API's terms. */
export function toImportReport(report: SeedReport): ImportReport {
  const { resolution: r, written } = report;
  return {
    dataset: report.dataset,
    format: report.format,
    dryRun: report.dryRun,
    files: report.files,
    records: r.records,
    created: r.entities.created,
    matched: r.matches.map((m) => ({ record: m.ref, entity: m.id, reason: m.reason })),
    merged: r.merges,
    flagged: r.possibleDuplicates.map((d) => ({ a: d.a, b: d.b, reasonsFor: d.for, reasonsAgainst: d.against })),
    skipped: r.skipped.map((s) => ({ file: s.file, locator: s.locator, reason: s.reason })),
    notes: r.warnings.map((w) => ({ file: w.file, locator: w.locator, reason: w.warning })),
    written: written
      ? {
          unchanged: written.unchanged,
          nodes: written.nodeCount,
          relationships: written.relationshipCount,
          removedNodes: written.removed.nodes,
          removedRelationships: written.removed.relationships,
        }
      : null,
  };
}
