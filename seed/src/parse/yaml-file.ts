import { readFileSync } from 'node:fs';
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import { displayPath, formatField, type FieldPath, type SeedProblem } from '../problems.ts';

/** A parsed YAML data file that can say on which line any part of it stands. */
export class YamlFile {
  readonly display: string;
  readonly data: unknown;
  readonly problems: SeedProblem[] = [];
  private readonly doc: Document;
  private readonly lines = new LineCounter();

  constructor(readonly file: string) {
    this.display = displayPath(file);
    const text = readFileSync(file, 'utf8');
    this.doc = parseDocument(text, { lineCounter: this.lines, uniqueKeys: true, prettyErrors: false });
    // Later syntax errors are mostly echoes of the first, which is the one to fix.
    const [error] = this.doc.errors;
    if (error) {
      const line = this.lines.linePos(error.pos[0]).line;
      this.problems.push({ file: this.display, line, field: '', message: `malformed YAML: ${error.message}` });
    }
    this.data = this.doc.errors.length === 0 ? this.doc.toJS() : undefined;
  }

  /**
   * The line of the deepest node on the path that exists: the key's line for a map entry, so a
   * missing field points at the entry that lacks it and a bad one at its own line.
   */
  lineOf(fieldPath: FieldPath): number {
    let node: unknown = this.doc.contents;
    let line = this.lineAt(node) ?? 1;
    for (const segment of fieldPath) {
      if (isMap(node)) {
        const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === String(segment));
        if (!pair) break;
        line = this.lineAt(pair.key) ?? line;
        node = pair.value;
      } else if (isSeq(node) && typeof segment === 'number') {
        const item = node.items[segment];
        if (item === undefined) break;
        node = isPair(item) ? item.key : item;
        line = this.lineAt(node) ?? line;
      } else {
        break;
      }
    }
    return line;
  }

  problem(fieldPath: FieldPath, message: string): SeedProblem {
    return { file: this.display, line: this.lineOf(fieldPath), field: formatField(fieldPath), message };
  }

  /** Every scalar in the file with its path and line, for checks that apply to all values. */
  *scalars(): Generator<{ path: FieldPath; line: number; value: unknown }> {
    yield* this.walk(this.doc.contents, []);
  }

  private *walk(node: unknown, at: (string | number)[]): Generator<{ path: FieldPath; line: number; value: unknown }> {
    if (isMap(node)) {
      for (const pair of node.items) {
        const key = isScalar(pair.key) ? String(pair.key.value) : '?';
        yield* this.walk(pair.value, [...at, key]);
      }
    } else if (isSeq(node)) {
      for (const [index, item] of node.items.entries()) yield* this.walk(item, [...at, index]);
    } else if (isScalar(node)) {
      yield { path: at, line: this.lineAt(node) ?? 1, value: node.value };
    }
  }

  private lineAt(node: unknown): number | undefined {
    const range = (node as Node | null | undefined)?.range;
    return range ? this.lines.linePos(range[0]).line : undefined;
  }
}
