import { describe, expect, test } from 'vitest';
import type { RelationKind } from '../src/lib/api/generated.ts';
import type { GraphNode, Path } from '../src/lib/graph/types.ts';
import { distinctPaths, pathIds, pathSteps, rankPaths } from '../src/lib/paths.ts';
import { edge, node } from './fixtures.ts';

/** The sentence a reader sees, names in place of the entity links. */
function told(path: Path): string {
  return pathSteps(path)
    .map((step) => step.joiner + step.template.replace('{s}', step.s.name).replace('{t}', step.t.name))
    .join('');
}

function path(nodes: GraphNode[], edges: [string, RelationKind, string, string][]): Path {
  return { length: edges.length, nodes, edges: edges.map(([id, kind, s, t]) => edge(id, kind, s, t)) };
}

const qianhao = node('person:qianhao-zhang', 'Qianhao Zhang');
const beihang = node('org:beihang', 'Beihang University', 'ORGANIZATION');
const chaopeng = node('person:chaopeng-zhang', 'Chaopeng Zhang');
const qiong = node('person:qiong-cao', 'Qiong Cao');
const paper = node('pub:nrnm', 'Non-local Recurrent Neural Memory', 'PUBLICATION');
const lab = node('org:vgg', 'Visual Geometry Group', 'ORGANIZATION');
const oxford = node('org:oxford', 'University of Oxford', 'ORGANIZATION');
const python = node('skill:python', 'Python', 'SKILL');

describe('a path told as a sentence', () => {
  test('each hop continues from where the last ended, whichever way its edge points', () => {
    const p = path(
      [qianhao, beihang, chaopeng, paper, qiong],
      [
        ['e1', 'STUDIED_AT', qianhao.id, beihang.id],
        ['e2', 'STUDIED_AT', chaopeng.id, beihang.id],
        ['e3', 'AUTHORED', chaopeng.id, paper.id],
        ['e4', 'AUTHORED', qiong.id, paper.id],
      ],
    );
    expect(told(p)).toBe(
      'Qianhao Zhang studied at Beihang University, where Chaopeng Zhang studied; ' +
        'Chaopeng Zhang is an author of Non-local Recurrent Neural Memory, whose authors include Qiong Cao',
    );
  });

  test('a mentor reached backwards reads in the passive', () => {
    const mentor = node('person:mentor', 'Jian Sun');
    const p = path([chaopeng, mentor], [['m', 'MENTORED', mentor.id, chaopeng.id]]);
    expect(told(p)).toBe('Chaopeng Zhang was mentored by Jian Sun');
  });

  test('a unit continues into its parent without repeating the unit', () => {
    const p = path(
      [qiong, lab, oxford],
      [
        ['w', 'WORKED_AT', qiong.id, lab.id],
        ['u', 'PART_OF', lab.id, oxford.id],
      ],
    );
    expect(told(p)).toBe('Qiong Cao worked at Visual Geometry Group, part of University of Oxford');
    // Only a continuing hop takes the short form; a path that starts on the unit says it in full.
    expect(told(path([lab, oxford], [['u', 'PART_OF', lab.id, oxford.id]]))).toBe('Visual Geometry Group is part of University of Oxford');
  });

  test('a hop whose edge is missing is left out rather than told wrongly', () => {
    const p = path([chaopeng, paper, qiong], [['e3', 'AUTHORED', chaopeng.id, paper.id]]);
    const steps = pathSteps(p);
    expect(steps).toHaveLength(1);
    expect(steps[0]!.edge.id).toBe('e3');
  });
});

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
