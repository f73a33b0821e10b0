import { SaxesParser, type SaxesTagPlain } from 'saxes';
import { ReadError } from '../../records/model.ts';
import { DBLP_ENTITIES, internalSubsetEntities } from './entities.ts';

/** The record elements of dblp.dtd that describe publications. */
export const PUBLICATION_ELEMENTS: ReadonlySet<string> = new Set([
  'article',
  'inproceedings',
  'proceedings',
  'book',
  'incollection',
  'phdthesis',
  'mastersthesis',
]);

// `www` and `person` describe persons (under homepages/ keys) or web sites; `data` is a dataset.
const RECORD_ELEMENTS = new Set([...PUBLICATION_ELEMENTS, 'www', 'person', 'data']);
// The dump's root, and the root of the per-person pages (https://dblp.org/pid/….xml).
export const DBLP_ROOTS: ReadonlySet<string> = new Set(['dblp', 'dblpperson']);

/** A direct child of a record (`<author>`, `<title>`…), its inline markup flattened to text. */
export interface RawField {
  name: string;
  attributes: Record<string, string>;
  text: string;
  /** The element as written in the file, cut short when it is long. */
  raw: string;
}

export interface RawRecord {
  element: string;
  attributes: Record<string, string>;
  /** Line of the record's opening tag. */
  line: number;
  fields: RawField[];
  /** Why the record cannot be used as it stands (malformed XML inside it, too large). */
  problem?: string;
}

export type Collected = { type: 'record'; record: RawRecord } | { type: 'problem'; line: number; reason: string };

interface OpenField {
  name: string;
  attributes: Record<string, string>;
  text: string;
  start: number;
}

// Real records stay far below these (the longest author lists run to a few thousand names);
// past them the file is not DBLP as published, and holding on would defeat streaming.
const MAX_FIELDS = 20_000;
const MAX_RAW_FIELD = 64 * 1024;
const RAW_SNIPPET = 400;
// Enough text before the parser's position to find the `<name` of a tag split between chunks.
const TAIL = 256;

/**
 * Feeds decoded text to saxes and hands back each DBLP record once its closing tag is read,
 * keeping only the text of the element being read, so a 4 GB dump streams in small memory.
 */
export class DblpCollector {
  private readonly parser: SaxesParser;
  private buffer = '';
  private bufferStart = 0;
  private written = 0;
  private record: RawRecord | undefined;
  private depth = 0;
  private field: OpenField | undefined;
  private rootName: string | undefined;
  private rootClosed = false;
  private readonly out: Collected[] = [];

  constructor(private readonly file: string) {
    this.parser = new SaxesParser({ fileName: file });
    Object.assign(this.parser.ENTITIES, DBLP_ENTITIES);
    this.parser.on('doctype', (doctype) => Object.assign(this.parser.ENTITIES, internalSubsetEntities(doctype)));
    this.parser.on('opentagstart', (tag) => this.openTagStart(tag.name));
    this.parser.on('opentag', (tag) => this.openTag(tag));
    this.parser.on('text', (text) => this.addText(text));
    this.parser.on('cdata', (text) => this.addText(text));
    this.parser.on('closetag', (tag) => this.closeTag(tag.name));
    this.parser.on('error', (error) => this.fail(error.message));
  }

  write(text: string): Collected[] {
    this.buffer += text;
    this.written += text.length;
    this.parser.write(text);
    this.trim();
    return this.out.splice(0);
  }

  close(): Collected[] {
    this.parser.close();
    if (this.record) {
      this.record.problem = 'the file ends inside this record: it was cut short';
      this.out.push({ type: 'record', record: this.record });
      this.record = undefined;
    }
    return this.out.splice(0);
  }

  private openTagStart(name: string): void {
    if (this.rootName === undefined) {
      this.rootName = name;
      if (!DBLP_ROOTS.has(name)) {
        throw new ReadError(`${this.file} is not DBLP XML: its root element is <${name}>, not <dblp> or <dblpperson>`);
      }
      return;
    }
    if (this.record) {
      this.depth += 1;
      if (this.depth === 1) this.field = { name, attributes: {}, text: '', start: this.tagStart(name) };
      return;
    }
    if (RECORD_ELEMENTS.has(name)) {
      this.record = { element: name, attributes: {}, line: this.parser.line, fields: [] };
      this.depth = 0;
    }
  }

  private openTag(tag: SaxesTagPlain): void {
    if (!this.record) return;
    if (this.depth === 0 && tag.name === this.record.element) this.record.attributes = { ...tag.attributes };
    else if (this.depth === 1 && this.field) this.field.attributes = { ...tag.attributes };
  }

  private addText(text: string): void {
    if (this.field) this.field.text += text;
  }

  private closeTag(name: string): void {
    if (!this.record) {
      if (name === this.rootName) this.rootClosed = true;
      return;
    }
    if (this.depth > 0) {
      if (this.depth === 1 && this.field) this.endField(this.field);
      this.depth -= 1;
      return;
    }
    this.out.push({ type: 'record', record: this.record });
    this.record = undefined;
  }

  private endField(field: OpenField): void {
    const record = this.record;
    this.field = undefined;
    if (!record || record.problem) return;
    if (record.fields.length >= MAX_FIELDS) {
      record.problem = `the record has more than ${MAX_FIELDS} fields, more than any DBLP record`;
      record.fields = [];
      return;
    }
    const from = field.start - this.bufferStart;
    const raw = from >= 0 ? this.buffer.slice(from, this.parser.position - this.bufferStart) : '';
    const cut = raw.length > RAW_SNIPPET ? `${raw.slice(0, RAW_SNIPPET)}…` : raw;
    record.fields.push({ name: field.name, attributes: field.attributes, text: field.text, raw: cut });
  }

  /** Where the `<name` of the tag just started lies in the stream. */
  private tagStart(name: string): number {
    const at = this.buffer.lastIndexOf(`<${name}`, this.parser.position - this.bufferStart);
    return at < 0 ? this.parser.position : this.bufferStart + at;
  }

  private fail(message: string): void {
    const reason = message.replace(/^[^:]*:\d+:\d+: /, '');
    if (this.rootName === undefined) throw new ReadError(`${this.file} is not well-formed DBLP XML: ${message}`);
    if (this.record) {
      this.record.problem ??= `malformed XML inside the record (line ${this.parser.line}): ${reason}`;
      return;
    }
    // The one expected complaint after the root: the root left open by a file cut at a record's end.
    if (this.rootClosed && /text data outside of root node/.test(reason)) return;
    this.out.push({ type: 'problem', line: this.parser.line, reason: `malformed XML: ${reason}` });
  }

  /** Keeps only what is still needed: the field being read, or a short tail for a split tag. */
  private trim(): void {
    // saxes's `position` is only right inside its callbacks; between writes, count ourselves.
    const position = this.written;
    let keep = position - TAIL;
    if (this.field && position - this.field.start <= MAX_RAW_FIELD) keep = Math.min(keep, this.field.start);
    const drop = keep - this.bufferStart;
    if (drop <= 0) return;
    this.buffer = this.buffer.slice(drop);
    this.bufferStart = keep;
  }
}
