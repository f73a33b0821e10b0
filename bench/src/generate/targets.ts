import type { TierSpec } from '../tiers.ts';
import { RARE_NAME, WANG_WEI } from './names.ts';
import { authorAt, authorPool } from './publications.ts';
import { rarePersonIndex } from './people.ts';
import { ids } from './streams.ts';

/** The entities each query shape asks about, known from the generator's laws without a query. */
export interface QueryTargets {
  commonName: string;
  commonNameZh: string;
  rareName: string;
  rarePerson: string;
  /** A middle-ranked author: a few papers, two or three affiliations. */
  typical: string;
  /** The top-ranked author. */
  prolific: string;
  /** The largest university hub. */
  hub: string;
  /** The least productive author, far from `typical`: the far end of `paths`. */
  far: string;
  /** Someone with a mentor, for lineage. */
  lineage: string;
  /** Ten authors spread over the productivity ranks, for commonGround of 10. */
  group: string[];
}

export function queryTargets(
  tier: TierSpec,
  mentorOf: (tier: TierSpec, index: number) => number | undefined,
): QueryTargets {
  const pool = authorPool(tier);
  let lineage = Math.floor(tier.people / 50);
  while (mentorOf(tier, lineage) === undefined) lineage++;
  return {
    commonName: WANG_WEI.name,
    commonNameZh: WANG_WEI.nameZh ?? '',
    rareName: RARE_NAME,
    rarePerson: ids.person(rarePersonIndex(tier)),
    typical: ids.person(authorAt(tier, Math.floor(pool / 2))),
    prolific: ids.person(authorAt(tier, 0)),
    hub: ids.organization(0),
    far: ids.person(authorAt(tier, pool - 1)),
    lineage: ids.person(lineage),
    group: Array.from({ length: 10 }, (_, k) => ids.person(authorAt(tier, Math.floor((k * pool) / 10)))),
  };
}
