import type { RelationKind } from '../../kinds.ts';
import type { ImportRecord, SkippedRecord } from '../../records/model.ts';
import { endsBeforeStart, parsePartialDate } from '../../partial-date.ts';
import { fact, present, type ResumeContext, type Values } from './context.ts';
import { isFuture, plain, splitOrganizations, textList } from './text.ts';
import type { Json } from './validate.ts';

type SectionReader = (cx: ResumeContext, subject: string, element: Json, pointer: string) => Iterable<ImportRecord>;

const text = (value: unknown): string => (typeof value === 'string' ? plain(value) : '');

function skip(cx: ResumeContext, pointer: string, reason: string): SkippedRecord {
  return { type: 'skipped', file: cx.file, locator: pointer, reason };
}

/** Start and end, with what a reader of the graph should know about them. */
function period(element: Json): { values: Values; warnings: string[] } {
  const values: Values = {};
  const warnings: string[] = [];
  const start = typeof element.startDate === 'string' ? element.startDate : undefined;
  const end = typeof element.endDate === 'string' ? element.endDate : undefined;
  if (start) values.start = start;
  if (end) {
    values.end = end;
    if (isFuture(end)) warnings.push(`ends ${end}, which is still to come: a planned end, not a past one`);
  }
  const [a, b] = [start && parsePartialDate(start), end && parsePartialDate(end)];
  if (a && b && endsBeforeStart(a, b)) warnings.push(`ends (${end}) before it starts (${start})`);
  return { values, warnings };
}

/** Work and volunteer entries, and education: a person's time at one or more organizations. */
function affiliation(kind: RelationKind, nameField: string, fallbackKind: string | undefined): SectionReader {
  return function* (cx, subject, element, pointer) {
    const name = text(element[nameField]);
    if (!name) {
      yield skip(cx, pointer, `this entry names no organization ("${nameField}"), so there is nothing to link it to`);
      return;
    }
    const parts = splitOrganizations(name);
    const split =
      parts.length > 1
        ? [`"${name}" names ${parts.length} organizations; read as ${parts.map((p) => `"${p}"`).join(' and ')}`]
        : [];
    const { values, warnings } = period(element);
    if (kind === 'STUDIED_AT') {
      if (text(element.studyType)) values.degree = text(element.studyType);
      Object.assign(values, fact('field', element.area));
    } else {
      Object.assign(values, fact('role', element.position));
      if (nameField === 'organization') values.note = 'volunteer';
    }
    // Only a place name: a location with digits is likely a street address, which is never kept.
    const location = text(element.location);
    if (location && kind === 'WORKED_AT' && !/\d/.test(location)) values.location = location;
    const notes = [...(cx.notes.get(pointer) ?? []), ...warnings, ...split];
    for (const part of parts) {
      const org = cx.organization(part, pointer, fallbackKind, parts.length === 1 ? element.url : undefined, split);
      yield* present(org.entity, cx.relation(kind, subject, org.ref, pointer, values, notes));
    }
  };
}

function* skills(cx: ResumeContext, subject: string, element: Json, pointer: string): Iterable<ImportRecord> {
  const named = text(element.name);
  const keywords = textList(element.keywords, true).map(plain).filter(Boolean);
  if (!named && keywords.length === 0) {
    yield skip(cx, pointer, 'this skill entry has neither a name nor keywords');
    return;
  }
  const notes = cx.notes.get(pointer) ?? [];
  const level = text(element.level);
  if (named) {
    const skill = cx.shared('SKILL', named, pointer);
    yield* present(skill.entity, cx.relation('HAS_SKILL', subject, skill.ref, pointer, level ? { note: level } : {}));
  }
  for (const [i, keyword] of keywords.entries()) {
    const at = `${pointer}/keywords/${i}`;
    const skill = cx.shared('SKILL', keyword, at);
    yield* present(skill.entity, cx.relation('HAS_SKILL', subject, skill.ref, at, {}, notes));
  }
}

function* interests(cx: ResumeContext, subject: string, element: Json, pointer: string): Iterable<ImportRecord> {
  const name = text(element.name);
  if (!name) {
    yield skip(cx, pointer, 'this interest has no name');
    return;
  }
  const topic = cx.shared('TOPIC', name, pointer);
  yield* present(topic.entity, cx.relation('RESEARCHES', subject, topic.ref, pointer));
}

function* awards(cx: ResumeContext, subject: string, element: Json, pointer: string): Iterable<ImportRecord> {
  const title = text(element.title);
  if (!title) {
    yield skip(cx, pointer, 'this award has no title');
    return;
  }
  const ref = cx.newRef('award');
  const awarder = text(element.awarder);
  yield cx.entity(ref, 'AWARD', title, pointer, awarder ? { details: { awarder } } : {});
  const year = typeof element.date === 'string' ? Number(element.date.slice(0, 4)) : undefined;
  yield* present(cx.relation('RECEIVED', subject, ref, pointer, { year }, cx.notes.get(pointer)));
}

const DOI = /^(?:https?:\/\/)?(?:dx\.)?doi\.org\/(10\.\d{4,9}\/\S+)$/i;

function* publications(cx: ResumeContext, subject: string, element: Json, pointer: string): Iterable<ImportRecord> {
  const title = text(element.name);
  if (!title) {
    yield skip(cx, pointer, 'this publication has no name (title)');
    return;
  }
  const url = typeof element.url === 'string' ? element.url : undefined;
  const doi = (typeof element.doi === 'string' ? element.doi : url)?.replace(/^doi:\s*/i, '');
  const doiMatch = doi && (DOI.exec(doi)?.[1] ?? /^10\.\d{4,9}\/\S+$/.exec(doi)?.[0]);
  const year = typeof element.releaseDate === 'string' ? Number(element.releaseDate.slice(0, 4)) : undefined;
  const ref = cx.newRef('publication');
  yield cx.entity(ref, 'PUBLICATION', title, pointer, {
    ...(doiMatch && { ids: { doi: decodeURIComponent(doiMatch).toLowerCase() } }),
    ...(url && !doiMatch && { homepage: url }),
    ...(year && { details: { year } }),
    ...(cx.notes.get(pointer) && { warnings: cx.notes.get(pointer) }),
  });
  yield* present(cx.relation('AUTHORED', subject, ref, pointer));
  const publisher = text(element.publisher);
  if (publisher) {
    const venue = cx.shared('VENUE', publisher, pointer);
    yield* present(venue.entity, cx.relation('PUBLISHED_IN', ref, venue.ref, pointer));
  }
}

function* projects(cx: ResumeContext, subject: string, element: Json, pointer: string): Iterable<ImportRecord> {
  const name = text(element.name);
  if (!name) {
    yield skip(cx, pointer, 'this project has no name');
    return;
  }
  const ref = cx.newRef('project');
  yield cx.entity(ref, 'PROJECT', name, pointer, typeof element.url === 'string' ? { homepage: element.url } : {});
  const roles = textList(element.roles, true).map(plain).filter(Boolean).join(', ');
  const { values, warnings } = period(element);
  Object.assign(values, fact('role', roles));
  const notes = [...(cx.notes.get(pointer) ?? []), ...warnings];
  yield* present(cx.relation('PARTICIPATED_IN', subject, ref, pointer, values, notes));
}

/** What résumés write where a referee's name would go when they give none. */
const NO_NAME = /available|upon request|on request|请联系|备索/i;

/**
 * A reference is someone else's words about the subject. The referee becomes a person when
 * named, but with no relation: a reference states no tie of a kind the graph knows (a
 * supervisor is not a mentor), and the text itself is not kept, as it often carries contacts.
 */
function* references(cx: ResumeContext, _subject: string, element: Json, pointer: string): Iterable<ImportRecord> {
  const name = text(element.name);
  if (!name || NO_NAME.test(name)) {
    yield skip(cx, pointer, 'this reference names no referee');
    return;
  }
  yield cx.entity(cx.newRef('referee'), 'PERSON', name, pointer);
}

export const SECTION_READERS: Record<string, SectionReader> = {
  work: affiliation('WORKED_AT', 'name', 'COMPANY'),
  volunteer: affiliation('WORKED_AT', 'organization', undefined),
  education: affiliation('STUDIED_AT', 'institution', 'UNIVERSITY'),
  awards,
  publications,
  skills,
  projects,
  interests,
  references,
};
