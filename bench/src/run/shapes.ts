import type { QueryTargets } from '../generate/targets.ts';
import * as Q from './queries.ts';

export interface Shape {
  name: string;
  query: string;
  variables: Record<string, unknown>;
  /** The p95 target in ms, where it sets one. */
  targetMs?: 300 | 1000;
  /** Asks with the API's default arguments: such an answer must stay under 1 MB. */
  defaults: boolean;
  /** One of the shapes whose T1 p95 must stay within 2× T0's. */
  scaling: boolean;
}

const shape = (name: string, query: string, variables: Record<string, unknown>, extra: Partial<Shape> = {}): Shape => ({
  name,
  query,
  variables,
  defaults: true,
  scaling: false,
  ...extra,
});

/** Every API query shape of the issue, with the entity it asks about. */
export function shapes(t: QueryTargets): Shape[] {
  const fast = { targetMs: 300 } as const;
  const hood = (depth: number, limit: number, extra: Partial<Shape>) =>
    shape(`neighborhood d${depth} limit ${limit}`, Q.NEIGHBORHOOD, { id: t.typical, depth, limit }, extra);
  const paths = (maxHops: number, extra: Partial<Shape> = {}) =>
    shape(
      `paths maxHops ${maxHops}`,
      Q.PATHS,
      { from: t.typical, to: t.far, maxHops },
      { defaults: maxHops === 6, ...extra },
    );
  return [
    shape(`search common (${t.commonName})`, Q.SEARCH, { text: t.commonName }, { ...fast, scaling: true }),
    shape(`search common (${t.commonNameZh})`, Q.SEARCH, { text: t.commonNameZh }, { ...fast, scaling: true }),
    shape('search rare', Q.SEARCH, { text: t.rareName }, { ...fast, scaling: true }),
    shape('entity typical person', Q.ENTITY, { id: t.typical }, { ...fast, scaling: true }),
    shape('entity prolific author', Q.ENTITY, { id: t.prolific }, { ...fast, scaling: true }),
    shape('entity hub organization', Q.ENTITY, { id: t.hub }, { scaling: true }),
    hood(1, 200, { ...fast, scaling: true }),
    hood(2, 200, fast),
    hood(1, 2000, { defaults: false, scaling: true }),
    hood(2, 2000, { defaults: false, targetMs: 1000 }),
    paths(4),
    paths(6, { targetMs: 1000 }),
    paths(8),
    shape('commonGround of 2', Q.COMMON_GROUND, { people: [t.typical, t.prolific] }, fast),
    shape('commonGround of 10', Q.COMMON_GROUND, { people: t.group }),
    shape('coauthors typical', Q.COAUTHORS, { person: t.typical }, { ...fast, scaling: true }),
    shape('coauthors prolific', Q.COAUTHORS, { person: t.prolific }, { ...fast, scaling: true }),
    shape('lineage', Q.LINEAGE, { person: t.lineage }, fast),
    shape('alumni of a hub', Q.ALUMNI, { organization: t.hub }, fast),
    ...(['ORGANIZATION', 'SKILL', 'TOPIC', 'VENUE'] as const).map((by) =>
      shape(`talentMap ${by}`, Q.TALENT_MAP, { by }, fast),
    ),
    shape('talentFlow', Q.TALENT_FLOW, {}),
    shape('stats', Q.STATS, {}, fast),
  ];
}
