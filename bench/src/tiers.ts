/** The sizes of each benchmark tier. T1 is the reference graph; T0 is 1/100 of it, T2 10×. */
export const TIER_NAMES = ['T0', 'T1', 'T2'] as const;
export type TierName = (typeof TIER_NAMES)[number];

export interface TierSpec {
  name: TierName;
  seed: number;
  people: number;
  /** Top-level organizations and their units together. */
  organizations: number;
  /** Top-level organizations that draw a quarter of all affiliations between them. */
  hubs: number;
  publications: number;
  skills: number;
  /** People holding skill 0, the most common one. */
  topSkillHolders: number;
  topics: number;
  venues: number;
  /** People named 王伟 / Wei Wang: the common-name search case. */
  wangWei: number;
  chineseShare: number;
  /** Share of people who author anything; the rest have no publication. */
  authorShare: number;
  /** Exponent of the authors' Zipf law: 0.53 gives T1 a top author near 2,300 papers. */
  authorExponent: number;
  /** Nodes or relationships per dataset written; the writer batches each by 5,000 rows. */
  sliceSize: number;
  /**
   * How the tier's store is filled: through the dataset writer, as online imports are, or by
   * neo4j-admin (`npm run import -- --bulk`'s path), for a tier the writer would take hours on.
   */
  load: 'writer' | 'bulk';
  heap: string;
  pageCache: string;
}

const T1: TierSpec = {
  name: 'T1',
  seed: 20_240_601,
  people: 100_000,
  organizations: 8_000,
  hubs: 5,
  publications: 200_000,
  skills: 500,
  topSkillHolders: 35_000,
  topics: 1_000,
  venues: 2_000,
  wangWei: 671,
  chineseShare: 0.4,
  authorShare: 0.6,
  authorExponent: 0.53,
  sliceSize: 200_000,
  load: 'writer',
  heap: '2g',
  pageCache: '2g',
};

/** Scales the counts; small tiers keep enough skills, topics and venues for the talent map to group by. */
const scaled = (spec: TierSpec, factor: number, name: TierName, memory: Partial<TierSpec>): TierSpec => ({
  ...spec,
  ...memory,
  name,
  people: Math.round(spec.people * factor),
  organizations: Math.round(spec.organizations * factor),
  publications: Math.round(spec.publications * factor),
  skills: Math.max(50, Math.round(spec.skills * factor)),
  topSkillHolders: Math.round(spec.topSkillHolders * factor),
  topics: Math.max(100, Math.round(spec.topics * factor)),
  venues: Math.max(40, Math.round(spec.venues * factor)),
  wangWei: Math.max(7, Math.round(spec.wangWei * factor)),
  hubs: factor < 1 ? 2 : spec.hubs,
});

export const TIERS: Record<TierName, TierSpec> = {
  T0: scaled(T1, 0.01, 'T0', { heap: '1g', pageCache: '512m', sliceSize: 50_000 }),
  T1,
  T2: scaled(T1, 10, 'T2', { heap: '4g', pageCache: '4g', sliceSize: 250_000, load: 'bulk' }),
};

/**
 * The graph the load comparison writes twice: T0 for T0, else the tier's laws at 3,000 people
 * (about 60,000 rows: a few minutes a side on a busy machine).
 */
export function sampleTier(tier: TierSpec): TierSpec {
  if (tier.name === 'T0') return TIERS.T0;
  return scaled(T1, 0.03, tier.name, { sliceSize: 50_000 });
}
