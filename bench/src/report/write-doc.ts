import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from '@cohort/db';

export const DOC = path.join(repoRoot, 'docs', 'performance.md');
const START = '<!-- bench:results:start (written by npm run bench; edit around it) -->';
const END = '<!-- bench:results:end -->';

/** Replaces what lies between the markers, so the prose around the figures stays as written. */
export function writeResults(markdown: string): void {
  const text = existsSync(DOC) ? readFileSync(DOC, 'utf8') : `# Performance\n\n${START}\n${END}\n`;
  const start = text.indexOf(START);
  const end = text.indexOf(END);
  const block = `${START}\n\n${markdown}\n\n${END}`;
  const next =
    start >= 0 && end > start
      ? text.slice(0, start) + block + text.slice(end + END.length)
      : `${text.trimEnd()}\n\n${block}\n`;
  writeFileSync(DOC, next);
}
