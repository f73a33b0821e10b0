import type { SeedRelationship } from '@cohort/seed';
import { Zipf, between, pick, randomFor } from '../random.ts';
import type { TierSpec } from '../tiers.ts';
import { FIELDS, ROLES } from './names.ts';
import { affiliationTarget, type OrgTable } from './organizations.ts';
import { relation } from './relation.ts';
import { STREAM, ids } from './streams.ts';

/** The draws shared by every person's facts, built once per tier. */
export interface PersonLaws {
  skills: Zipf;
  topics: Zipf;
}

export const personLaws = (tier: TierSpec): PersonLaws => ({
  skills: new Zipf(tier.skills - 1, 0.9),
  topics: new Zipf(tier.topics, 0.9),
});

/**
 * The mentor of person `index`, if any: a fifth of people have one, drawn from the first 20–80%
 * of the ids before them, so lineages run several generations deep.
 */
export function mentorOf(tier: TierSpec, index: number): number | undefined {
  const random = randomFor(tier.seed, STREAM.personFacts + 1000, index);
  if (index < 20 || random() >= 0.2) return undefined;
  return Math.floor(index * (0.2 + 0.6 * random()));
}

/** A person's education, work, skills, topics and mentor, with years that follow one another. */
export function* personFacts(
  tier: TierSpec,
  orgs: OrgTable,
  laws: PersonLaws,
  index: number,
  source: string,
): Generator<SeedRelationship> {
  const random = randomFor(tier.seed, STREAM.personFacts, index);
  const person = ids.person(index);
  const line = index + 1;
  let year = 1960 + Math.floor(random() * 45) + 18;
  const studies = random() < 0.3 ? 1 : 2;
  for (let s = 0; s < studies; s++) {
    const org = ids.organization(affiliationTarget(orgs, orgs.universities, random));
    const length = s === 0 ? 4 : between(random, 4, 6);
    yield relation(source, line, 'STUDIED_AT', person, org, `s${s + 1}`, {
      degree: s === 0 ? 'B.Sc.' : 'Ph.D.',
      field: pick(random, FIELDS),
      start: String(year),
      end: String(year + length),
    });
    year += length;
  }
  const u = random();
  const jobs = u < 0.2 ? 0 : u < 0.8 ? 1 : 2;
  for (let j = 0; j < jobs; j++) {
    const org = ids.organization(affiliationTarget(orgs, orgs.employers, random));
    const length = between(random, 2, 10);
    const current = j === jobs - 1 && random() < 0.5;
    yield relation(source, line, 'WORKED_AT', person, org, `w${j + 1}`, {
      role: pick(random, ROLES),
      start: String(year),
      ...(current ? {} : { end: String(year + length) }),
    });
    year += length;
  }
  const skills = new Set<number>();
  if (random() < tier.topSkillHolders / tier.people) skills.add(0);
  for (let k = between(random, 1, 3); k > 0; k--) skills.add(1 + laws.skills.draw(random));
  for (const skill of skills) yield relation(source, line, 'HAS_SKILL', person, ids.skill(skill), '');
  if (random() < 0.6) yield relation(source, line, 'RESEARCHES', person, ids.topic(laws.topics.draw(random)), '');
  const mentor = mentorOf(tier, index);
  if (mentor !== undefined) {
    yield relation(source, line, 'MENTORED', ids.person(mentor), person, '', { context: 'advisor' });
  }
}
