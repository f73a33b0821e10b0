import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';

/** A stretch of the file from one line that opens an entry up to the next such line. */
export interface Chunk {
  text: string;
  /** 1-based line of the chunk's first line. */
  line: number;
  /** Set when the stretch grew past MAX_CHUNK_CHARS; `text` then holds only its first line. */
  tooLarge?: boolean;
}

/**
 * Real files start every entry at the beginning of a line, so cutting there keeps one broken
 * entry (an unclosed brace) from swallowing the rest of the file, and lets the file stream.
 */
const ENTRY_START = /^[ \t]*@[ \t]*[A-Za-z][\w-]*[ \t]*[{(]/;

/** No real entry comes near this; a longer stretch is an unclosed brace eating the file. */
export const MAX_CHUNK_CHARS = 1_000_000;

export async function* chunks(path: string): AsyncGenerator<Chunk> {
  const lines = createInterface({ input: createReadStream(path, { encoding: 'utf8' }), crlfDelay: Infinity });
  let buffer: string[] = [];
  let size = 0;
  let start = 0;
  let tooLarge = false;
  let lineNo = 0;
  const flush = (): Chunk => {
    const chunk: Chunk = { text: buffer.join('\n'), line: start };
    if (tooLarge) chunk.tooLarge = true;
    return chunk;
  };
  for await (const raw of lines) {
    lineNo++;
    const line = lineNo === 1 ? raw.replace(/^\uFEFF/, '') : raw;
    if (ENTRY_START.test(line)) {
      if (buffer.length > 0) yield flush();
      buffer = [line];
      size = line.length;
      start = lineNo;
      tooLarge = false;
      continue;
    }
    // Text before the first entry is a comment to BibTeX.
    if (buffer.length === 0 || tooLarge) continue;
    size += line.length + 1;
    if (size > MAX_CHUNK_CHARS) {
      tooLarge = true;
      buffer = buffer.slice(0, 1);
    } else {
      buffer.push(line);
    }
  }
  if (buffer.length > 0) yield flush();
}

const DIRECTIVE = /^\s*@\s*([A-Za-z][\w-]*)\s*[{(]\s*([^,\s{}()]*)/;

/** The entry type (lower case) and citation key a chunk opens with. */
export function chunkHead(text: string): { type: string; key: string } | undefined {
  const match = DIRECTIVE.exec(text);
  if (!match) return undefined;
  return { type: (match[1] ?? '').toLowerCase(), key: match[2] ?? '' };
}

const CROSSREF = /(?:^|[\s,{(])crossref\s*=\s*[{"]?\s*([^\s{}",]+)/gi;

/**
 * The entries other entries inherit fields from, keyed by upper-cased citation key. BibTeX
 * wants them after the entries that cite them, so they are found in passes of their own:
 * one for the keys `crossref` names, one for those entries' text. Only they are kept.
 */
export async function crossrefParents(path: string): Promise<Map<string, Chunk>> {
  const wanted = new Set<string>();
  for await (const chunk of chunks(path)) {
    for (const match of chunk.text.matchAll(CROSSREF)) wanted.add((match[1] ?? '').toUpperCase());
  }
  const parents = new Map<string, Chunk>();
  if (wanted.size === 0) return parents;
  for await (const chunk of chunks(path)) {
    const key = chunkHead(chunk.text)?.key.toUpperCase();
    if (key && wanted.has(key) && !parents.has(key) && !chunk.tooLarge) parents.set(key, chunk);
  }
  return parents;
}

/** The keys named by `crossref` fields in a chunk. */
export function crossrefKeys(text: string): string[] {
  return [...text.matchAll(CROSSREF)].map((match) => (match[1] ?? '').toUpperCase());
}
