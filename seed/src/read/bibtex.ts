import { open } from 'node:fs/promises';
import { basename } from 'node:path';
import { parse, type Entry } from '@retorquere/bibtex-parser';
import { ReadError, type ImportRecord, type Reader, type SkippedRecord } from '../records/model.ts';
import { MAX_CHUNK_CHARS, chunkHead, chunks, crossrefKeys, crossrefParents, type Chunk } from './bibtex/chunks.ts';
import { entryRecords, locatorOf } from './bibtex/entry.ts';
import { snippet } from './bibtex/fields.ts';

/** `@article{`, `@inproceedings (`: how a BibTeX file opens, after blank lines and `%` comments. */
const OPENING = /^(?:\s*%[^\n]*\n|\s*\n)*\s*@\s*[A-Za-z]+\s*[{(]/;
/**
 * Converting LaTeX is most of the parser's time (a millisecond or more an entry), so only the
 * fields read as text get it; abstracts, notes and the rest are left verbatim.
 */
const LATEX_FREE = /^(?!(?:author|title|subtitle|journal|journaltitle|booktitle)$)/;
const NOT_PUBLICATIONS = new Set(['string', 'comment', 'preamble', 'set', 'xdata', 'control']);

export const bibtexReader: Reader = {
  format: 'bibtex',
  detect(name, head) {
    return /\.bib$/i.test(name) || OPENING.test(head.replace(/^\uFEFF/, ''));
  },
  read: readBibtex,
};

async function* readBibtex(path: string): AsyncGenerator<ImportRecord> {
  const file = basename(path);
  await refuseBinary(path, file);
  const parents = await crossrefParents(path);
  // Raw @string values by upper-cased name; the parser expands them where entries use them.
  const strings: Record<string, string> = {};
  let index = 0;
  let entriesSeen = 0;
  for await (const chunk of chunks(path)) {
    const head = chunkHead(chunk.text);
    if (!head) continue;
    if (head.type !== 'string' && head.type !== 'comment' && head.type !== 'preamble') entriesSeen++;
    if (chunk.tooLarge) {
      const limit = MAX_CHUNK_CHARS / 1_000_000;
      const reason = `the entry at line ${chunk.line} runs on for over ${limit} million characters; a brace is probably never closed`;
      yield skipped(file, locatorOf(head.type, head.key), reason);
      continue;
    }
    if (head.type === 'string') yield* collectStrings(chunk, strings, file);
    if (NOT_PUBLICATIONS.has(head.type)) continue;
    yield* readChunk(chunk, { file, strings, parents, next: () => ++index });
  }
  if (entriesSeen === 0) {
    throw new ReadError(`${file} is not a BibTeX file: it holds no entry such as @article{key, …}`);
  }
}

async function refuseBinary(path: string, file: string): Promise<void> {
  const handle = await open(path, 'r');
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(4096), 0, 4096, 0);
    if (buffer.subarray(0, bytesRead).includes(0)) {
      throw new ReadError(`${file} is not a BibTeX file: it is binary, and BibTeX is text`);
    }
  } finally {
    await handle.close();
  }
}

function* collectStrings(chunk: Chunk, strings: Record<string, string>, file: string): Generator<SkippedRecord> {
  const library = parse(chunk.text, { raw: true, strings });
  Object.assign(strings, library.strings);
  for (const error of library.errors) {
    yield skipped(
      file,
      '@string',
      `the @string at line ${chunk.line} could not be read: ${message(error.error, chunk.line)}`,
    );
  }
}

interface ChunkContext {
  file: string;
  strings: Record<string, string>;
  parents: Map<string, Chunk>;
  next: () => number;
}

function* readChunk(chunk: Chunk, ctx: ChunkContext): Generator<ImportRecord> {
  // Entries the chunk inherits from ride along so the parser applies crossref itself.
  const own = new Set(
    [...chunk.text.matchAll(/(?:^|\n)\s*@\s*\w+\s*[{(]\s*([^,\s]+)/g)].map((m) => (m[1] ?? '').toUpperCase()),
  );
  const riders = [...new Set(crossrefKeys(chunk.text))].filter((key) => !own.has(key) && ctx.parents.has(key));
  const text = [chunk.text, ...riders.map((key) => ctx.parents.get(key)?.text ?? '')].join('\n');
  let library;
  try {
    library = parse(text, {
      sentenceCase: false,
      unsupported: unknownCommand,
      strings: ctx.strings,
      verbatimFields: [LATEX_FREE],
    });
  } catch (error) {
    const head = chunkHead(chunk.text);
    const locator = head ? locatorOf(head.type, head.key) : `line ${chunk.line}`;
    yield skipped(
      ctx.file,
      locator,
      `the entry at line ${chunk.line} could not be read as BibTeX: ${snippet((error as Error).message)}`,
    );
    return;
  }
  const warnings: string[] = [];
  for (const error of library.errors) {
    const undefinedString = /^Unresolved @string reference "(.*)"/.exec(error.error);
    const broken = error.input ? chunkHead(error.input) : undefined;
    if (undefinedString) {
      warnings.push(`@string ${undefinedString[1]} is not defined in the file; its name stands in for its value`);
    } else if (error.input?.trimStart().startsWith('@') && !broken) {
      // An `@` in the text between entries, which BibTeX reads as a comment.
      continue;
    } else if (broken && riders.includes(broken.key.toUpperCase())) {
      // A broken crossref target is reported where it stands, not once for each entry citing it.
      continue;
    } else if (broken) {
      const line = lineOf(chunk, error.input ?? '');
      const reason = `the entry at line ${line} could not be read as BibTeX: ${message(error.error, chunk.line)}`;
      yield skipped(ctx.file, locatorOf(broken.type, broken.key), reason);
    } else {
      warnings.push(message(error.error, chunk.line));
    }
  }
  for (const entry of library.entries) {
    if (!entry.input || riders.includes(entry.key.toUpperCase())) continue;
    if (NOT_PUBLICATIONS.has(entry.type)) continue;
    yield* entryRecords(entry, {
      file: ctx.file,
      index: ctx.next(),
      line: lineOf(chunk, entry.input),
      parent: parentOf(entry, ctx.parents, library.entries),
      warnings,
    });
  }
}

function parentOf(entry: Entry, parents: Map<string, Chunk>, parsed: Entry[]) {
  const key = typeof entry.fields.crossref === 'string' ? entry.fields.crossref.toUpperCase() : undefined;
  const parent = key ? parents.get(key) : undefined;
  const head = parent ? chunkHead(parent.text) : undefined;
  const fields = parsed.find((candidate) => candidate.key.toUpperCase() === key)?.fields;
  if (!parent || !head || !fields) return undefined;
  return { input: parent.text, line: parent.line, locator: locatorOf(head.type, head.key), fields };
}

/**
 * Commands the parser does not know lose their name and keep their argument; biblatex's
 * `\hyphen` (a breakable hyphen) would otherwise glue two words together.
 */
function unknownCommand(_node: unknown, tex: string): string {
  return /^\\hyphen\b/.test(tex) ? '-' : '';
}

/** The file line where a piece of the chunk starts. */
function lineOf(chunk: Chunk, piece: string): number {
  const at = chunk.text.indexOf(piece.trim().slice(0, 200));
  if (at <= 0) return chunk.line;
  let line = chunk.line;
  for (let i = chunk.text.indexOf('\n'); i !== -1 && i < at; i = chunk.text.indexOf('\n', i + 1)) line++;
  return line;
}

/** The parser's message, with its line counted in the file rather than in the chunk. */
function message(error: string, firstLine: number): string {
  let text = error.split('\n')[0] ?? error;
  if (/Unterminated|expected "[})]"/.test(text)) text = `a brace or quote is probably left open (${text})`;
  return snippet(
    text.replace(
      /at line (\d+), column (\d+)/,
      (_, line: string, column: string) => `at line ${Number(line) + firstLine - 1}, column ${column}`,
    ),
  );
}

function skipped(file: string, locator: string, reason: string): SkippedRecord {
  return { type: 'skipped', file, locator, reason };
}
