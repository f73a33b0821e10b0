import type { ReadContext } from '../neo4j/read.ts';
import { readPage, type Counted, type PageRequest } from './paging.ts';
import { entityProjection, toEntity, type EntityRow, type StoredEntity } from './rows.ts';
import { statement } from './statements.ts';

// A dataset flags a pair on a node of its own; a pair whose entity has gone since (its dataset
// removed, merged into another) is not listed.
const FLAGGED_PAIRS = `
MATCH (p:PossibleDuplicate)
WHERE p.pair IS NOT NULL
WITH p.pair AS pair, collect(p) AS flags
WITH pair, flags, flags[0] AS first
MATCH (a:Entity {id: first.a})
MATCH (b:Entity {id: first.b})`;

const DUPLICATES_PAGE = statement(
  'duplicates.PAGE',
  `${FLAGGED_PAIRS}
WITH pair, flags, a, b ORDER BY pair
SKIP $offset LIMIT $first
RETURN pair AS id, ${entityProjection('a')} AS a, ${entityProjection('b')} AS b,
       [f IN flags | f {.dataset, .reasonsFor, .reasonsAgainst, .locator}] AS flags`,
);

const DUPLICATES_COUNT = statement(
  'duplicates.COUNT',
  `${FLAGGED_PAIRS}
RETURN count(pair) AS total`,
);

interface StoredFlag {
  dataset: string;
  reasonsFor: string[] | null;
  reasonsAgainst: string[] | null;
  locator: string | null;
}

export interface PossibleDuplicateRow {
  id: string;
  a: EntityRow;
  b: EntityRow;
  datasets: string[];
  reasonsFor: string[];
  reasonsAgainst: string[];
  locators: string[];
}

const unique = (values: (string | null | undefined)[]) => [...new Set(values.filter((v): v is string => !!v))];

/** A page of the pairs waiting for a decision, by pair id, each with what every dataset said. */
export function possibleDuplicates(ctx: ReadContext, request: PageRequest): Promise<Counted<PossibleDuplicateRow>> {
  return readPage<{ id: string; a: StoredEntity; b: StoredEntity; flags: StoredFlag[] }, PossibleDuplicateRow>(
    ctx,
    { page: DUPLICATES_PAGE, count: DUPLICATES_COUNT },
    { ...request },
    ({ id, a, b, flags }) => ({
      id,
      a: toEntity(a),
      b: toEntity(b),
      datasets: unique(flags.map((f) => f.dataset)).sort(),
      reasonsFor: unique(flags.flatMap((f) => f.reasonsFor ?? [])),
      reasonsAgainst: unique(flags.flatMap((f) => f.reasonsAgainst ?? [])),
      locators: unique(flags.map((f) => f.locator)),
    }),
  );
}
