import type { SeedNode, SeedRelationship } from '@cohort/seed';
import type { TierSpec } from '../tiers.ts';
import { mentorOf, personFacts, personLaws } from './facts.ts';
import { organizationTable, type OrgTable } from './organizations.ts';
import { personNode } from './people.ts';
import { publicationFacts, publicationLaws, publicationNode } from './publications.ts';
import { relation } from './relation.ts';
import { ids } from './streams.ts';
import { queryTargets, type QueryTargets } from './targets.ts';

/** A tier's graph as two streams, regenerated identically on every pass. */
export interface SyntheticGraph {
  tier: TierSpec;
  /** The source name every fact's evidence cites. */
  source: string;
  nodeCount: number;
  nodes(): Generator<SeedNode>;
  relationships(): Generator<SeedRelationship>;
  targets: QueryTargets;
  orgs: OrgTable;
}

function thing(kind: 'SKILL' | 'TOPIC' | 'VENUE', id: string, name: string): SeedNode {
  return { id, kind, name, aliases: [], details: { description: `Synthetic ${kind.toLowerCase()}` } };
}

export function syntheticGraph(tier: TierSpec): SyntheticGraph {
  const orgs = organizationTable(tier);
  const people = personLaws(tier);
  const pubs = publicationLaws(tier);
  const source = `bench-${tier.name.toLowerCase()}.txt`;

  function* nodes(): Generator<SeedNode> {
    for (let i = 0; i < tier.organizations; i++) {
      const orgKind = orgs.kind[i] ?? 'LAB';
      const name = orgs.parent[i] === -1 ? `${orgKind.charAt(0)}${orgKind.slice(1).toLowerCase()} ${i}` : `Unit ${i}`;
      yield { id: ids.organization(i), kind: 'ORGANIZATION', name, aliases: [], details: { orgKind } };
    }
    for (let i = 0; i < tier.skills; i++) yield thing('SKILL', ids.skill(i), `Skill ${i}`);
    for (let i = 0; i < tier.topics; i++) yield thing('TOPIC', ids.topic(i), `Topic ${i}`);
    for (let i = 0; i < tier.venues; i++) yield thing('VENUE', ids.venue(i), `Venue ${i}`);
    for (let i = 0; i < tier.people; i++) yield personNode(tier, i);
    for (let i = 0; i < tier.publications; i++) yield publicationNode(tier, pubs, i);
  }

  function* relationships(): Generator<SeedRelationship> {
    for (let i = 0; i < tier.organizations; i++) {
      const parent = orgs.parent[i] ?? -1;
      if (parent >= 0) yield relation(source, i + 1, 'PART_OF', ids.organization(i), ids.organization(parent), '');
    }
    for (let i = 0; i < tier.people; i++) yield* personFacts(tier, orgs, people, i, source);
    for (let i = 0; i < tier.publications; i++) yield* publicationFacts(tier, pubs, i, source);
  }

  const nodeCount = tier.organizations + tier.skills + tier.topics + tier.venues + tier.people + tier.publications;
  return { tier, source, nodeCount, nodes, relationships, targets: queryTargets(tier, mentorOf), orgs };
}
