import type { SeedNode, SeedRelationship } from '@cohort/seed';
import { Zipf, randomFor } from '../random.ts';
import type { TierSpec } from '../tiers.ts';
import { publicationTitle } from './names.ts';
import { relation } from './relation.ts';
import { STREAM, ids } from './streams.ts';

/** Productivity rank → person: a fixed permutation, so the prolific are spread over the ids. */
export function authorAt(tier: TierSpec, rank: number): number {
  return (rank * 7919 + Math.floor(tier.people / 3)) % tier.people;
}

export const authorPool = (tier: TierSpec) => Math.round(tier.people * tier.authorShare);

export interface PublicationLaws {
  authors: Zipf;
  venues: Zipf;
}

export const publicationLaws = (tier: TierSpec): PublicationLaws => ({
  authors: new Zipf(authorPool(tier), tier.authorExponent),
  venues: new Zipf(tier.venues, 1),
});

/** The draws of one publication, made the same way for its node and its relationships. */
function draw(tier: TierSpec, laws: PublicationLaws, index: number) {
  const random = randomFor(tier.seed, STREAM.publication, index);
  const title = publicationTitle(random, index);
  // Recent years are more common: the literature grows.
  const year = 2024 - Math.floor(35 * random() * random());
  const venue = laws.venues.draw(random);
  // 1 + a geometric-like tail: mean about four authors, at most twelve.
  const count = Math.min(12, 1 + Math.floor(-Math.log(1 - random()) * 3.6));
  const authors: number[] = [];
  while (authors.length < count) {
    const person = authorAt(tier, laws.authors.draw(random));
    if (!authors.includes(person)) authors.push(person);
  }
  return { title, year, venue, authors };
}

export function publicationNode(tier: TierSpec, laws: PublicationLaws, index: number): SeedNode {
  const { title, year } = draw(tier, laws, index);
  return {
    id: ids.publication(index),
    kind: 'PUBLICATION',
    name: title,
    aliases: [],
    details: { year, pubKind: 'paper' },
  };
}

export function* publicationFacts(
  tier: TierSpec,
  laws: PublicationLaws,
  index: number,
  source: string,
): Generator<SeedRelationship> {
  const { venue, authors } = draw(tier, laws, index);
  const pub = ids.publication(index);
  const line = tier.people + index + 1;
  yield relation(source, line, 'PUBLISHED_IN', pub, ids.venue(venue), '');
  for (const [position, person] of authors.entries()) {
    yield relation(source, line, 'AUTHORED', ids.person(person), pub, '', { position: position + 1 });
  }
}
