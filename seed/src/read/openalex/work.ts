import type { PUB_KINDS } from '../../kinds.ts';
import type { EntityRecord, ImportRecord } from '../../records/model.ts';
import { partialDateFrom } from '../dates.ts';
import { idsOf, organization, relation, topic, venue } from './entities.ts';
import {
  arr,
  doiOf,
  evidence,
  type Json,
  num,
  obj,
  openalexId,
  orcidOf,
  type Place,
  refOf,
  skipped,
  str,
} from './json.ts';

type PubKind = (typeof PUB_KINDS)[number];

/** Work types of both schemas (`dissertation`, `posted-content`…) that are not plain papers. */
const PUB_KIND: Readonly<Record<string, PubKind>> = {
  dissertation: 'thesis',
  preprint: 'manuscript',
  'posted-content': 'manuscript',
  patent: 'patent',
};

const TOPIC_MIN_SCORE = 0.5;

/**
 * A work: the publication, its authors in order with the institutions printed beside them,
 * its venue and its topics. `abstract_inverted_index` and citations are not read.
 */
export function mapWork(work: Json, place: Place): ImportRecord[] {
  const title = str(work.title) ?? str(work.display_name);
  if (!title) return [skipped(place, '', 'the work has neither a title nor a display_name; it was left out')];
  const records: ImportRecord[] = [];

  const stated = num(work.publication_year);
  const year = stated === undefined ? undefined : partialDateFrom(stated).date;
  const publication: EntityRecord = {
    type: 'entity',
    ref: refOf(place.id, place, ''),
    kind: 'PUBLICATION',
    name: title,
    details: { pubKind: PUB_KIND[str(work.type)?.toLowerCase() ?? ''] ?? 'paper' },
    evidence: evidence(place, '', { id: work.id, title, publication_year: work.publication_year, doi: work.doi }),
  };
  if (year) publication.details!.year = Number(year);
  if (stated !== undefined && !year) publication.warnings = [`publication_year ${stated} is not a year; left out`];
  const ids = idsOf({ openalex: place.id, doi: doiOf(work.doi) ?? doiOf(obj(work.ids)?.doi) });
  if (ids) publication.ids = ids;
  records.push(publication);

  const authors: string[] = [];
  arr(work.authorships).forEach((value, i) => {
    const authorship = obj(value);
    if (!authorship) return;
    const person = author(authorship, place, `/authorships/${i}`);
    records.push(person);
    if (person.type !== 'entity') return;
    authors.push(person.ref);
    const stated = { author_position: authorship.author_position, author: authorship.author };
    // author_position is first/middle/last; the array order is the byline.
    const found = evidence(place, `/authorships/${i}`, stated);
    records.push(relation('AUTHORED', person.ref, publication.ref, found, { position: i + 1 }));
    arr(authorship.institutions).forEach((institution, j) => {
      const fields = obj(institution);
      if (!fields) return;
      const pointer = `/authorships/${i}/institutions/${j}`;
      const org = organization(fields, place, pointer);
      records.push(org);
      if (org.type !== 'entity') return;
      // An affiliation printed on a paper places the author there that year; it is not employment.
      records.push(
        relation(
          'AFFILIATED_WITH',
          person.ref,
          org.ref,
          { ...org.evidence },
          year ? { year: Number(year) } : undefined,
        ),
      );
    });
  });

  // `primary_location.source` is the current schema, `host_venue` the 2022 one.
  const source = obj(obj(work.primary_location)?.source);
  const [host, hostPointer] = source ? [source, '/primary_location/source'] : [obj(work.host_venue), '/host_venue'];
  const journal = host ? venue(host, place, hostPointer) : undefined;
  if (journal) records.push(journal, relation('PUBLISHED_IN', publication.ref, journal.ref, { ...journal.evidence }));

  records.push(...topics(work, place, authors));
  return records;
}

function author(authorship: Json, place: Place, pointer: string): ImportRecord {
  const fields = obj(authorship.author) ?? {};
  const id = openalexId(fields.id);
  // display_name is OpenAlex's name for the author; raw_author_name is the byline of this paper.
  const raw = str(authorship.raw_author_name);
  const name = str(fields.display_name) ?? raw;
  if (!name) return skipped(place, pointer, 'the authorship names no author; it was left out');
  const person: EntityRecord = {
    type: 'entity',
    ref: refOf(id, place, pointer),
    kind: 'PERSON',
    name,
    evidence: evidence(place, pointer, { author: authorship.author, raw_author_name: authorship.raw_author_name }),
  };
  if (raw && raw !== name) person.aliases = [raw];
  const ids = idsOf({ openalex: id, orcid: orcidOf(fields.orcid) });
  if (ids) person.ids = ids;
  return person;
}

/**
 * Topics (`topics` and `primary_topic`) or, in the 2022 schema, concepts, kept when their score
 * is at least 0.5. The model has no relation from a work to a topic, so topics reach the graph
 * through the authors: each author RESEARCHES the primary topic. That is OpenAlex's classifier
 * speaking, not the authors, hence `inferred`. Concepts have no primary one and so no such relation.
 */
function topics(work: Json, place: Place, authors: string[]): ImportRecord[] {
  const current = 'topics' in work || 'primary_topic' in work;
  const candidates: [unknown, string][] = current
    ? [
        [work.primary_topic, '/primary_topic'],
        ...arr(work.topics).map((t, i): [unknown, string] => [t, `/topics/${i}`]),
      ]
    : arr(work.concepts).map((c, i): [unknown, string] => [c, `/concepts/${i}`]);
  const records: ImportRecord[] = [];
  const seen = new Set<string>();
  for (const [value, pointer] of candidates) {
    const fields = obj(value);
    const primary = pointer === '/primary_topic';
    if (!fields || (!primary && (num(fields.score) ?? 0) < TOPIC_MIN_SCORE)) continue;
    const entity = topic(fields, place, pointer);
    if (!entity || seen.has(entity.ref)) continue;
    seen.add(entity.ref);
    records.push(entity);
    if (!primary) continue;
    for (const person of new Set(authors)) {
      records.push({ ...relation('RESEARCHES', person, entity.ref, { ...entity.evidence }), basis: 'inferred' });
    }
  }
  return records;
}
