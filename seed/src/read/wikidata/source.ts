import { createReadStream } from 'node:fs';
import { open, readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { createInterface } from 'node:readline';
import { ReadError } from '../../records/model.ts';

/**
 * An API answer (`wbgetentities` takes at most 50 ids) or a SPARQL result is read whole; past
 * this size it is a dump, which must come one entity per line so that it can be streamed.
 */
export const MAX_DOCUMENT_BYTES = 64 * 1024 * 1024;

export type Json = Record<string, unknown>;

export function obj(value: unknown): Json | undefined {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Json) : undefined;
}

/** What a file holds: entities one by one (with their line where known), or a SPARQL result. */
export type Piece =
  | { type: 'entity'; entity: Json; line?: number; locator: string }
  | { type: 'sparql'; result: Json }
  | { type: 'bad'; locator: string; reason: string };

async function head(path: string): Promise<string> {
  const handle = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(65536);
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    return buffer.subarray(0, bytesRead).toString('utf8');
  } finally {
    await handle.close();
  }
}

/**
 * The dumps put one entity on each line, inside `[` … `]` with a comma after every line but
 * the last; JSON Lines exports do the same without the brackets and commas. Such a line opens
 * with the entity's own keys, where an API answer opens with "entities" and a pretty-printed
 * document with a bare `{`.
 */
function isLineDump(start: string): boolean {
  const lines = start.split('\n').map((line) => line.trim());
  let first = lines.findIndex((line) => line !== '');
  if (lines[first] === '[') first = lines.findIndex((line, i) => i > first && line !== '');
  return /^\{\s*"(?:type|id)"\s*:/.test(lines[first] ?? '');
}

export async function* pieces(path: string): AsyncGenerator<Piece> {
  const file = basename(path);
  const start = await head(path);
  if (isLineDump(start)) {
    yield* dumpLines(path);
    return;
  }
  const { size } = await stat(path);
  if (size > MAX_DOCUMENT_BYTES) {
    throw new ReadError(
      `${file} is ${Math.round(size / 1048576)} MB; a Wikidata file this large must be a dump with one entity per line`,
    );
  }
  let document: unknown;
  try {
    document = JSON.parse(await readFile(path, 'utf8'));
  } catch (error) {
    throw new ReadError(`${file} is not valid JSON: ${(error as Error).message}`);
  }
  if (Array.isArray(document)) {
    for (let i = 0; i < document.length; i++) yield entityPiece(document[i], `/${i}`);
    return;
  }
  const root = obj(document);
  const entities = obj(root?.entities);
  if (entities) {
    for (const [id, entity] of Object.entries(entities)) yield entityPiece(entity, id);
  } else if (obj(root?.head) && Array.isArray(obj(root?.results)?.bindings)) {
    yield { type: 'sparql', result: root as Json };
  } else if (root && typeof root.id === 'string' && root.type === 'item') {
    yield { type: 'entity', entity: root, locator: root.id };
  } else {
    throw new ReadError(
      `${file} is not Wikidata JSON: expected {"entities": …}, an item, a dump or a SPARQL result ({"head", "results"})`,
    );
  }
}

function entityPiece(value: unknown, locator: string): Piece {
  const entity = obj(value);
  if (!entity) return { type: 'bad', locator, reason: 'this is not an entity object' };
  // The API answers an unknown id with {"id": "Q…", "missing": ""}.
  if ('missing' in entity) return { type: 'bad', locator, reason: 'Wikidata has no such entity' };
  return { type: 'entity', entity, locator: typeof entity.id === 'string' ? entity.id : locator };
}

async function* dumpLines(path: string): AsyncGenerator<Piece> {
  const lines = createInterface({ input: createReadStream(path, 'utf8'), crlfDelay: Infinity });
  let number = 0;
  for await (const raw of lines) {
    number++;
    const line = raw.trim().replace(/,$/, '');
    if (line === '' || line === '[' || line === ']') continue;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      yield { type: 'bad', locator: `line ${number}`, reason: 'this line is not a JSON entity' };
      continue;
    }
    const piece = entityPiece(value, `line ${number}`);
    yield piece.type === 'entity' ? { ...piece, line: number } : piece;
  }
}
