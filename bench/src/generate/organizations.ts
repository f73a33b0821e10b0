import { Zipf, randomFor, type Random } from '../random.ts';
import type { TierSpec } from '../tiers.ts';
import { STREAM } from './streams.ts';

export type OrgKind = 'UNIVERSITY' | 'COMPANY' | 'LAB' | 'INSTITUTE';

export interface OrgTable {
  kind: OrgKind[];
  /** The parent of a unit; -1 for a top-level organization. */
  parent: Int32Array;
  /** The top-level organization a unit rolls up to (itself when top-level). */
  root: Int32Array;
  /** Units under each top-level organization, at any depth. */
  unitsOf: Map<number, number[]>;
  /** Top-level organizations where people study, and where they work. */
  universities: Pool;
  employers: Pool;
}

/** Top-level organizations of one category: its hubs, and the others in Zipf order. */
export interface Pool {
  hubs: number[];
  others: number[];
  zipf: Zipf;
}

/** Hubs draw this share of their category's affiliations; the rest follow a Zipf law. */
export const HUB_SHARE = 0.25;

/**
 * A quarter of the organizations are top-level; the rest are units in trees under them
 * (PART_OF). Hubs (the first `hubs` top-level ones, universities then companies) get 40% of
 * the units, so `alumni` with its units and `neighborhood(includeUnits)` meet big trees.
 */
export function organizationTable(tier: TierSpec): OrgTable {
  const total = tier.organizations;
  const topLevel = Math.max(tier.hubs + 4, Math.ceil(total / 4));
  const kind: OrgKind[] = [];
  const parent = new Int32Array(total).fill(-1);
  const root = new Int32Array(total);
  const hubs = Array.from({ length: tier.hubs }, (_, i) => i);
  const universityHubs = Math.ceil(tier.hubs / 2);
  for (let i = 0; i < topLevel; i++) {
    root[i] = i;
    if (i < tier.hubs) kind.push(i < universityHubs ? 'UNIVERSITY' : 'COMPANY');
    else kind.push((['UNIVERSITY', 'UNIVERSITY', 'COMPANY', 'COMPANY', 'LAB', 'INSTITUTE'] as const)[i % 6] ?? 'LAB');
  }
  const unitsOf = new Map<number, number[]>();
  const roots = new Zipf(topLevel - tier.hubs, 0.8);
  for (let unit = topLevel; unit < total; unit++) {
    const random = randomFor(tier.seed, STREAM.organization, unit);
    const top = random() < 0.4 ? (hubs[unit % hubs.length] ?? 0) : tier.hubs + roots.draw(random);
    const siblings = unitsOf.get(top) ?? [];
    // Half the units hang under an earlier unit of the same tree: trees three or four deep.
    const under =
      siblings.length > 0 && random() < 0.5 ? (siblings[Math.floor(random() * siblings.length)] ?? top) : top;
    parent[unit] = under;
    root[unit] = top;
    kind.push(kind[top] === 'UNIVERSITY' ? 'UNIVERSITY' : 'LAB');
    siblings.push(unit);
    unitsOf.set(top, siblings);
  }
  const pool = (study: boolean): Pool => {
    const members = Array.from({ length: topLevel }, (_, i) => i).filter((i) => (kind[i] === 'UNIVERSITY') === study);
    const others = members.filter((i) => i >= tier.hubs);
    return { hubs: members.filter((i) => i < tier.hubs), others, zipf: new Zipf(others.length, 0.8) };
  };
  return { kind, parent, root, unitsOf, universities: pool(true), employers: pool(false) };
}

/** Picks where one affiliation goes: a hub a quarter of the time, else by Zipf; then the org or one of its units. */
export function affiliationTarget(table: OrgTable, pool: Pool, random: Random): number {
  const top =
    pool.hubs.length > 0 && random() < HUB_SHARE
      ? (pool.hubs[Math.floor(random() * pool.hubs.length)] ?? 0)
      : (pool.others[pool.zipf.draw(random)] ?? 0);
  const units = table.unitsOf.get(top) ?? [];
  return units.length > 0 && random() < 0.7 ? (units[Math.floor(random() * units.length)] ?? top) : top;
}
