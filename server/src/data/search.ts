import type { EntityKind } from '../generated/resolvers.ts';
import { ENTITY_SEARCH_INDEX } from '@cohort/seed';
import { IGNORED_IN_SEARCH_KEYS, luceneQuery, searchKey } from '../domain/search-text.ts';
import { readRows, type ReadContext } from '../neo4j/read.ts';
import { NODE_LABELS } from './relations.ts';
import { entityProjection, toEntity, type EntityRow, type StoredEntity } from './rows.ts';
import { statement } from './statements.ts';

/**
 * Cypher's twin of searchKey(): the same normalization, and the characters to drop come from
 * the same table, passed as $ignoredInKeys.
 */
export const searchKeyCypher = (v: string) =>
  `reduce(key = toLower(normalize(${v}, NFKC)), ignored IN $ignoredInKeys | replace(key, ignored, ''))`;

/**
 * Full-text candidates (`node`, `score`), re-ranked so an exact name or alias beats a prefix, a
 * shorter name that starts with the text beats a longer one ("Beihang" finds the university
 * before its schools), and a prefix beats a partial match; Lucene's score orders the rest.
 */
const RANKED = `
WITH node, score, [name IN [node.name, node.nameZh] + coalesce(node.aliases, []) WHERE name IS NOT NULL | ${searchKeyCypher('name')}] AS keys
WITH node, score, $key IN keys AS exact, [k IN keys WHERE k STARTS WITH $key | size(k)] AS prefixes
ORDER BY exact DESC, size(prefixes) > 0 DESC,
         reduce(shortest = 1000000, length IN prefixes | CASE WHEN length < shortest THEN length ELSE shortest END),
         score DESC, node.name
LIMIT $first
RETURN ${entityProjection('node')} AS entity`;

/** Any kind: Lucene itself keeps the best $candidates. */
const SEARCH_ANY_KIND = statement(
  'search.SEARCH_ANY_KIND',
  `
CALL db.index.fulltext.queryNodes('${ENTITY_SEARCH_INDEX}', $lucene, {limit: $candidates}) YIELD node, score
${RANKED}`,
);

/**
 * Some kinds only. The index covers neither the kind nor the labels, and queryNodes takes no
 * filter (only skip, limit and analyzer), so the kind cannot be part of the Lucene query.
 * Cutting at $candidates first and filtering after would lose a rare kind behind many better
 * matches of another (a topic "vision" behind a thousand people called Vision). So the kind
 * filter comes first, over every hit, and the cut after it: the best $candidates of the kinds
 * asked for. Lucene still does the matching and scoring; per hit this reads only the node's
 * labels, which sit in the node record, so a frequent word costs a pass over its hits, never
 * a scan of the graph.
 */
const SEARCH_OF_KINDS = statement(
  'search.SEARCH_OF_KINDS',
  `
CALL db.index.fulltext.queryNodes('${ENTITY_SEARCH_INDEX}', $lucene) YIELD node, score
WHERE any(label IN labels(node) WHERE label IN $labels)
WITH node, score
ORDER BY score DESC
LIMIT $candidates
${RANKED}`,
);

export interface SearchInput {
  text: string;
  kinds: readonly EntityKind[] | null;
  first: number;
}

export async function searchEntities(ctx: ReadContext, input: SearchInput): Promise<EntityRow[]> {
  const lucene = luceneQuery(input.text);
  if (!lucene) return [];
  const rows = await readRows<{ entity: StoredEntity }>(ctx, input.kinds ? SEARCH_OF_KINDS : SEARCH_ANY_KIND, {
    lucene,
    key: searchKey(input.text),
    ignoredInKeys: IGNORED_IN_SEARCH_KEYS,
    labels: input.kinds?.map((kind) => NODE_LABELS[kind]),
    first: input.first,
    candidates: Math.max(100, input.first * 10),
  });
  return rows.map(({ entity }) => toEntity(entity));
}
