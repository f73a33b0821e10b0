import type { EntityRecord } from '../records.ts';
import type { SeedProblem } from '../problems.ts';

/** Each id once across all files; returns the first declaration of every id. */
export function indexEntities(entities: EntityRecord[], problems: SeedProblem[]): Map<string, EntityRecord> {
  const byId = new Map<string, EntityRecord>();
  for (const entity of entities) {
    const first = byId.get(entity.id);
    if (first) {
      const where = `${first.origin.yaml.display}:${first.origin.yaml.lineOf(first.origin.at)}`;
      problems.push(
        entity.origin.yaml.problem([...entity.origin.at, 'id'], `${entity.id} is already declared at ${where}`),
      );
    } else {
      byId.set(entity.id, entity);
    }
  }
  return byId;
}
