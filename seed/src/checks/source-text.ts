const WHITESPACE = /\s+/gu;

function squeeze(text: string): string {
  return text.replace(WHITESPACE, '');
}

/** A source document, searchable by line with whitespace ignored. */
export class SourceText {
  private readonly lines: string[];
  /** The document without whitespace, and where each original line begins in it. */
  private readonly squeezed: string;
  private readonly lineStarts: number[] = [];

  constructor(text: string) {
    this.lines = text.split(/\r?\n/);
    let squeezed = '';
    for (const line of this.lines) {
      this.lineStarts.push(squeezed.length);
      squeezed += squeeze(line);
    }
    this.squeezed = squeezed;
  }

  get lineCount(): number {
    return this.lines.length;
  }

  /** Whether the quote occurs beginning somewhere on the given 1-based line. */
  hasQuoteAt(line: number, quote: string): boolean {
    const needle = squeeze(quote);
    const from = this.lineStarts[line - 1];
    if (needle === '' || from === undefined) return false;
    const until = this.lineStarts[line] ?? this.squeezed.length;
    const at = this.squeezed.indexOf(needle, from);
    return at !== -1 && at < until;
  }

  /** The lines on which the quote does begin, to tell a curator where it really is. */
  linesWithQuote(quote: string): number[] {
    const needle = squeeze(quote);
    const found = new Set<number>();
    if (needle === '') return [];
    for (let at = this.squeezed.indexOf(needle); at !== -1; at = this.squeezed.indexOf(needle, at + 1)) {
      found.add(this.lineOfOffset(at));
    }
    return [...found];
  }

  private lineOfOffset(offset: number): number {
    // The last line that starts at or before the offset; blank lines start where the next begins.
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const mid = Math.ceil((low + high) / 2);
      if ((this.lineStarts[mid] ?? 0) <= offset) low = mid;
      else high = mid - 1;
    }
    return low + 1;
  }
}
