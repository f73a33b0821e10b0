interface Frame {
  pointer: string;
  array: boolean;
  index: number;
  key: string;
  expectKey: boolean;
}

const escapePointer = (token: string) => token.replaceAll('~', '~0').replaceAll('/', '~1');

/**
 * The 1-based line on which each value starts, keyed by JSON pointer, for values no deeper
 * than `maxDepth` (`/education/1` is depth 2). JSON.parse keeps no positions, and a résumé is small,
 * so one pass over the text that only tracks strings and brackets is cheap.
 */
export function valueLines(text: string, maxDepth = 2): Map<string, number> {
  const lines = new Map<string, number>();
  const stack: Frame[] = [];
  let line = 1;

  const startValue = (): string => {
    const top = stack.at(-1);
    if (!top) return '';
    const pointer = `${top.pointer}/${top.array ? top.index++ : escapePointer(top.key)}`;
    if (stack.length <= maxDepth) lines.set(pointer, line);
    return pointer;
  };

  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\n') line++;
    else if (c === '"') {
      let end = i + 1;
      while (end < text.length && text[end] !== '"') end += text[end] === '\\' ? 2 : 1;
      const top = stack.at(-1);
      if (top && !top.array && top.expectKey) {
        top.key = parseKey(text.slice(i, end + 1));
        top.expectKey = false;
      } else startValue();
      i = end;
    } else if (c === '{' || c === '[') {
      stack.push({ pointer: startValue(), array: c === '[', index: 0, key: '', expectKey: c === '{' });
    } else if (c === '}' || c === ']') stack.pop();
    else if (c === ',') {
      const top = stack.at(-1);
      if (top && !top.array) top.expectKey = true;
    } else if (c !== undefined && /[-\dtfn]/.test(c)) {
      startValue();
      while (i + 1 < text.length && !/[\s,\]}]/.test(text[i + 1]!)) i++;
    }
  }
  return lines;
}

function parseKey(quoted: string): string {
  try {
    return JSON.parse(quoted) as string;
  } catch {
    return quoted.slice(1, -1);
  }
}
