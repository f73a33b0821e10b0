import type { ViewState } from '../view-state.ts';
import { DEFAULT_LIMIT } from '../view-state.ts';
import { mergeSubgraphs } from './merge.ts';
import { focusNeighborhood, lineage, neighborhood, paths, sharedPlaces, type GraphRead } from './reads.ts';
import type { Path, Subgraph } from './types.ts';

/** One read whose answer becomes part of the graph. */
export interface Source<T = unknown> {
  /** The entity whose neighbourhood this is, if any (for "truncated" notices). */
  root: string | null;
  read: GraphRead<T>;
  subgraph: (value: T) => Subgraph;
  /** Only what it shares with another overlapping source is shown (common ground). */
  overlap: boolean;
}

export interface Plan {
  /** What the view is about; drawn once all of it has arrived, so it is laid out in one go. */
  base: Source[];
  /** Neighbourhoods the user added; each grows the drawing as it arrives. */
  expansions: Source[];
  /** The entities the view is about: the focus, or the people a question names. */
  anchors: string[];
  expanded: string[];
  layout: 'force' | 'tree';
  /** Changes when the view is about something else, so the canvas lays out afresh. */
  layoutKey: string;
}

const same = (subgraph: Subgraph) => subgraph;

function source<T>(root: string | null, read: GraphRead<T>, subgraph: (value: T) => Subgraph, overlap = false): Source {
  return { root, read, subgraph, overlap } as Source;
}

function pathsSubgraph(found: Path[]): Subgraph {
  return mergeSubgraphs(found.map((p) => ({ nodes: p.nodes, edges: p.edges, truncated: false })));
}

/** What the graph is made of for a view: pure, so it can be derived. */
export function plan(view: ViewState): Plan {
  const q = view.question;
  let base: Source[] = [];
  let anchors: string[] = [];
  let layout: Plan['layout'] = 'force';
  if (!q && view.focus) {
    base = [source(view.focus, focusNeighborhood(view.focus, view.limit), same)];
    anchors = [view.focus];
  } else if (q?.kind === 'connect') {
    anchors = [q.from, q.to].filter((id): id is string => Boolean(id));
    if (q.from && q.to) base = [source(null, paths(q.from, q.to), pathsSubgraph)];
  } else if (q?.kind === 'common') {
    anchors = q.people;
    const [first, ...others] = q.people;
    base = [
      ...q.people.map((id) => source(id, neighborhood(id, view.limit, null), same, true)),
      ...others.map((id) => source(null, sharedPlaces(first!, id), pathsSubgraph)),
    ];
  } else if (q?.kind === 'lineage' && q.person) {
    anchors = [q.person];
    base = [source(q.person, lineage(q.person, q.direction), same)];
    layout = 'tree';
  }
  if (q?.kind === 'talent') {
    return { base: [], expansions: [], anchors: [], expanded: [], layout, layoutKey: 'talent' };
  }
  const expansions = view.expanded.map((e) => source(e.id, neighborhood(e.id, DEFAULT_LIMIT, e.relations), same));
  return {
    base,
    expansions,
    anchors,
    expanded: view.expanded.map((e) => e.id),
    layout,
    layoutKey: base.map((s) => s.read.key).join(' ') || 'empty',
  };
}
