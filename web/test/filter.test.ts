import { describe, expect, test } from 'vitest';
import { relationCounts, visibleGraph, yearBounds } from '../src/lib/graph/filter.ts';
import type { Graph } from '../src/lib/graph/types.ts';
import { EMPTY_VIEW, type ViewState } from '../src/lib/view-state.ts';
import { edge, node } from './fixtures.ts';

// Chaopeng at the centre: a school, a company, two papers, a co-author and a skill.
const graph: Graph = {
  nodes: [
    node('p:chaopeng', 'Chaopeng Zhang', 'PERSON', { role: 'anchor' }),
    node('o:beihang', 'Beihang University', 'ORGANIZATION'),
    node('o:google', 'Google Brain', 'ORGANIZATION'),
    node('pub:old', 'A 2015 paper', 'PUBLICATION', { year: 2015 }),
    node('pub:new', 'A 2021 paper', 'PUBLICATION', { year: 2021 }),
    node('p:qiong', 'Qiong Cao'),
    node('s:python', 'Python', 'SKILL'),
  ],
  edges: [
    edge('studied', 'STUDIED_AT', 'p:chaopeng', 'o:beihang', { start: '2012-09', end: '2016-06' }),
    edge('worked', 'WORKED_AT', 'p:chaopeng', 'o:google', { start: '2019', end: null }),
    edge('wrote-old', 'AUTHORED', 'p:chaopeng', 'pub:old'),
    edge('wrote-new', 'AUTHORED', 'p:chaopeng', 'pub:new'),
    edge('qiong-new', 'AUTHORED', 'p:qiong', 'pub:new'),
    edge('knows', 'HAS_SKILL', 'p:chaopeng', 's:python'),
  ],
  truncated: [],
  loading: false,
  errors: [],
};

const ids = (view: Partial<ViewState>) => {
  const shown = visibleGraph(graph, { ...EMPTY_VIEW, ...view });
  return { nodes: shown.nodes.map((n) => n.id).sort(), edges: shown.edges.map((e) => e.id).sort() };
};

describe('what the filters leave on screen', () => {
  test('no filter shows everything', () => {
    expect(ids({})).toEqual({ nodes: graph.nodes.map((n) => n.id).sort(), edges: graph.edges.map((e) => e.id).sort() });
  });

  test('a hidden node goes with its lines, and a neighbour left with none goes too', () => {
    expect(ids({ hidden: ['pub:new'] })).toEqual({
      nodes: ['o:beihang', 'o:google', 'p:chaopeng', 'pub:old', 's:python'],
      edges: ['knows', 'studied', 'worked', 'wrote-old'],
    });
  });

  test('unticked relation kinds drop their lines and the nodes only they reached; the anchor stays', () => {
    expect(ids({ relations: ['HAS_SKILL'] })).toEqual({ nodes: ['p:chaopeng', 's:python'], edges: ['knows'] });
    expect(ids({ relations: ['MENTORED'] })).toEqual({ nodes: ['p:chaopeng'], edges: [] });
  });

  test('a year range drops dated lines and publications outside it, keeps undated lines', () => {
    expect(ids({ years: { from: 2013, to: 2016 } })).toEqual({
      nodes: ['o:beihang', 'p:chaopeng', 'pub:old', 's:python'],
      edges: ['knows', 'studied', 'wrote-old'],
    });
  });

  test('an open end means still there, so a later range keeps the current job', () => {
    expect(ids({ years: { from: 2024, to: 2025 } }).nodes).toEqual(['o:google', 'p:chaopeng', 's:python']);
  });

  test('an expanded node stays even when every line to it is filtered out', () => {
    const expanded = {
      ...graph,
      nodes: graph.nodes.map((n) => (n.id === 'p:qiong' ? { ...n, role: 'expanded' as const } : n)),
    };
    const shown = visibleGraph(expanded, { ...EMPTY_VIEW, relations: ['HAS_SKILL'] });
    expect(shown.nodes.map((n) => n.id).sort()).toEqual(['p:chaopeng', 'p:qiong', 's:python']);
  });
});

describe('filter bounds and counts', () => {
  test('the year bounds span dated lines and publications', () => {
    expect(yearBounds(graph)).toEqual({ min: 2012, max: 2021 });
    expect(yearBounds({ ...graph, nodes: [], edges: [edge('x', 'HAS_SKILL', 'a', 'b')] })).toBeNull();
  });

  test('relation counts count lines of each kind', () => {
    const counts = relationCounts(graph);
    expect(counts.get('AUTHORED')).toBe(3);
    expect(counts.get('STUDIED_AT')).toBe(1);
    expect(counts.has('MENTORED')).toBe(false);
  });
});
