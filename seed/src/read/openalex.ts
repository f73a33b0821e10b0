import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { createInterface } from 'node:readline';
import { type ImportRecord, ReadError, type Reader } from '../records/model.ts';
import { mapAuthor, organization, topic, venue } from './openalex/entities.ts';
import { arr, isOpenAlexUrl, obj, openalexId, type Place, skipped } from './openalex/json.ts';
import { mapWork } from './openalex/work.ts';

/**
 * OpenAlex JSON: one object as `/works/W…` (or `/authors/A…`, `/institutions/I…`) returns it,
 * an API page `{ meta, results }`, or snapshot JSON Lines, one object per line.
 */

/**
 * A single JSON document is parsed whole. The API pages at most 200 works (a few MB); 64 MB
 * leaves room for arrays saved by client libraries while keeping the parsed tree far below
 * Node's default heap. Anything larger should be JSON Lines, which is streamed.
 */
const MAX_DOCUMENT_BYTES = 64 * 1024 * 1024;
/** Lines read before a file with no OpenAlex object in them is declared not OpenAlex. */
const PROBE_LINES = 5;
const LINES_NAME = /\.(jsonl|ndjson)$/i;
const HEAD_ID = /"id"\s*:\s*"https:\/\/openalex\.org\/[WAISVCTPF]\d+"/;

export const openalexReader: Reader = {
  format: 'openalex',

  detect(name: string, head: string): boolean {
    return /\.(json|jsonl|ndjson)$/i.test(name) && HEAD_ID.test(head.slice(0, 4096));
  },

  async *read(path: string): AsyncIterable<ImportRecord> {
    const file = basename(path);
    let size: number;
    try {
      size = (await stat(path)).size;
    } catch (error) {
      throw new ReadError(`${file} cannot be opened: ${(error as Error).message}`);
    }
    if (LINES_NAME.test(file)) return yield* fromLines(linesOf(path), file);
    if (size > MAX_DOCUMENT_BYTES) {
      // A snapshot part saved as .json is JSON Lines and may be of any size.
      if (await firstLineIsObject(path)) return yield* fromLines(linesOf(path), file);
      const mb = Math.ceil(size / 1024 / 1024);
      throw new ReadError(
        `${file} is ${mb} MB, more than the ${MAX_DOCUMENT_BYTES / 1024 / 1024} MB a single OpenAlex JSON document ` +
          'may have (it is read whole); save it as JSON Lines (.jsonl, one object per line) instead',
      );
    }
    const text = (await readFile(path, 'utf8')).replace(/^\uFEFF/, '');
    let document: unknown;
    try {
      document = JSON.parse(text);
    } catch (error) {
      if (text.trimStart().startsWith('{') && text.trim().includes('\n'))
        return yield* fromLines(text.split('\n'), file);
      throw new ReadError(`${file} is not valid JSON: ${(error as Error).message}`);
    }
    yield* fromDocument(document, file);
  },
};

function* fromDocument(document: unknown, file: string): Iterable<ImportRecord> {
  const notOpenAlex = new ReadError(
    `${file} is JSON but not from OpenAlex: expected a work, author, institution or source object ` +
      '(with an "id" like https://openalex.org/W2741809807), an API page with "results", or an array of them',
  );
  const page = obj(document);
  const results = Array.isArray(document) ? document : page && 'results' in page ? arr(page.results) : undefined;
  if (results) {
    const prefix = Array.isArray(document) ? '' : '/results';
    if (results.length > 0 && !results.some((result) => isOpenAlexUrl(obj(result)?.id))) throw notOpenAlex;
    if (results.length === 0 && !obj(page?.meta)) throw notOpenAlex;
    for (const [i, result] of results.entries()) yield* fromObject(result, { file, at: `${prefix}/${i}` });
    return;
  }
  if (!page || !isOpenAlexUrl(page.id)) throw notOpenAlex;
  yield* fromObject(page, { file, at: '/' });
}

async function* fromLines(lines: AsyncIterable<string> | Iterable<string>, file: string): AsyncIterable<ImportRecord> {
  let line = 0;
  let confirmed = false;
  const pending: ImportRecord[] = [];
  for await (const raw of lines) {
    line += 1;
    const text = (line === 1 ? raw.replace(/^\uFEFF/, '') : raw).trim();
    if (text === '') continue;
    const place: Place = { file, line, at: `line ${line}` };
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      value = undefined;
    }
    // Until one line proves the file is OpenAlex, a bad line may mean it is no OpenAlex at all.
    if (!confirmed && !isOpenAlexUrl(obj(value)?.id)) {
      pending.push(skipped(place, '', lineProblem(value, line)));
      if (pending.length >= PROBE_LINES)
        throw new ReadError(`${file} is not OpenAlex JSON Lines: ${firstReason(pending)}`);
      continue;
    }
    if (!confirmed) {
      confirmed = true;
      yield* pending;
    }
    if (value === undefined || !obj(value)) yield skipped(place, '', lineProblem(value, line));
    else yield* fromObject(value, place);
  }
  if (!confirmed) {
    const why = pending.length > 0 ? firstReason(pending) : 'the file is empty';
    throw new ReadError(`${file} holds no OpenAlex object: ${why}`);
  }
}

function lineProblem(value: unknown, line: number): string {
  if (value === undefined) return `line ${line} is not valid JSON (perhaps cut short); it was left out`;
  if (!obj(value)) return `line ${line} is not a JSON object; it was left out`;
  return `line ${line} has no OpenAlex id (like https://openalex.org/W2741809807); it was left out`;
}

const firstReason = (records: ImportRecord[]): string =>
  records[0]?.type === 'skipped' ? records[0].reason : 'no line holds an OpenAlex object';

/** Dispatches on the letter of the id: W works, A authors, I institutions, S sources, T/C topics. */
function fromObject(value: unknown, place: Place): ImportRecord[] {
  const fields = obj(value);
  if (!fields) return [skipped(place, '', 'this entry is not a JSON object; it was left out')];
  const id = openalexId(fields.id);
  if (!id) return [skipped(place, '', 'this object has no OpenAlex id (like https://openalex.org/W2741809807)')];
  const at: Place = { ...place, id };
  switch (id[0]) {
    case 'W':
      return mapWork(fields, at);
    case 'A':
      return mapAuthor(fields, at);
    case 'I':
      return [organization(fields, at, '')];
    case 'S':
      return one(venue(fields, at, ''), at, 'source');
    case 'T':
    case 'C':
      return one(topic(fields, at, ''), at, 'topic');
    default:
      return [skipped(at, '', `${id} is an OpenAlex ${id[0] === 'P' ? 'publisher' : 'funder'}, which is not imported`)];
  }
}

function one(record: ImportRecord | undefined, place: Place, what: string): ImportRecord[] {
  return [record ?? skipped(place, '', `the ${what} has no display_name; it was left out`)];
}

function linesOf(path: string): AsyncIterable<string> {
  return createInterface({ input: createReadStream(path, 'utf8'), crlfDelay: Infinity });
}

/** Whether the file opens with one OpenAlex object on a line of its own, read from its first MB only. */
async function firstLineIsObject(path: string): Promise<boolean> {
  const head = await new Promise<string>((resolve, reject) => {
    let text = '';
    createReadStream(path, { encoding: 'utf8', start: 0, end: 1024 * 1024 - 1 })
      .on('data', (chunk) => (text += chunk))
      .on('end', () => resolve(text))
      .on('error', reject);
  });
  const end = head.indexOf('\n');
  if (end < 0) return false;
  try {
    return isOpenAlexUrl(obj(JSON.parse(head.slice(0, end).replace(/^\uFEFF/, '')))?.id);
  } catch {
    return false;
  }
}
