import type { EntityKind } from '../../kinds.ts';
import type { EntityRecord, Evidence, ImportRecord } from '../../records/model.ts';

/**
 * Every record of one file goes through here, so that each item is emitted once under its
 * QID (the format says one QID is one entity) and items that statements point at but the file
 * never describes still get an entity to hang the relation on.
 */
export class Collector {
  private readonly emitted = new Set<string>();
  private readonly wanted = new Map<string, { kind: EntityKind; evidence: Evidence }>();
  /** Items of no kind we read, kept until the end in case a statement needs them. */
  private readonly undecided = new Map<string, EntityRecord>();

  constructor(private readonly file: string) {}

  has(qid: string): boolean {
    return this.emitted.has(qid);
  }

  *entity(record: EntityRecord): Generator<ImportRecord> {
    if (this.emitted.has(record.ref)) return;
    this.emitted.add(record.ref);
    this.undecided.delete(record.ref);
    yield record;
  }

  /** An item whose P31 names neither a person nor an organization. */
  hold(record: Omit<EntityRecord, 'kind'>): void {
    if (!this.emitted.has(record.ref)) this.undecided.set(record.ref, { ...record, kind: 'ORGANIZATION' });
  }

  want(qid: string, kind: EntityKind, evidence: Evidence): void {
    if (!this.wanted.has(qid)) this.wanted.set(qid, { kind, evidence });
  }

  *finish(): Generator<ImportRecord> {
    for (const [qid, record] of this.undecided) {
      const need = this.wanted.get(qid);
      if (need) {
        yield* this.entity({ ...record, kind: need.kind });
      } else {
        const reason = `${qid} is neither a person (P31 Q5) nor an organization, and no statement points at it`;
        yield { type: 'skipped', file: this.file, locator: qid, reason };
      }
    }
    for (const [qid, { kind, evidence }] of this.wanted) {
      if (this.emitted.has(qid)) continue;
      yield* this.entity({
        type: 'entity',
        ref: qid,
        kind,
        name: qid,
        ids: { wikidata: qid },
        warnings: [
          `${qid} is not described in this file; its QID stands in for its name until another record names it`,
        ],
        evidence,
      });
    }
  }
}
