/**
 * Every Cypher statement the data layer runs, by name ("people.AFFILIATIONS"). A module
 * declares each of its statements through statement() when it loads, so the plan test
 * (server/test/query-plans.db.test.ts) can list and EXPLAIN all of them without reading
 * source files.
 *
 * A node looked up by id is matched as (n:Entity {id: …}) and its label tested after
 * (WHERE n:Publication): only Entity.id is indexed (unique), so (n:Publication {id: …})
 * would read every publication to find one.
 */
const registry = new Map<string, string>();

/** Registers `cypher` under `name` and returns it unchanged. */
export function statement(name: string, cypher: string): string {
  const known = registry.get(name);
  if (known !== undefined && known !== cypher) throw new Error(`Two Cypher statements are named ${name}.`);
  registry.set(name, cypher);
  return cypher;
}

/** The statements registered so far: those of every data module imported. */
export function registeredStatements(): ReadonlyMap<string, string> {
  return registry;
}
