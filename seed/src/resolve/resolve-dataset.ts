import { createHash } from 'node:crypto';
import neo4j, { type Driver } from 'neo4j-driver';
import { redactEmails } from '../checks/email.ts';
import { findPhoneNumber } from '../checks/phone.ts';
import type { SeedGraph, SeedNode, SeedRelationship } from '../graph/types.ts';
import {
  FACT_PROPERTY_USE,
  ID_PREFIX,
  RELATION_ENDS,
  RELATIONSHIP_TYPE,
  type EntityKind,
  type FactProperty,
} from '../kinds.ts';
import type { EntityRecord, Evidence, ImportRecord, RelationRecord, SkippedRecord } from '../records/model.ts';
import { pairId, readDecisions, type Decision } from '../decide/decide.ts';
import { clusterRecords, strongIds, type MergeReason, type PersonContext, type PossibleDuplicate } from './cluster.ts';
import { IDENTIFIER_PROPERTIES } from '../store/cypher.ts';
import {
  COMPATIBLE_NAMESAKES,
  CONNECTED_PAIRS,
  EXISTING_IDS,
  FIND_BY,
  RELATIONSHIPS_BETWEEN,
  type LookupProperty,
} from './cypher.ts';
import { nameKeysOf, titleKey } from './name-keys.ts';
import { canonicalOrganizationName } from './organization-registry.ts';

const HAN = /\p{Script=Han}/u;

export interface ResolutionReport {
  records: number;
  entities: { created: number; matched: number };
  /** Records of this dataset taken for one entity, and why. */
  merges: MergeReason[];
  /** Entities of this dataset found in the graph already, and how. */
  matches: { ref: string; id: string; reason: string }[];
  possibleDuplicates: FlaggedPair[];
  skipped: SkippedRecord[];
  warnings: { file: string; locator: string; warning: string }[];
  /** Entries left out of each list above to keep the report small (a file read in parts). */
  omitted?: { merges: number; matches: number; possibleDuplicates: number; skipped: number; warnings: number };
}

/** Two people who may be one: how the report names them, their entity ids, and where the dataset says so. */
export interface FlaggedPair {
  a: string;
  b: string;
  for: string[];
  against: string[];
  entities: [string, string];
  where: string;
}

export interface ResolvedDataset {
  graph: SeedGraph;
  report: ResolutionReport;
}

/**
 * Identifiers whose digits would pass for a phone number: OpenAlex and Wikidata ids (W2741809807,
 * Q5798647), ORCID iDs, DOIs and URLs. They are set aside while phone numbers are looked for.
 */
const IDENTIFIER_TOKENS = /https?:\/\/\S+|\b10\.\d{4,9}\/\S+|\b\d{4}-\d{4}-\d{4}-\d{3}[\dX]\b|\b[A-Z]\d{4,}\b/g;

/** A record's words, as they may be stored: e-mail addresses and phone numbers removed. */
export function safeSnippet(text: string): string {
  const kept: string[] = [];
  let out = redactEmails(text).replace(IDENTIFIER_TOKENS, (token) => `\uE000${kept.push(token) - 1}\uE000`);
  for (let phone = findPhoneNumber(out); phone; phone = findPhoneNumber(out)) out = out.replace(phone, '[phone]');
  return out.replace(/\uE000(\d+)\uE000/g, (_, i: string) => kept[Number(i)]!);
}

function slug(name: string): string {
  const ascii = name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  return (ascii || 'unnamed').slice(0, 60);
}

interface Entity {
  members: EntityRecord[];
  kind: EntityKind;
  name: string;
  nameZh?: string;
  aliases: string[];
  ids: Record<string, string>;
  details: Record<string, string | number | boolean>;
  /** The graph node it is, once known. */
  id?: string;
  matchedBy?: string;
  /** Found among what an earlier part of this run wrote: counted there, not again. */
  earlier?: boolean;
}

/** What the graph says of a node that resolution looks at. */
interface Hit {
  id: string;
  kind: string;
  datasets: string[];
  /** The node's identifiers, by scheme. */
  ids: Record<string, string | null>;
  /** The import run that last asserted it, for a dataset read in parts. */
  run: string | null;
}

/** The node holds another value of one of the entity's identifier schemes: a namesake, not the same. */
function conflicting(entity: Entity, hit: Hit): boolean {
  return strongIds(entity.kind).some((scheme) => {
    const mine = entity.ids[scheme];
    const theirs = hit.ids[scheme];
    return !!mine && !!theirs && mine.toLowerCase() !== theirs.toLowerCase();
  });
}

/** Every identifier of the entity's schemes that the node holds, the entity holds too. */
function identifiedAlike(entity: Entity, hit: Hit): boolean {
  return strongIds(entity.kind).every((scheme) => !hit.ids[scheme] || entity.ids[scheme] === hit.ids[scheme]);
}

/** Ids tried at a time past the readable one (`person:wei-wang-2` …) when the graph holds many namesakes. */
const ID_WINDOW = 50;

function toEntity(members: EntityRecord[]): Entity {
  const names = members.flatMap((m) => [m.name, m.nameZh, ...(m.aliases ?? [])]).filter((n): n is string => !!n);
  const latin = names.find((n) => !HAN.test(n));
  const han = members.map((m) => m.nameZh).find(Boolean) ?? names.find((n) => HAN.test(n));
  const name = latin ?? han ?? members[0]!.name;
  const ids: Record<string, string> = {};
  const details: Record<string, string | number | boolean> = {};
  for (const member of members) {
    for (const [kind, value] of Object.entries(member.ids ?? {})) if (value && !ids[kind]) ids[kind] = value;
    for (const [key, value] of Object.entries(member.details ?? {})) if (!(key in details)) details[key] = value;
    if (member.homepage && !details.homepage) details.homepage = member.homepage;
  }
  const aliases = [...new Set(names.filter((n) => n !== name && n !== han))];
  return { members, kind: members[0]!.kind, name, nameZh: han !== name ? han : undefined, aliases, ids, details };
}

/** Checks a relation against the kind table; a reason when it cannot be stored. */
function relationProblem(relation: RelationRecord, refs: Map<string, EntityRecord>): string | undefined {
  const from = refs.get(relation.from);
  const to = refs.get(relation.to);
  if (!from || !to) return `points at a record that is not in the file (${!from ? relation.from : relation.to})`;
  const ends = RELATION_ENDS[relation.kind];
  if (!ends.from.includes(from.kind) || !ends.to.includes(to.kind)) {
    return `${relation.kind} cannot join a ${from.kind.toLowerCase()} to a ${to.kind.toLowerCase()}`;
  }
  return undefined;
}

function allowedValues(relation: RelationRecord): Partial<Record<FactProperty, string | number>> {
  const values: Partial<Record<FactProperty, string | number>> = {};
  for (const [key, value] of Object.entries(relation.values ?? {}) as [FactProperty, string | number][]) {
    const use = FACT_PROPERTY_USE[key];
    if (value === undefined || value === '' || (use && !use.includes(relation.kind))) continue;
    values[key] = value;
  }
  return values;
}

/**
 * Turns one dataset's records into the graph it asserts: its records grouped into entities
 * (see cluster.ts), each entity found in the graph when it is already there (by identifier,
 * by the organization registry, by name for things and titles, by name and a connection for
 * people), new ones given readable ids, and relations given stable ids and their evidence.
 */
export async function resolveDataset(
  driver: Driver,
  records: ImportRecord[],
  options: {
    dataset: string;
    database?: string;
    decisions?: Decision[];
    /**
     * The run writing a dataset in parts: nodes it stamped were written by its earlier parts,
     * so they are neither found "in the graph" nor taken for the dataset's word of before.
     */
    run?: string;
  },
): Promise<ResolvedDataset> {
  const thisRun = (hit: Hit) => options.run !== undefined && hit.run === options.run;
  const matchTo = (entity: Entity, hit: Hit, reason: string) =>
    Object.assign(entity, { id: hit.id, matchedBy: reason, earlier: thisRun(hit) });
  const report: ResolutionReport = {
    records: records.length,
    entities: { created: 0, matched: 0 },
    merges: [],
    matches: [],
    possibleDuplicates: [],
    skipped: records.filter((r): r is SkippedRecord => r.type === 'skipped'),
    warnings: [],
  };
  const entityRecords = records.filter((r): r is EntityRecord => r.type === 'entity');
  const refs = new Map(entityRecords.map((r) => [r.ref, r]));
  const relations: RelationRecord[] = [];
  for (const relation of records.filter((r): r is RelationRecord => r.type === 'relation')) {
    const problem = relationProblem(relation, refs);
    if (problem)
      report.skipped.push({
        type: 'skipped',
        file: relation.evidence.file,
        locator: relation.evidence.locator,
        reason: problem,
      });
    else relations.push(relation);
  }
  for (const record of [...entityRecords, ...relations]) {
    for (const warning of record.warnings ?? []) {
      report.warnings.push({ file: record.evidence.file, locator: record.evidence.locator, warning });
    }
  }

  const context: PersonContext = { neighbours: new Map(), authored: new Map(), authors: new Map() };
  const push = <K, V>(map: Map<K, V[]>, key: K, value: V) => map.set(key, [...(map.get(key) ?? []), value]);
  for (const relation of relations) {
    const [from, to] = [refs.get(relation.from)!, refs.get(relation.to)!];
    push(context.neighbours, from, to);
    push(context.neighbours, to, from);
    if (relation.kind === 'AUTHORED') {
      push(context.authored, from, to);
      push(context.authors, to, from);
    }
  }
  const clustering = clusterRecords(entityRecords, context, { flagKnownApart: options.run === undefined });
  report.merges = clustering.merges;
  const entities = clustering.clusters.map(toEntity);
  const entityOf = (ref: string) => entities[clustering.clusterOf.get(refs.get(ref)!)!]!;

  let relationships!: SeedRelationship[];
  const session = driver.session({ database: options.database, defaultAccessMode: 'READ' });
  try {
    const run = async (statement: string, params: Record<string, unknown>) =>
      (await session.executeRead((tx) => tx.run(statement, params))).records.map((r) => r.toObject());
    const find = async (property: LookupProperty, values: string[]) =>
      values.length === 0
        ? []
        : ((await run(FIND_BY[property], { values: [...new Set(values)] })) as (Hit & {
            value: string;
            year: unknown;
          })[]);

    // 1. Identifiers, for every kind.
    for (const property of IDENTIFIER_PROPERTIES) {
      const wanting = entities.filter((e) => !e.id && e.ids[property] && strongIds(e.kind).includes(property));
      const found = await find(
        property,
        wanting.map((e) => e.ids[property]!),
      );
      for (const entity of wanting) {
        const hit = found.find((f) => f.value === entity.ids[property] && f.kind === entity.kind);
        if (hit) matchTo(entity, hit, `same ${property} ${entity.ids[property]}`);
      }
    }
    // 2. Names, for everything but people: the registry's canonical name first for organizations.
    const named = entities.filter((e) => !e.id && e.kind !== 'PERSON');
    const keysOf = (e: Entity) =>
      e.kind === 'PUBLICATION'
        ? [titleKey(e.name)].filter((k): k is string => !!k)
        : nameKeysOf(e.kind, [
            e.kind === 'ORGANIZATION' ? canonicalOrganizationName([e.name, e.nameZh, ...e.aliases]) : undefined,
            e.name,
            e.nameZh,
            ...e.aliases,
          ]);
    const byName = await find('nameKey', named.flatMap(keysOf));
    for (const entity of named) {
      const keys = keysOf(entity);
      const hit = byName.find(
        (f) =>
          keys.includes(f.value) &&
          f.kind === entity.kind &&
          (entity.kind !== 'PUBLICATION' ||
            f.year == null ||
            entity.details.year === undefined ||
            Number(f.year) === Number(entity.details.year)),
      );
      if (hit) matchTo(entity, hit, `same ${entity.kind === 'PUBLICATION' ? 'title' : 'name'} "${entity.name}"`);
    }
    // 3. People by name, when the graph shows them connected to something this dataset says they are connected to.
    const people = entities.filter((e) => !e.id && e.kind === 'PERSON');
    const personKeys = (e: Entity) => nameKeysOf('PERSON', [e.name, e.nameZh, ...e.aliases]);
    const hitsOf = await namesakesIn(run, people, personKeys, options.run !== undefined);
    const namesakesOf = (person: Entity) => hitsOf(person).filter((hit) => !conflicting(person, hit));
    const namesakesInGraph: { person: Entity; other: string }[] = [];
    const pairs: { a: Hit; b: string; person: Entity; other: Entity }[] = [];
    for (const person of people) {
      const candidates = new Map(namesakesOf(person).map((f) => [f.id, f]));
      const neighbours = person.members.flatMap((m) => context.neighbours.get(m) ?? []).map((r) => entityOf(r.ref));
      const coauthors = person.members
        .flatMap((m) => context.authored.get(m) ?? [])
        .flatMap((paper) => context.authors.get(paper) ?? [])
        .map((r) => entityOf(r.ref))
        .filter((e) => e !== person);
      for (const candidate of candidates.values()) {
        for (const other of [...neighbours, ...coauthors])
          if (other.id) pairs.push({ a: candidate, b: other.id, person, other });
      }
    }
    const connected =
      pairs.length === 0
        ? []
        : ((await run(CONNECTED_PAIRS, { pairs: pairs.map(({ a, b }) => ({ a: a.id, b })) })) as {
            a: string;
            b: string;
          }[]);
    for (const pair of pairs) {
      if (pair.person.id || !connected.some((c) => c.a === pair.a.id && c.b === pair.b)) continue;
      matchTo(pair.person, pair.a, `same name "${pair.person.name}", and connected to ${pair.other.name} in the graph`);
    }
    // A dataset read in parts flags namesakes of other datasets only, and not those its
    // identifiers tell apart: its own nodes are what its other parts (or an interrupted run of
    // it) wrote, and within a part the clustering flags.
    const flaggable = (person: Entity, hit: Hit) =>
      options.run === undefined || (!hit.datasets.includes(options.dataset) && !conflicting(person, hit));
    for (const person of people.filter((p) => !p.id)) {
      const hits = hitsOf(person);
      // A re-import finds the people this dataset itself brought in before.
      const own = [
        ...new Map(
          hits
            .filter((f) => f.datasets.includes(options.dataset) && !thisRun(f) && !conflicting(person, f))
            .map((f) => [f.id, f]),
        ).values(),
      ];
      if (own.length === 1) {
        matchTo(person, own[0]!, `same name "${person.name}", brought in by this dataset before`);
        // Its namesakes from elsewhere are still undecided: flagged as the first import flagged them.
        for (const other of new Set(hits.filter((hit) => flaggable(person, hit)).map((f) => f.id)))
          if (other !== own[0]!.id) namesakesInGraph.push({ person, other });
        continue;
      }
      for (const hit of hits.filter((h) => flaggable(person, h))) namesakesInGraph.push({ person, other: hit.id });
    }
    // 4. New entities get readable ids that are free in the graph and in the dataset; an id
    // this dataset gave the same entity in an earlier import is given again, so a re-import
    // of something only its name identifies (a one-word name) keeps its node.
    const fresh = entities.filter((e) => !e.id);
    const wanted = fresh.map((e) => `${ID_PREFIX[e.kind]}:${slug(e.name)}`);
    const numbered = (base: string, n: number) => (n === 1 ? base : `${base}-${n}`);
    const existing = new Map<string, Hit & { name: string }>();
    const looked = new Set<string>();
    const lookUp = async (ids: string[]) => {
      const unseen = [...new Set(ids)].filter((id) => !looked.has(id));
      if (unseen.length === 0) return;
      for (const id of unseen) looked.add(id);
      for (const node of (await run(EXISTING_IDS, { ids: unseen })) as (Hit & { name: string })[])
        existing.set(node.id, node);
    };
    await lookUp(wanted.flatMap((base) => [1, 2, 3, 4, 5].map((n) => numbered(base, n))));
    const taken = new Set<string>(entities.filter((e) => e.id).map((e) => e.id!));
    for (const [i, entity] of fresh.entries()) {
      const ours = (node: Hit & { name: string }) =>
        node.kind === entity.kind &&
        node.name === entity.name &&
        node.datasets.includes(options.dataset) &&
        !thisRun(node) &&
        identifiedAlike(entity, node);
      for (let n = 1; ; n++) {
        const id = numbered(wanted[i]!, n);
        if (!looked.has(id)) await lookUp(Array.from({ length: ID_WINDOW }, (_, k) => numbered(wanted[i]!, n + k)));
        const node = existing.get(id);
        if (taken.has(id) || (node && !ours(node))) continue;
        taken.add(id);
        entity.id = id;
        break;
      }
    }
    // 5. Decisions on possible duplicates: a pair decided different is not flagged again; one
    // decided the same becomes one entity, when the decision was about this dataset's entity.
    const flagged: { person: Entity; otherId: string; duplicate?: PossibleDuplicate }[] = [
      ...namesakesInGraph.map(({ person, other }) => ({ person, otherId: other })),
      ...clustering.possibleDuplicates.map((d) => ({
        person: entityOf(d.a.ref),
        otherId: entityOf(d.b.ref).id!,
        duplicate: d,
      })),
    ].filter(({ person, otherId }) => person.id !== otherId);
    const decided = await readDecisions(
      run,
      flagged.map((c) => pairId(c.person.id!, c.otherId)),
    );
    for (const d of options.decisions ?? []) decided.set(pairId(d.a, d.b), { decision: d.decision, datasets: [] });
    for (const candidate of flagged) {
      const { person, otherId } = candidate;
      const pair = pairId(person.id!, otherId);
      const decision = decided.get(pair);
      if (decision?.decision === 'different') continue;
      const fromFile = options.decisions?.some((d) => pairId(d.a, d.b) === pair) ?? false;
      if (decision?.decision === 'same' && (fromFile || decision.datasets.includes(options.dataset))) {
        Object.assign(person, { id: otherId, matchedBy: `decided to be the same person as ${otherId}` });
        continue;
      }
      if (candidate.duplicate) {
        report.possibleDuplicates.push(describeDuplicate(candidate.duplicate, entityOf));
        continue;
      }
      const where = `${person.members[0]!.evidence.file}, ${person.members[0]!.evidence.locator}`;
      report.possibleDuplicates.push({
        a: `${person.name} (${where})`,
        b: otherId,
        for: [`the same name as ${otherId}`],
        against: ['no identifier in common, and no connection in the graph to anything this dataset connects them to'],
        entities: [person.id!, otherId],
        where,
      });
    }
    relationships = toRelationships(relations, entityOf);
    await adoptExistingFacts(relationships, run);
  } finally {
    await session.close();
  }

  for (const entity of entities) {
    if (entity.earlier) continue;
    if (entity.matchedBy) {
      report.entities.matched++;
      report.matches.push({ ref: entity.members[0]!.ref, id: entity.id!, reason: entity.matchedBy });
    } else report.entities.created++;
  }
  return { graph: { nodes: combineNodes(entities.map(toNode)), relationships }, report };
}

function describeDuplicate(duplicate: PossibleDuplicate, entityOf: (ref: string) => Entity): FlaggedPair {
  const where = (r: EntityRecord) => `${r.evidence.file}, ${r.evidence.locator}`;
  const label = (r: EntityRecord) => `${entityOf(r.ref).id} (${where(r)})`;
  return {
    a: label(duplicate.a),
    b: label(duplicate.b),
    for: duplicate.for,
    against: duplicate.against,
    entities: [entityOf(duplicate.a.ref).id!, entityOf(duplicate.b.ref).id!],
    where: `${where(duplicate.a)}; ${where(duplicate.b)}`,
  };
}

/** Entities decided to be one arrive as one node: the first keeps its name, the others' names become aliases. */
function combineNodes(nodes: SeedNode[]): SeedNode[] {
  const byId = new Map<string, SeedNode>();
  for (const node of nodes) {
    const first = byId.get(node.id);
    if (!first) {
      byId.set(node.id, node);
      continue;
    }
    const names = [node.name, node.nameZh, ...node.aliases].filter((n): n is string => !!n);
    first.aliases = [...new Set([...first.aliases, ...names])].filter((n) => n !== first.name && n !== first.nameZh);
    first.details = { ...node.details, ...first.details };
  }
  return [...byId.values()];
}

function toNode(entity: Entity): SeedNode {
  const details: Record<string, string | number | boolean> = { ...entity.details, ...entity.ids };
  if (entity.kind === 'PERSON' && details.partial === undefined) details.partial = false;
  const node: SeedNode = { id: entity.id!, kind: entity.kind, name: entity.name, aliases: entity.aliases, details };
  if (entity.nameZh) node.nameZh = entity.nameZh;
  return node;
}

function toEvidence(evidence: Evidence) {
  return {
    source: evidence.file,
    line: evidence.line,
    locator: evidence.locator,
    quote: safeSnippet(evidence.snippet),
  };
}

/** One relationship per distinct fact; records that state the same fact add their evidence to it. */
function toRelationships(relations: RelationRecord[], entityOf: (ref: string) => Entity): SeedRelationship[] {
  const byId = new Map<string, SeedRelationship>();
  for (const relation of relations) {
    const from = entityOf(relation.from).id!;
    const to = entityOf(relation.to).id!;
    const values = allowedValues(relation);
    const distinct =
      Object.keys(values).length > 0
        ? `#${createHash('sha1').update(JSON.stringify(values)).digest('hex').slice(0, 8)}`
        : '';
    const id = `${relation.kind}:${from}->${to}${distinct}`;
    const existing = byId.get(id);
    if (existing) {
      existing.evidence.push(toEvidence(relation.evidence));
      if (relation.basis !== 'inferred') delete existing.basis;
      continue;
    }
    byId.set(id, {
      id,
      kind: relation.kind,
      from,
      to,
      values,
      evidence: [toEvidence(relation.evidence)],
      conflicts: [],
      ...(relation.basis === 'inferred' ? { basis: 'inferred' as const } : {}),
    });
  }
  return [...byId.values()];
}

type Run = (statement: string, params: Record<string, unknown>) => Promise<Record<string, unknown>[]>;

/**
 * The graph's people who share a name key with each of these. A dataset read in parts asks
 * only for those no identifier tells apart, so what comes back follows the part, not the
 * graph; a whole file gets every namesake, and its report flags them as it always has.
 */
async function namesakesIn(
  run: Run,
  people: Entity[],
  keysOf: (person: Entity) => string[],
  compatibleOnly: boolean,
): Promise<(person: Entity) => Hit[]> {
  const keys = people.map(keysOf);
  if (compatibleOnly) {
    const rows =
      people.length === 0
        ? []
        : ((await run(COMPATIBLE_NAMESAKES, {
            people: people.map((person, index) => ({
              index: neo4j.int(index),
              keys: keys[index],
              ids: Object.fromEntries(strongIds('PERSON').flatMap((s) => (person.ids[s] ? [[s, person.ids[s]]] : []))),
            })),
          })) as unknown as (Hit & { person: unknown })[]);
    const byPerson = new Map<number, Hit[]>();
    for (const row of rows) {
      const index = toNumber(row.person);
      byPerson.set(index, [...(byPerson.get(index) ?? []), row]);
    }
    const indexOf = new Map(people.map((person, index) => [person, index]));
    return (person) => byPerson.get(indexOf.get(person)!) ?? [];
  }
  const byKey = new Map<string, Hit[]>();
  const values = [...new Set(keys.flat())];
  const rows =
    values.length === 0 ? [] : ((await run(FIND_BY.nameKey, { values })) as unknown as (Hit & { value: string })[]);
  for (const row of rows) if (row.kind === 'PERSON') byKey.set(row.value, [...(byKey.get(row.value) ?? []), row]);
  return (person) => keysOf(person).flatMap((key) => byKey.get(key) ?? []);
}

/**
 * A fact another dataset already stated (the same kind between the same two nodes, at the same
 * start or author position where either says one) keeps that relationship's id, so both
 * datasets' evidence meets on one relationship instead of two copies of the fact.
 */
async function adoptExistingFacts(relationships: SeedRelationship[], run: Run): Promise<void> {
  if (relationships.length === 0) return;
  const pairs = relationships.map((r) => ({ from: r.from, to: r.to, type: RELATIONSHIP_TYPE[r.kind] }));
  const existing = (await run(RELATIONSHIPS_BETWEEN, { pairs })) as {
    from: string;
    to: string;
    type: string;
    id: string;
    start: string | null;
    position: unknown;
  }[];
  const taken = new Set<string>();
  for (const relationship of relationships) {
    const type = RELATIONSHIP_TYPE[relationship.kind];
    const same = existing.find(
      (e) =>
        e.from === relationship.from &&
        e.to === relationship.to &&
        e.type === type &&
        !taken.has(e.id) &&
        (e.start ?? undefined) === relationship.values.start &&
        (e.position == null ||
          relationship.values.position === undefined ||
          toNumber(e.position) === Number(relationship.values.position)),
    );
    if (same && same.id !== relationship.id) {
      taken.add(same.id);
      relationship.id = same.id;
    }
  }
}

const toNumber = (value: unknown) => (neo4j.isInt(value) ? value.toNumber() : Number(value));
