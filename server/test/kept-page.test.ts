import { describe, expect, it } from 'vitest';
import { keptPage } from '../src/data/talent.ts';

const ids = (n: number) => Array.from({ length: n }, (_, i) => `person:p${i}`);

describe('pages of people from the ids a ranking kept', () => {
  it('serves a page that lies within the kept ids', () => {
    expect(keptPage(ids(200), 35_000, { offset: 190, first: 10 })).toEqual(ids(200).slice(190));
  });

  it('serves any page of a group no larger than what was kept, an empty one past its end', () => {
    expect(keptPage(ids(7), 7, { offset: 5, first: 10 })).toEqual(['person:p5', 'person:p6']);
    expect(keptPage(ids(7), 7, { offset: 10, first: 10 })).toEqual([]);
  });

  it('leaves a page past the kept ids of a larger group to the graph', () => {
    expect(keptPage(ids(200), 35_000, { offset: 195, first: 10 })).toBeUndefined();
    expect(keptPage(ids(200), 201, { offset: 200, first: 1 })).toBeUndefined();
  });
});
