import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { LineCounter, parseDocument, type Document } from 'yaml';

const seedDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const REAL_DATA_DIR = path.join(seedDir, 'data');
export const REAL_SOURCES_DIR = path.join(seedDir, 'sources');

/** A temporary copy of the seed data and its sources, to break one thing in. */
export class DataCopy {
  readonly root = mkdtempSync(path.join(os.tmpdir(), 'cohort-seed-test-'));
  readonly dataDir = path.join(this.root, 'data');

  constructor() {
    cpSync(REAL_DATA_DIR, this.dataDir, { recursive: true });
    cpSync(REAL_SOURCES_DIR, path.join(this.root, 'sources'), { recursive: true });
  }

  file(name: string): string {
    return path.join(this.dataDir, name);
  }

  read(name: string): string {
    return readFileSync(this.file(name), 'utf8');
  }

  write(name: string, text: string): void {
    writeFileSync(this.file(name), text);
  }

  /** Edits a data file through the YAML document model, keeping comments and layout. */
  edit(name: string, change: (doc: Document, data: any) => void): void {
    const doc = parseDocument(this.read(name));
    change(doc, doc.toJS());
    this.write(name, doc.toString({ lineWidth: 0 }));
  }

  /** The 1-based line of the first line containing the text. */
  lineContaining(name: string, text: string): number {
    const index = this.read(name)
      .split('\n')
      .findIndex((line) => line.includes(text));
    if (index === -1) throw new Error(`${text} is not in ${name}`);
    return index + 1;
  }

  /** The line where the node at the path starts, read with the yaml package directly. */
  lineOfNode(name: string, nodePath: (string | number)[]): number {
    const lines = new LineCounter();
    const doc = parseDocument(this.read(name), { lineCounter: lines });
    const node = doc.getIn(nodePath, true) as { range?: [number, number, number] } | undefined;
    if (!node?.range) throw new Error(`nothing at ${nodePath.join('.')} in ${name}`);
    return lines.linePos(node.range[0]).line;
  }

  remove(): void {
    rmSync(this.root, { recursive: true, force: true });
  }
}
