import type { Direction, RelationKind } from './api/generated.ts';
import { LINEAGE_DIRECTIONS, TALENT_GROUPINGS, type TalentGrouping } from './question-choices.ts';
import { isRelationKind } from './relations.ts';

export type Question =
  | { kind: 'connect'; from: string | null; to: string | null }
  | { kind: 'common'; people: string[] }
  | { kind: 'lineage'; person: string | null; direction: Direction }
  | { kind: 'talent'; by: TalentGrouping };

export type Mode = Question['kind'] | 'explore';

export interface Expansion {
  id: string;
  /** The relation kinds chosen for a busy node; null takes them all. */
  relations: RelationKind[] | null;
}

export type Selection = { type: 'node' | 'edge'; id: string };

/** Everything on screen that a link should bring back. */
export interface ViewState {
  focus: string | null;
  limit: number;
  expanded: Expansion[];
  hidden: string[];
  /** Relation kinds shown; null shows all. */
  relations: RelationKind[] | null;
  years: { from: number; to: number } | null;
  selected: Selection | null;
  question: Question | null;
}

export const DEFAULT_LIMIT = 200;

export const EMPTY_VIEW: ViewState = {
  focus: null,
  limit: DEFAULT_LIMIT,
  expanded: [],
  hidden: [],
  relations: null,
  years: null,
  selected: null,
  question: null,
};

function list(value: string | null): string[] {
  return value ? value.split(',').filter(Boolean) : [];
}

function relationList(value: string | null): RelationKind[] | null {
  const kinds = list(value).filter(isRelationKind);
  return kinds.length > 0 ? kinds : null;
}

function parseQuestion(params: URLSearchParams): Question | null {
  switch (params.get('q')) {
    case 'connect':
      return { kind: 'connect', from: params.get('from'), to: params.get('to') };
    case 'common':
      return { kind: 'common', people: list(params.get('people')) };
    case 'lineage': {
      const direction = params.get('dir') as Direction;
      return {
        kind: 'lineage',
        person: params.get('person'),
        direction: LINEAGE_DIRECTIONS.includes(direction) ? direction : 'BOTH',
      };
    }
    case 'talent': {
      const by = params.get('by') as TalentGrouping;
      return { kind: 'talent', by: TALENT_GROUPINGS.includes(by) ? by : 'FLOW' };
    }
    default:
      return null;
  }
}

export function parseView(search: string): ViewState {
  const params = new URLSearchParams(search);
  const limit = Number(params.get('limit'));
  const years = /^(\d{4})-(\d{4})$/.exec(params.get('years') ?? '');
  const edge = params.get('edge');
  const node = params.get('sel');
  return {
    focus: params.get('focus'),
    limit: Number.isInteger(limit) && limit > 0 ? limit : DEFAULT_LIMIT,
    expanded: list(params.get('expand')).map((item) => {
      const [id = '', relations = null] = item.split('~');
      return { id, relations: relationList(relations && relations.replaceAll('.', ',')) };
    }),
    hidden: list(params.get('hide')),
    relations: relationList(params.get('rel')),
    years: years ? yearRange(Number(years[1]), Number(years[2])) : null,
    selected: edge ? { type: 'edge', id: edge } : node ? { type: 'node', id: node } : null,
    question: parseQuestion(params),
  };
}

/** The query string for a view, with ids left readable (`?focus=person:chaopeng-zhang`). */
export function viewQuery(view: ViewState): string {
  const q = view.question;
  const entries: [string, string | null | undefined][] = [
    ['focus', view.focus],
    ['limit', view.limit === DEFAULT_LIMIT ? null : String(view.limit)],
    ['expand', view.expanded.map((e) => (e.relations ? `${e.id}~${e.relations.join('.')}` : e.id)).join(',')],
    ['hide', view.hidden.join(',')],
    ['rel', view.relations?.join(',')],
    ['years', view.years && `${view.years.from}-${view.years.to}`],
    [view.selected?.type === 'edge' ? 'edge' : 'sel', view.selected?.id],
    ['q', q?.kind],
    ['from', q?.kind === 'connect' ? q.from : null],
    ['to', q?.kind === 'connect' ? q.to : null],
    ['people', q?.kind === 'common' ? q.people.join(',') : null],
    ['person', q?.kind === 'lineage' ? q.person : null],
    ['dir', q?.kind === 'lineage' && q.direction !== 'BOTH' ? q.direction : null],
    ['by', q?.kind === 'talent' ? q.by : null],
  ];
  const query = entries
    .filter((entry): entry is [string, string] => Boolean(entry[1]))
    .map(([key, value]) => `${key}=${encodeURIComponent(value).replace(/%3A/gi, ':').replace(/%2C/gi, ',')}`)
    .join('&');
  return query ? `?${query}` : '';
}

export function modeOf(view: ViewState): Mode {
  return view.question?.kind ?? 'explore';
}

/**
 * Whether going from one view to another is a step of its own in the browser's history: a new
 * focus or a different question is; selection, filters, expansions and hidden nodes are not,
 * so Back does not have to walk through every click.
 */
export function isNavigation(from: ViewState, to: ViewState): boolean {
  const place = (view: ViewState) => viewQuery({ ...EMPTY_VIEW, focus: view.focus, question: view.question });
  return place(from) !== place(to);
}

/** A hand-edited link may give the years backwards; read it as the range it means. */
function yearRange(a: number, b: number): { from: number; to: number } {
  return { from: Math.min(a, b), to: Math.max(a, b) };
}
