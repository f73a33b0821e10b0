import type { SeedNode } from '@cohort/seed';
import { pick, randomFor } from '../random.ts';
import type { TierSpec } from '../tiers.ts';
import { RARE_NAME, ROLES, WANG_WEI, randomChineseName, randomWesternName, type PersonName } from './names.ts';
import { STREAM, ids } from './streams.ts';

/** 王伟 every `step` people from 0, so they spread over the id range (and the load's slices). */
export const wangWeiStep = (tier: TierSpec) => Math.floor(tier.people / tier.wangWei);

/** The one person named RARE_NAME; never one of the 王伟 (their indexes are multiples of the step). */
export function rarePersonIndex(tier: TierSpec): number {
  const index = Math.floor(tier.people * 0.37);
  return index % wangWeiStep(tier) === 0 ? index + 1 : index;
}

export function personName(tier: TierSpec, index: number): PersonName {
  if (index === rarePersonIndex(tier)) return { name: RARE_NAME, aliases: [] };
  const step = wangWeiStep(tier);
  if (index % step === 0 && index / step < tier.wangWei) return WANG_WEI;
  const random = randomFor(tier.seed, STREAM.person, index);
  // The 王伟 count towards the Chinese share, so the others are drawn a little less often.
  const chinese = (tier.chineseShare * tier.people - tier.wangWei) / (tier.people - tier.wangWei);
  return random() < chinese ? randomChineseName(random) : randomWesternName(random);
}

export function personNode(tier: TierSpec, index: number): SeedNode {
  const name = personName(tier, index);
  const random = randomFor(tier.seed, STREAM.person + 1000, index);
  return {
    id: ids.person(index),
    kind: 'PERSON',
    name: name.name,
    ...(name.nameZh ? { nameZh: name.nameZh } : {}),
    aliases: name.aliases,
    details: { headline: `${pick(random, ROLES)} (synthetic)`, partial: false },
  };
}
