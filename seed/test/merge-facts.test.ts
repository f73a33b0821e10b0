import { describe, expect, it } from 'vitest';
import type { FactRecord } from '../src/records.ts';
import { mergeFacts } from '../src/resolve/merge-facts.ts';

const SOURCE = 'cv.txt';

function fact(
  values: FactRecord['values'],
  evidence: [number, string][],
  key = '',
  basis: FactRecord['basis'] = 'stated',
): FactRecord {
  const origin = { yaml: undefined as never, at: [] };
  return {
    kind: 'WORKED_AT',
    from: 'person:someone',
    to: 'org:somewhere',
    key,
    values,
    basis,
    evidence: evidence.map(([line, quote]) => ({ source: SOURCE, line, quote, origin })),
    origin,
  };
}

describe('merging facts', () => {
  const english = fact({ role: 'Research Intern', start: '2018-05', end: '2019-04', note: 'English half' }, [
    [43, 'Tencent Youtu X-Lab Face Recognition'],
    [47, 'Research Intern Leader: Q. Example, q@example.org'],
    [49, 'May 2018 - April 2019'],
  ]);
  const chinese = fact({ start: '2018-03', end: '2019-04', note: 'Chinese half' }, [
    [120, '腾讯 优图实验室 人脸识别'],
    [126, 'Mar 2018 - April 2019'],
    [43, 'Tencent Youtu X-Lab Face Recognition'],
  ]);

  it('makes one relationship of facts with the same kind, ends and key', () => {
    const [merged, ...rest] = mergeFacts([english, chinese]);
    expect(rest).toEqual([]);
    expect(merged?.id).toBe('WORKED_AT:person:someone->org:somewhere#');
    expect(merged?.evidence.map((e) => e.line)).toEqual([43, 47, 49, 120, 126]);
    expect(merged?.evidence[1]?.quote).toBe('Research Intern Leader: Q. Example, [email]');
  });

  it('calls a fact inferred only when no document states it', () => {
    const implied = fact({}, [[47, 'Research Intern Leader: Q. Example']], '', 'inferred');
    expect(mergeFacts([implied])[0]?.basis).toBe('inferred');
    expect(mergeFacts([implied, english])[0]?.basis).toBeUndefined();
    expect(mergeFacts([english])[0]?.basis).toBeUndefined();
  });

  it('keeps the first value and records every claim with the quotes that state it', () => {
    const [merged] = mergeFacts([english, chinese]);
    expect(merged?.values).toMatchObject({ role: 'Research Intern', start: '2018-05', end: '2019-04' });
    expect(merged?.conflicts).toEqual([
      {
        field: 'start',
        claims: [
          { value: '2018-05', source: SOURCE, line: 49, quote: 'May 2018 - April 2019' },
          { value: '2018-03', source: SOURCE, line: 126, quote: 'Mar 2018 - April 2019' },
        ],
      },
    ]);
  });

  it('joins notes instead of calling them a disagreement', () => {
    const [merged] = mergeFacts([english, chinese]);
    expect(merged?.values.note).toBe('English half; Chinese half');
  });

  it('keeps facts with different keys apart', () => {
    const relationships = mergeFacts([
      fact({ start: '2018' }, [[1, 'a']], 'first'),
      fact({ start: '2020' }, [[2, 'b']], 'second'),
    ]);
    expect(relationships.map((r) => [r.id, r.conflicts.length])).toEqual([
      ['WORKED_AT:person:someone->org:somewhere#first', 0],
      ['WORKED_AT:person:someone->org:somewhere#second', 0],
    ]);
  });
});
