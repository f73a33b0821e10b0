import { describe, expect, test } from 'vitest';
import type { Path } from '../src/lib/graph/types.ts';
import { pathSteps } from '../src/lib/path-sentences.ts';
import { node, path } from './fixtures.ts';

/** The sentence a reader sees, names in place of the entity links. */
function told(p: Path): string {
  return pathSteps(p)
    .map((step) => step.joiner + step.template.replace('{s}', step.s.name).replace('{t}', step.t.name))
    .join('');
}

const qianhao = node('person:qianhao-zhang', 'Qianhao Zhang');
const beihang = node('org:beihang', 'Beihang University', 'ORGANIZATION');
const chaopeng = node('person:chaopeng-zhang', 'Chaopeng Zhang');
const qiong = node('person:qiong-cao', 'Qiong Cao');
const paper = node('pub:nrnm', 'Non-local Recurrent Neural Memory', 'PUBLICATION');
const lab = node('org:vgg', 'Visual Geometry Group', 'ORGANIZATION');
const oxford = node('org:oxford', 'University of Oxford', 'ORGANIZATION');

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
    expect(told(path([lab, oxford], [['u', 'PART_OF', lab.id, oxford.id]]))).toBe(
      'Visual Geometry Group is part of University of Oxford',
    );
  });

  test('a hop whose edge is missing is left out rather than told wrongly', () => {
    const p = path([chaopeng, paper, qiong], [['e3', 'AUTHORED', chaopeng.id, paper.id]]);
    const steps = pathSteps(p);
    expect(steps).toHaveLength(1);
    expect(steps[0]!.edge.id).toBe('e3');
  });
});
