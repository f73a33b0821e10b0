import { createReadStream } from 'node:fs';
import { basename } from 'node:path';
import { ReadError, type ImportRecord, type Reader } from '../records/model.ts';
import { type Collected, DBLP_ROOTS, DblpCollector } from './dblp/collect.ts';
import { type MapContext, mapRecord, newContext, skipped } from './dblp/map.ts';

/**
 * DBLP XML: the dump (`dblp.xml`, root `<dblp>`), per-record exports (`…/rec/….xml`) and
 * per-person pages (`https://dblp.org/pid/….xml`, root `<dblpperson>`). Streamed through
 * saxes; the dump is 4 GB.
 */
export const dblpReader: Reader = {
  format: 'dblp',
  detect: (name, head) => /\.xml$/i.test(name) && DBLP_ROOTS.has(firstElement(head) ?? ''),
  read: readDblp,
};

/** The name of the first element, past the XML declaration, comments and the DOCTYPE. */
function firstElement(head: string): string | undefined {
  const body = head
    .replace(/^\uFEFF/, '')
    .replace(/<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE[^[>]*(?:\[[\s\S]*?\])?\s*>/gi, '');
  return /^\s*<([A-Za-z_][\w.:-]*)/.exec(body)?.[1];
}

async function* readDblp(path: string): AsyncGenerator<ImportRecord> {
  const file = basename(path);
  const collector = new DblpCollector(file);
  const context = newContext(file);
  let decoder: TextDecoder | undefined;
  for await (const chunk of createReadStream(path, { highWaterMark: 256 * 1024 }) as AsyncIterable<Buffer>) {
    decoder ??= decoderFor(chunk, file);
    yield* records(collector.write(decoder.decode(chunk, { stream: true })), context);
  }
  if (!decoder) throw new ReadError(`${file} is empty, not DBLP XML`);
  const rest = decoder.decode();
  yield* records([...collector.write(rest), ...collector.close()], context);
}

function* records(collected: Collected[], context: MapContext): Generator<ImportRecord> {
  for (const item of collected) {
    if (item.type === 'record') yield* mapRecord(item.record, context);
    else yield skipped(context, `line ${item.line}`, item.reason);
  }
}

/**
 * The dump declares ISO-8859-1 and per-person pages are UTF-8 without saying so; the XML
 * declaration (or a byte-order mark) decides, as the XML specification has it.
 */
function decoderFor(head: Buffer, file: string): TextDecoder {
  let label = 'utf-8';
  if (head[0] === 0xff && head[1] === 0xfe) label = 'utf-16le';
  else if (head[0] === 0xfe && head[1] === 0xff) label = 'utf-16be';
  else if (!(head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf)) {
    const declaration = /^\s*<\?xml[^>]*?\bencoding\s*=\s*["']([A-Za-z0-9._-]+)["']/.exec(
      head.subarray(0, 256).toString('latin1'),
    );
    if (declaration?.[1]) label = declaration[1];
  }
  try {
    return new TextDecoder(label);
  } catch {
    throw new ReadError(`${file} declares the character encoding "${label}", which cannot be decoded`);
  }
}
