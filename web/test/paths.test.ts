import { describe, expect, test } from 'vitest';
import { distinctPaths, pathIds, rankPaths } from '../src/lib/graph/paths.ts';
import { node, path } from './fixtures.ts';

const qianhao = node('person:qianhao-zhang', 'Qianhao Zhang');
const beihang = node('org:beihang', 'Beihang University', 'ORGANIZATION');
const chaopeng = node('person:chaopeng-zhang', 'Chaopeng Zhang');
const paper = node('pub:nrnm', 'Non-local Recurrent Neural Memory', 'PUBLICATION');
const python = node('skill:python', 'Python', 'SKILL');

describe('ranking paths', () => {
  const mentorship = path([qianhao, chaopeng], [['m', 'MENTORED', qianhao.id, chaopeng.id]]);
  const school = path(
    [qianhao, beihang, chaopeng],
    [
      ['s1', 'STUDIED_AT', qianhao.id, beihang.id],
      ['s2', 'STUDIED_AT', chaopeng.id, beihang.id],
    ],
  );
  const skill = path(
    [qianhao, python, chaopeng],
    [
      ['k1', 'HAS_SKILL', qianhao.id, python.id],
      ['k2', 'HAS_SKILL', chaopeng.id, python.id],
    ],
  );
  const paperAndSkill = path(
    [qianhao, paper, chaopeng, python],
    [
      ['a1', 'AUTHORED', qianhao.id, paper.id],
      ['a2', 'AUTHORED', chaopeng.id, paper.id],
      ['k2', 'HAS_SKILL', chaopeng.id, python.id],
    ],
  );

  test('the weakest link decides, then length', () => {
    const ranked = rankPaths([paperAndSkill, skill, school, mentorship]);
    expect(ranked.map((p) => p.edges.map((e) => e.id).join(' '))).toEqual(['m', 's1 s2', 'k1 k2', 'a1 a2 k2']);
  });

  test('among equally weak, equally long paths the lighter one comes first', () => {
    const authorship = path(
      [qianhao, paper, chaopeng],
      [
        ['a1', 'AUTHORED', qianhao.id, paper.id],
        ['s2', 'STUDIED_AT', chaopeng.id, beihang.id],
      ],
    );
    expect(rankPaths([school, authorship])[0]).toBe(authorship);
  });

  test('the input is left in its order', () => {
    const input = [skill, mentorship];
    rankPaths(input);
    expect(input).toEqual([skill, mentorship]);
  });
});

describe('paths as sets', () => {
  test('paths through the same edges are kept once, the first of them', () => {
    const a = path([qianhao, chaopeng], [['m', 'MENTORED', qianhao.id, chaopeng.id]]);
    const b = path([qianhao, chaopeng], [['m', 'MENTORED', qianhao.id, chaopeng.id]]);
    const c = path([chaopeng, paper], [['e3', 'AUTHORED', chaopeng.id, paper.id]]);
    const distinct = distinctPaths([a, c, b]);
    expect(distinct).toHaveLength(2);
    expect(distinct[0]).toBe(a);
    expect(distinct[1]).toBe(c);
  });

  test('a path highlights its nodes and its edges', () => {
    const p = path([chaopeng, paper], [['e3', 'AUTHORED', chaopeng.id, paper.id]]);
    expect([...pathIds(p)].sort()).toEqual(['e3', 'person:chaopeng-zhang', 'pub:nrnm']);
  });
});
