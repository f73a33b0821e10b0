import type { EntityKind } from '../kinds.ts';
import type { EntityRecord, Identifiers } from '../records/model.ts';
import { nameKeysOf, titleKey } from './name-keys.ts';
import { personNameKey, thingNameKey } from './identity.ts';

/** Which identifiers make two records of a kind one entity. */
const STRONG_IDS: Partial<Record<EntityKind, (keyof Identifiers)[]>> = {
  PERSON: ['orcid', 'openalex', 'wikidata', 'dblp', 'dblpName', 'scopus', 'isni'],
  ORGANIZATION: ['ror', 'openalex', 'wikidata', 'isni'],
  PUBLICATION: ['doi', 'openalex', 'wikidata', 'dblp'],
  VENUE: ['openalex', 'wikidata'],
};

export function strongIds(kind: EntityKind): (keyof Identifiers)[] {
  return STRONG_IDS[kind] ?? ['wikidata'];
}

/** Why two records were taken for one entity; kept with the import's report. */
export interface MergeReason {
  a: string;
  b: string;
  reason: string;
}

/** Two people who may be one, not merged for want of corroboration. */
export interface PossibleDuplicate {
  a: EntityRecord;
  b: EntityRecord;
  for: string[];
  against: string[];
}

export interface Clustering {
  /** Entity records grouped: each group is one entity. */
  clusters: EntityRecord[][];
  clusterOf: Map<EntityRecord, number>;
  merges: MergeReason[];
  possibleDuplicates: PossibleDuplicate[];
}

class UnionFind {
  private readonly parent: number[];
  constructor(size: number) {
    this.parent = Array.from({ length: size }, (_, i) => i);
  }
  find(i: number): number {
    while (this.parent[i] !== i) i = this.parent[i] = this.parent[this.parent[i]!]!;
    return i;
  }
  union(a: number, b: number): boolean {
    const [ra, rb] = [this.find(a), this.find(b)];
    if (ra === rb) return false;
    this.parent[rb] = ra;
    return true;
  }
}

function conflictingIds(a: EntityRecord[], b: EntityRecord[]): string | undefined {
  for (const kind of strongIds(a[0]!.kind)) {
    const left = new Set(a.map((r) => r.ids?.[kind]).filter(Boolean));
    const right = new Set(b.map((r) => r.ids?.[kind]).filter(Boolean));
    if (left.size > 0 && right.size > 0 && ![...left].some((v) => right.has(v))) return kind;
  }
  return undefined;
}

/** What a person is seen with: the other ends of their relations and their co-authors' names. */
export interface PersonContext {
  /** Records (organizations, publications…) a person's relations reach. */
  neighbours: Map<EntityRecord, EntityRecord[]>;
  /** Publication records a person authored. */
  authored: Map<EntityRecord, EntityRecord[]>;
  /** Authors of each publication record. */
  authors: Map<EntityRecord, EntityRecord[]>;
}

/**
 * Groups a dataset's entity records into entities. Strong identifiers join records of a kind;
 * names join things (organizations, venues, skills…) and publications (DOI first, else title
 * and year). People with the same name join only when something corroborates it: a shared
 * organization, a shared co-author, or a shared homepage; otherwise they are listed as
 * possible duplicates. Records with different values of one identifier never join.
 */
export function clusterRecords(
  entities: EntityRecord[],
  context: PersonContext,
  options: { flagKnownApart?: boolean } = {},
): Clustering {
  const index = new Map(entities.map((e, i) => [e, i]));
  const sets = new UnionFind(entities.length);
  const merges: MergeReason[] = [];
  const join = (a: EntityRecord, b: EntityRecord, reason: string) => {
    if (sets.union(index.get(a)!, index.get(b)!) && reason) merges.push({ a: a.ref, b: b.ref, reason });
  };

  const byKey = new Map<string, EntityRecord>();
  const keyed = (key: string, record: EntityRecord, reason: string) => {
    const first = byKey.get(key);
    if (first) join(first, record, reason);
    else byKey.set(key, record);
  };
  for (const record of entities) {
    keyed(`ref|${record.ref}`, record, '');
    for (const idKind of strongIds(record.kind)) {
      const value = record.ids?.[idKind];
      if (value) keyed(`${record.kind}|${idKind}|${value.toLowerCase()}`, record, `same ${idKind} ${value}`);
    }
    if (record.kind === 'PERSON' && record.email) keyed(`email|${record.email.toLowerCase()}`, record, 'same e-mail');
  }
  for (const record of entities) {
    if (record.kind === 'PERSON') continue;
    if (record.kind === 'PUBLICATION') {
      const title = titleKey(record.name);
      if (title && !record.ids?.doi) keyed(`PUB|${title}|${record.details?.year ?? ''}`, record, 'same title and year');
      continue;
    }
    const key = thingNameKey(record.name);
    if (key) keyed(`${record.kind}|name|${key}`, record, `same name "${record.name}"`);
  }
  joinCorroboratedPeople(entities, context, sets, index, merges);

  const groups = new Map<number, EntityRecord[]>();
  for (const record of entities) {
    const root = sets.find(index.get(record)!);
    groups.set(root, [...(groups.get(root) ?? []), record]);
  }
  const clusters = [...groups.values()];
  const clusterOf = new Map<EntityRecord, number>();
  clusters.forEach((members, i) => members.forEach((m) => clusterOf.set(m, i)));
  const flagKnownApart = options.flagKnownApart ?? true;
  return { clusters, clusterOf, merges, possibleDuplicates: possibleDuplicates(clusters, context, flagKnownApart) };
}

function joinCorroboratedPeople(
  entities: EntityRecord[],
  context: PersonContext,
  sets: UnionFind,
  index: Map<EntityRecord, number>,
  merges: MergeReason[],
): void {
  const byName = new Map<string, EntityRecord[]>();
  for (const record of entities) {
    if (record.kind !== 'PERSON') continue;
    for (const key of nameKeysOf('PERSON', [record.name, record.nameZh])) {
      byName.set(key, [...(byName.get(key) ?? []), record]);
    }
  }
  const root = (r: EntityRecord) => sets.find(index.get(r)!);
  // Each group's records, kept up to date as groups join: a person named on thousands of
  // papers is one group to compare, not thousands of records.
  const membersOf = new Map<number, EntityRecord[]>();
  for (const record of entities) {
    if (record.kind === 'PERSON') membersOf.set(root(record), [...(membersOf.get(root(record)) ?? []), record]);
  }
  const members = (r: EntityRecord) => membersOf.get(root(r))!;
  for (const records of byName.values()) {
    const namesakes = [...new Map(records.map((r) => [root(r), r])).values()];
    for (let i = 0; i < namesakes.length; i++) {
      for (let j = i + 1; j < namesakes.length; j++) {
        const [a, b] = [namesakes[i]!, namesakes[j]!];
        if (root(a) === root(b)) continue;
        if (conflictingIds(members(a), members(b))) continue;
        if (sharePublication(members(a), members(b), context)) continue;
        const why = corroboration(members(a), members(b), context, root);
        if (!why) continue;
        const joined = [...members(a), ...members(b)];
        if (sets.union(index.get(a)!, index.get(b)!)) {
          membersOf.set(root(a), joined);
          merges.push({ a: a.ref, b: b.ref, reason: why });
        }
      }
    }
  }
}

/** Two authors of one paper are two people, whatever their names. */
function sharePublication(a: EntityRecord[], b: EntityRecord[], context: PersonContext): boolean {
  const papers = new Set(a.flatMap((p) => context.authored.get(p) ?? []));
  return b.some((p) => (context.authored.get(p) ?? []).some((paper) => papers.has(paper)));
}

function corroboration(
  a: EntityRecord[],
  b: EntityRecord[],
  context: PersonContext,
  root: (r: EntityRecord) => number,
): string | undefined {
  const nameOf = (r: EntityRecord) => `"${a[0]!.name}"${r === a[0] ? '' : ''}`;
  const homepages = new Set(a.map((p) => p.homepage).filter(Boolean));
  const homepage = b.find((p) => p.homepage && homepages.has(p.homepage))?.homepage;
  if (homepage) return `same name ${nameOf(a[0]!)} and the same homepage ${homepage}`;
  const organizations = (people: EntityRecord[]) =>
    new Map(
      people
        .flatMap((p) => context.neighbours.get(p) ?? [])
        .filter((n) => n.kind === 'ORGANIZATION')
        .map((n) => [thingNameKey(n.name) ?? n.ref, n]),
    );
  const orgsA = organizations(a);
  const sharedOrg = [...organizations(b).keys()].find((key) => orgsA.has(key));
  if (sharedOrg) return `same name ${nameOf(a[0]!)} and a shared organization, ${orgsA.get(sharedOrg)!.name}`;
  const coauthors = (people: EntityRecord[]) => {
    const own = new Set(people.map(root));
    const names = new Map<string, string>();
    for (const person of people) {
      for (const paper of context.authored.get(person) ?? []) {
        for (const author of context.authors.get(paper) ?? []) {
          if (own.has(root(author))) continue;
          const key = personNameKey(author.name);
          if (key) names.set(key, author.name);
        }
      }
    }
    return names;
  };
  const coauthorsA = coauthors(a);
  const shared = [...coauthors(b).keys()].find((key) => coauthorsA.has(key));
  if (shared) return `same name ${nameOf(a[0]!)} and a shared co-author, ${coauthorsA.get(shared)}`;
  return undefined;
}

/**
 * Same-named people left apart. Those whose identifiers differ are known to be two people; they
 * are listed unless `flagKnownApart` is false (a large DBLP file, where every homonym number
 * would otherwise pair with every other of its name).
 */
function possibleDuplicates(
  clusters: EntityRecord[][],
  context: PersonContext,
  flagKnownApart: boolean,
): PossibleDuplicate[] {
  const byName = new Map<string, EntityRecord[][]>();
  for (const cluster of clusters) {
    if (cluster[0]!.kind !== 'PERSON') continue;
    const keys = new Set(cluster.flatMap((r) => nameKeysOf('PERSON', [r.name, r.nameZh])));
    for (const key of keys) byName.set(key, [...(byName.get(key) ?? []), cluster]);
  }
  const found: PossibleDuplicate[] = [];
  const seen = new Set<string>();
  for (const group of byName.values()) {
    for (let i = 0; i < group.length; i++) {
      for (let j = i + 1; j < group.length; j++) {
        const [a, b] = [group[i]!, group[j]!];
        const pair = `${a[0]!.ref}|${b[0]!.ref}`;
        if (seen.has(pair)) continue;
        seen.add(pair);
        const against: string[] = ['nothing else links them: no shared organization, co-author or homepage'];
        const ids = conflictingIds(a, b);
        if (ids && !flagKnownApart) continue;
        if (ids) against.unshift(`different ${ids}`);
        if (sharePublication(a, b, context)) against.unshift('both are authors of one paper');
        found.push({ a: a[0]!, b: b[0]!, for: [`the same name, ${a[0]!.name} and ${b[0]!.name}`], against });
      }
    }
  }
  return found;
}
