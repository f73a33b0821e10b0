import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { EMAIL_EXACT } from '../checks/email.ts';
import { type EntityRecord, type Identifiers, type ImportRecord, ReadError, type Reader } from '../records/model.ts';
import { ResumeContext } from './json-resume/context.ts';
import { valueLines } from './json-resume/lines.ts';
import { SECTION_READERS } from './json-resume/sections.ts';
import { plain } from './json-resume/text.ts';
import { type Json, prepare, READ_SECTIONS } from './json-resume/validate.ts';

/**
 * A résumé is one JSON document, parsed whole. Real ones are a few kilobytes, or a few hundred
 * with a photo embedded as a data URL; 5 MB leaves room for that and stops a data dump that
 * happens to have a `basics` key from being loaded into memory.
 */
const MAX_BYTES = 5 * 1024 * 1024;

// Not `meta`: OpenAlex answers have one too.
const TOP_LEVEL = ['basics', ...READ_SECTIONS, 'certificates'];

export const jsonResumeReader: Reader = {
  format: 'json-resume',

  detect(name: string, head: string): boolean {
    const text = head.replace(/^\uFEFF/, '').trimStart();
    if (!text.startsWith('{')) return false;
    if (/"\$schema"\s*:\s*"[^"]*jsonresume/i.test(text)) return true;
    if (!/"basics"\s*:\s*\{/.test(text)) return false;
    if (/"(?:work|education|skills)"\s*:\s*\[/.test(text)) return true;
    // A long basics section can fill the whole head; then the file's name has to say it.
    return /resume[^/\\]*\.json$/i.test(name);
  },

  read: readJsonResume,
};

async function* readJsonResume(path: string): AsyncGenerator<ImportRecord> {
  const file = basename(path);
  const { size } = await stat(path);
  if (size > MAX_BYTES) {
    throw new ReadError(
      `${file} is ${(size / 1024 / 1024).toFixed(1)} MB; a JSON Resume is read whole and is refused above 5 MB`,
    );
  }
  const text = (await readFile(path, 'utf8')).replace(/^\uFEFF/, '');
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new ReadError(`${file} is not a JSON Resume: it is not valid JSON (${(error as Error).message})`);
  }
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw) || !TOP_LEVEL.some((key) => key in raw)) {
    throw new ReadError(
      `${file} is not a JSON Resume: it has none of the sections basics, work, education, skills, ` +
        'publications, projects, awards, volunteer, interests or references',
    );
  }

  const { doc, notes, skipped } = prepare(raw as Json);
  const cx = new ResumeContext(file, raw as Json, valueLines(text), notes);
  const skippedAt = (pointer: string): ImportRecord | undefined => {
    const skip = skipped.get(pointer);
    return skip && { type: 'skipped', file, locator: skip.locator, reason: skip.reason };
  };

  for (const [pointer, skip] of skipped) {
    if (pointer.startsWith('/basics')) yield { type: 'skipped', file, locator: skip.locator, reason: skip.reason };
  }
  const subject = subjectOf(cx, doc.basics);
  if (!subject) {
    if (!skipped.has('/basics') && !skipped.has('/basics/name')) {
      yield {
        type: 'skipped',
        file,
        locator: '/basics/name',
        reason: 'the résumé does not name its subject (basics.name), so none of its entries can be attached to anyone',
      };
    }
    return;
  }
  yield subject;

  for (const section of READ_SECTIONS) {
    const sectionSkip = skippedAt(`/${section}`);
    if (sectionSkip) yield sectionSkip;
    const list = doc[section];
    if (!Array.isArray(list)) continue;
    for (const [index, element] of list.entries()) {
      const pointer = `/${section}/${index}`;
      const skip = skippedAt(pointer);
      if (skip) yield skip;
      else if (element !== null && typeof element === 'object' && !Array.isArray(element)) {
        yield* SECTION_READERS[section]!(cx, subject.ref, element as Json, pointer);
      } else if (element !== undefined) {
        yield {
          type: 'skipped',
          file,
          locator: pointer,
          reason: `${pointer} is not an object; this entry was left out`,
        };
      }
    }
  }
}

/** The one person the résumé is about; every entry of the file hangs off them. */
function subjectOf(cx: ResumeContext, basics: unknown): EntityRecord | undefined {
  if (basics === null || typeof basics !== 'object') return undefined;
  const fields = basics as Json;
  const name = typeof fields.name === 'string' ? plain(fields.name) : '';
  if (!name) return undefined;
  const label = typeof fields.label === 'string' ? plain(fields.label) : '';
  const email = typeof fields.email === 'string' && EMAIL_EXACT.test(fields.email.trim()) ? fields.email.trim() : '';
  const ids = profileIds(fields.profiles);
  const warnings = cx.notes.get('/basics');
  return cx.entity('person', 'PERSON', name, '/basics', {
    ...(Object.keys(ids).length > 0 && { ids }),
    ...(email && { email }),
    ...(typeof fields.url === 'string' && { homepage: fields.url }),
    ...(label && { details: { headline: label } }),
    ...(warnings && { warnings }),
  });
}

const PROFILE_IDS: [keyof Identifiers, RegExp][] = [
  ['orcid', /orcid\.org\/(\d{4}-\d{4}-\d{4}-\d{3}[\dX])/i],
  ['wikidata', /wikidata\.org\/(?:wiki|entity)\/(Q\d+)/i],
  ['openalex', /openalex\.org\/(?:authors\/)?(A\d+)/i],
  ['scopus', /scopus\.com\/.*authorId=(\d+)/i],
  ['isni', /isni\.org\/(?:isni\/)?(\d{15}[\dX])/i],
];

/** Identifiers in the subject's profile links: an ORCID, Wikidata, OpenAlex, Scopus or ISNI page. */
function profileIds(profiles: unknown): Identifiers {
  const ids: Identifiers = {};
  if (!Array.isArray(profiles)) return ids;
  for (const profile of profiles) {
    if (profile === null || typeof profile !== 'object') continue;
    const { url, network, username } = profile as Json;
    for (const [kind, pattern] of PROFILE_IDS) {
      const fromUrl = typeof url === 'string' ? pattern.exec(url)?.[1] : undefined;
      const fromName =
        kind === 'orcid' && typeof network === 'string' && /orcid/i.test(network) && typeof username === 'string'
          ? /^\d{4}-\d{4}-\d{4}-\d{3}[\dX]$/i.exec(username.trim())?.[0]
          : undefined;
      const id = fromUrl ?? fromName;
      if (id && !ids[kind]) ids[kind] = id.toUpperCase();
    }
  }
  return ids;
}
