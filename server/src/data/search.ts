import type { EntityKind } from '../generated/resolvers.ts';
import { ENTITY_SEARCH_INDEX } from '@cohort/seed';
import { IGNORED_IN_SEARCH_KEYS, luceneQuery, searchKey } from '../domain/search-text.ts';
import { readRows, type ReadContext } from '../neo4j/read.ts';
import { entityProjection, toEntity, type EntityRow, type StoredEntity } from './rows.ts';

/**
 * Cypher's twin of searchKey(): the same normalization, and the characters to drop come from
 * the same table, passed as $ignoredInKeys.
 */
export const searchKeyCypher = (v: string) =>
  `reduce(key = toLower(normalize(${v}, NFKC)), ignored IN $ignoredInKeys | replace(key, ignored, ''))`;

/**
 * Full-text candidates, re-ranked so an exact name or alias beats a prefix, a shorter name
 * that starts with the text beats a longer one ("Beihang" finds the university before its
 * schools), and a prefix beats a partial match; Lucene's score orders the rest.
 */
const SEARCH = `
CALL db.index.fulltext.queryNodes('${ENTITY_SEARCH_INDEX}', $lucene, {limit: $candidates}) YIELD node, score
WHERE $kinds IS NULL OR node.kind IN $kinds
WITH node, score, [name IN [node.name, node.nameZh] + coalesce(node.aliases, []) WHERE name IS NOT NULL | ${searchKeyCypher('name')}] AS keys
WITH node, score, $key IN keys AS exact, [k IN keys WHERE k STARTS WITH $key | size(k)] AS prefixes
ORDER BY exact DESC, size(prefixes) > 0 DESC,
         reduce(shortest = 1000000, length IN prefixes | CASE WHEN length < shortest THEN length ELSE shortest END),
         score DESC, node.name
LIMIT $first
RETURN ${entityProjection('node')} AS entity`;

export interface SearchInput {
  text: string;
  kinds: readonly EntityKind[] | null;
  first: number;
}

export async function searchEntities(ctx: ReadContext, input: SearchInput): Promise<EntityRow[]> {
  const lucene = luceneQuery(input.text);
  if (!lucene) return [];
  const rows = await readRows<{ entity: StoredEntity }>(ctx, SEARCH, {
    lucene,
    key: searchKey(input.text),
    ignoredInKeys: IGNORED_IN_SEARCH_KEYS,
    kinds: input.kinds,
    first: input.first,
    candidates: Math.max(100, input.first * 10),
  });
  return rows.map(({ entity }) => toEntity(entity));
}
