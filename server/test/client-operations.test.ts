import { readFileSync } from 'node:fs';
import {
  Kind,
  parse,
  print,
  visit,
  type ASTNode,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import { createDriver } from '../src/neo4j/driver.ts';
import { buildApp, post } from './helpers/api.ts';

/*
 * The client's operations are the API's main users: each must pass the query limits, or the
 * explorer breaks while every server test stays green. Nothing listens on the driver's port,
 * so the requests stop at the database, after the limits have been checked.
 */
const document = parse(readFileSync(new URL('../../web/src/lib/api/operations.graphql', import.meta.url), 'utf8'));
const fragments = new Map(
  document.definitions
    .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
    .map((d) => [d.name.value, d]),
);

/** The fragments a definition spreads, and those they spread, as a request must carry them. */
function fragmentsOf(node: ASTNode, found = new Map<string, FragmentDefinitionNode>()) {
  visit(node, {
    FragmentSpread(spread) {
      const fragment = fragments.get(spread.name.value);
      if (fragment && !found.has(fragment.name.value)) {
        found.set(fragment.name.value, fragment);
        fragmentsOf(fragment, found);
      }
    },
  });
  return [...found.values()];
}
const operations = document.definitions.filter(
  (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
);

describe("the client's operations", () => {
  const app = buildApp(createDriver({ uri: 'bolt://127.0.0.1:9', username: 'neo4j', password: 'unused' }));

  it.each(operations.map((op) => [op.name?.value ?? '', op] as const))(
    '%s passes the query limits',
    async (_name, op) => {
      const query = [op, ...fragmentsOf(op)].map((d) => print(d)).join('\n');
      const result = await post(app, query, {});
      const refusals = (result.errors ?? []).filter((e) =>
        ['QUERY_TOO_COMPLEX', 'GRAPHQL_VALIDATION_FAILED', 'GRAPHQL_PARSE_FAILED'].includes(String(e.extensions?.code)),
      );
      expect(refusals.map((e) => e.message).filter((m) => !m.includes('was not provided'))).toEqual([]);
    },
  );
});
