import type { Question, ViewState } from '../view-state.ts';
import type { Plan } from './plan.ts';
import { commonGround, entityDetail, paths, stats, talentFlow, talentMap, type GraphRead } from './reads.ts';

/**
 * The reads a view needs besides its graph's, each decided here once: the explorer fetches
 * them, and components look up the answer to the one they show. Null when the view has none.
 */
export function viewReads(view: ViewState) {
  const q = view.question;
  const selected = view.selected?.type === 'node' ? view.selected.id : null;
  return {
    stats: !q && !view.focus ? stats() : null,
    paths: q?.kind === 'connect' && q.from && q.to ? paths(q.from, q.to) : null,
    commonGround: q?.kind === 'common' && q.people.length > 1 ? commonGround(q.people) : null,
    talentFlow: q?.kind === 'talent' && q.by === 'FLOW' ? talentFlow() : null,
    talentMap: q?.kind === 'talent' && q.by !== 'FLOW' ? talentMap(q.by) : null,
    selectedDetail: selected ? entityDetail(selected) : null,
    // The pickers name whom the question is about before the graph, or without it, has them.
    subjectDetails: [...new Set(questionSubjects(q))]
      .filter((id): id is string => Boolean(id) && id !== selected)
      .map(entityDetail),
  };
}

export type ViewReads = ReturnType<typeof viewReads>;

/** Every read the view needs, the graph's first. */
export function everyRead(plan: Plan, reads: ViewReads): GraphRead<unknown>[] {
  const { stats, paths, commonGround, talentFlow, talentMap, selectedDetail, subjectDetails } = reads;
  const own = [stats, paths, commonGround, talentFlow, talentMap, selectedDetail, ...subjectDetails];
  return [...[...plan.base, ...plan.expansions].map((s) => s.read), ...own.filter((read) => read !== null)];
}

function questionSubjects(q: Question | null): (string | null)[] {
  if (q?.kind === 'connect') return [q.from, q.to];
  if (q?.kind === 'common') return q.people;
  if (q?.kind === 'lineage') return [q.person];
  return [];
}
