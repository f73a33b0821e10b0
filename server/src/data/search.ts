import type { EntityKind } from '../generated/resolvers.ts';
import { ENTITY_SEARCH_INDEX } from '@cohort/seed';
import { IGNORED_IN_SEARCH_KEYS, luceneQuery, searchKey } from '../domain/search-text.ts';
import { readTransaction, type ReadContext } from '../neo4j/read.ts';
import type { Counted, PageRequest } from './paging.ts';
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
         score DESC, node.name, node.id
SKIP $offset LIMIT $first
RETURN ${entityProjection('node')} AS entity`;

/*
 * The ranking: the best RERANKED of Lucene's matches re-ranked as above, then the rest of the
 * best SEARCH_WINDOW in Lucene's order. Only the head pays for computing names' keys; every
 * page is cut from the same order, so walking the pages gives each match once.
 */
const RERANKED = 100;
export const SEARCH_WINDOW = 1000;

/** Any kind: Lucene itself keeps its best matches, in a fixed order. */
const anyKind = (options: string) => `
CALL db.index.fulltext.queryNodes('${ENTITY_SEARCH_INDEX}', $lucene, ${options}) YIELD node, score`;

/**
 * Some kinds only. The index covers neither the kind nor the labels, and queryNodes takes no
 * filter (only skip, limit and analyzer), so the kind cannot be part of the Lucene query.
 * Cutting first and filtering after would lose a rare kind behind many better matches of
 * another (a topic "vision" behind a thousand people called Vision). So the kind filter comes
 * first, over every hit, then the order and the cut. Per hit this reads only the node's labels,
 * which sit in the node record, so a frequent word costs a pass over its hits, never a scan of
 * the graph.
 */
const OF_KINDS = `
CALL db.index.fulltext.queryNodes('${ENTITY_SEARCH_INDEX}', $lucene) YIELD node, score
WHERE any(label IN labels(node) WHERE label IN $labels)
WITH node, score
ORDER BY score DESC, node.id`;

const TAIL = `
RETURN ${entityProjection('node')} AS entity`;

const SEARCH = {
  anyKind: {
    head: statement('search.HEAD_ANY_KIND', `${anyKind(`{limit: ${RERANKED}}`)}${RANKED}`),
    tail: statement('search.TAIL_ANY_KIND', `${anyKind('{skip: $offset, limit: $first}')}${TAIL}`),
    count: statement('search.COUNT_ANY_KIND', `${anyKind(`{limit: ${SEARCH_WINDOW}}`)}\nRETURN count(node) AS total`),
  },
  ofKinds: {
    head: statement('search.HEAD_OF_KINDS', `${OF_KINDS}\nLIMIT ${RERANKED}${RANKED}`),
    tail: statement('search.TAIL_OF_KINDS', `${OF_KINDS}\nSKIP $offset LIMIT $first${TAIL}`),
    count: statement('search.COUNT_OF_KINDS', `${OF_KINDS}\nLIMIT ${SEARCH_WINDOW}\nRETURN count(node) AS total`),
  },
};

export interface SearchInput extends PageRequest {
  text: string;
  kinds: readonly EntityKind[] | null;
}

/** A page of the best matches; the count says how many of the best SEARCH_WINDOW match. */
export function searchEntities(ctx: ReadContext, input: SearchInput): Promise<Counted<EntityRow>> {
  const lucene = luceneQuery(input.text);
  if (!lucene) return Promise.resolve({ items: [], totalCount: 0 });
  const statements = input.kinds ? SEARCH.ofKinds : SEARCH.anyKind;
  const params = {
    lucene,
    key: searchKey(input.text),
    ignoredInKeys: IGNORED_IN_SEARCH_KEYS,
    labels: input.kinds?.map((kind) => NODE_LABELS[kind]),
  };
  const end = Math.min(input.offset + input.first, SEARCH_WINDOW);
  const head = { offset: input.offset, first: Math.min(end, RERANKED) - input.offset };
  const tail = { offset: Math.max(input.offset, RERANKED), first: end - Math.max(input.offset, RERANKED) };
  return readTransaction(ctx, async (run) => {
    const [headRows, tailRows, [count]] = await Promise.all([
      head.first > 0 ? run<{ entity: StoredEntity }>(statements.head, { ...params, ...head }) : [],
      tail.first > 0 ? run<{ entity: StoredEntity }>(statements.tail, { ...params, ...tail }) : [],
      run<{ total: number }>(statements.count, params),
    ]);
    return { items: [...headRows, ...tailRows].map(({ entity }) => toEntity(entity)), totalCount: count?.total ?? 0 };
  });
}
