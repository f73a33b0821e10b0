import { createContext } from 'svelte';
import type { RelationKind } from './api/generated.ts';
import { ReadCache, type Entry } from './graph/cache.svelte.ts';
import { compose } from './graph/compose.ts';
import { visibleGraph } from './graph/filter.ts';
import { plan } from './graph/plan.ts';
import { entityDetail, neighborCounts, type GraphRead } from './graph/reads.ts';
import type { ShownNode } from './graph/types.ts';
import { everyRead, viewReads } from './graph/view-reads.ts';
import {
  EMPTY_VIEW,
  isNavigation,
  modeOf,
  parseView,
  viewQuery,
  type Question,
  type Selection,
  type ViewState,
} from './view-state.ts';

/** A busy node waiting for the user to choose which of its neighbours to add. */
export interface PendingExpansion {
  id: string;
  name: string;
  counts: { kind: RelationKind; count: number }[];
}

// Expanding more neighbours than this at once asks first, so a big university cannot freeze the view.
export const BUSY_NODE = 40;

/**
 * What the explorer shows and how it got there. Actions change the view; everything on screen
 * is derived from the view and the answers in the cache.
 */
export class Explorer {
  view = $state.raw<ViewState>(EMPTY_VIEW);
  pendingExpansion = $state.raw<PendingExpansion | null>(null);
  #past = $state.raw<ViewState[]>([]);
  #future = $state.raw<ViewState[]>([]);
  readonly #cache = new ReadCache();

  readonly mode = $derived(modeOf(this.view));
  readonly plan = $derived(plan(this.view));
  readonly graph = $derived(compose(this.plan, this.#cache));
  readonly visible = $derived(visibleGraph(this.graph, this.view));
  /** The graph's nodes, hidden and filtered ones too. */
  readonly nodeById = $derived(new Map(this.graph.nodes.map((n) => [n.id, n])));
  readonly #visibleById = $derived(new Map(this.visible.nodes.map((n) => [n.id, n])));
  /** A path or group the user is reading, brought forward on the canvas; not part of the link. */
  highlight = $state.raw<Set<string> | null>(null);

  readonly #viewReads = $derived(viewReads(this.view));
  readonly #reads = $derived(everyRead(this.plan, this.#viewReads));
  // Answers to the view's own reads; undefined when the view does not ask for one.
  readonly statsEntry = $derived(this.#answer(this.#viewReads.stats));
  readonly pathsEntry = $derived(this.#answer(this.#viewReads.paths));
  readonly commonGroundEntry = $derived(this.#answer(this.#viewReads.commonGround));
  readonly talentFlowEntry = $derived(this.#answer(this.#viewReads.talentFlow));
  readonly talentMapEntry = $derived(this.#answer(this.#viewReads.talentMap));
  readonly selectedDetailEntry = $derived(this.#answer(this.#viewReads.selectedDetail));

  /** The first thing that failed among what the view needs; one message covers them all. */
  readonly failure = $derived.by(() => {
    for (const read of this.#reads) {
      const entry = this.#cache.peek(read);
      if (entry?.status === 'failed') return { error: entry.error };
    }
    return null;
  });
  readonly canUndo = $derived(this.#past.length > 0);
  readonly canRedo = $derived(this.#future.length > 0);

  constructor(search: string) {
    this.#show(parseView(search), 'replace');
  }

  /**
   * Shows the view an address holds after Back or Forward. The browser has already moved to that
   * entry, so it is replaced rather than pushed; undo can still step back from it.
   */
  restore(search: string): void {
    this.#past = [...this.#past, this.view].slice(-100);
    this.#future = [];
    this.#show(parseView(search), 'replace');
  }

  /** Moves to a new view that undo can step back from. */
  go(change: Partial<ViewState>): void {
    this.#past = [...this.#past, this.view].slice(-100);
    this.#future = [];
    this.#show({ ...this.view, ...change });
  }

  /** Focuses the graph on one entity, leaving any question. */
  focus(id: string): void {
    this.go({ focus: id, question: null, expanded: [], hidden: [], selected: { type: 'node', id } });
  }

  ask(question: Question): void {
    this.go({ question, expanded: [], hidden: [], selected: null });
  }

  /** Selection is not a step of its own for undo, but the link keeps it. */
  select(selected: Selection | null): void {
    this.#show({ ...this.view, selected });
  }

  async expand(id: string, name: string): Promise<void> {
    if (this.view.expanded.some((e) => e.id === id) || this.plan.anchors.includes(id)) return;
    let counts: PendingExpansion['counts'] = [];
    try {
      const raw = await this.#cache.fetch(neighborCounts(id));
      counts = raw.map((c) => ({ kind: c.kind as RelationKind, count: c.count }));
    } catch {
      // Without counts the neighbourhood's own limit still keeps the view responsive.
    }
    const total = counts.reduce((sum, c) => sum + c.count, 0);
    if (total > BUSY_NODE) this.pendingExpansion = { id, name, counts };
    else this.go({ expanded: [...this.view.expanded, { id, relations: null }] });
  }

  confirmExpansion(relations: RelationKind[] | null): void {
    const pending = this.pendingExpansion;
    this.pendingExpansion = null;
    if (pending && relations?.length !== 0)
      this.go({ expanded: [...this.view.expanded, { id: pending.id, relations }] });
  }

  cancelExpansion(): void {
    this.pendingExpansion = null;
  }

  /** A name for an id the view mentions, from the graph or the details already read. */
  nameOf(id: string): string {
    const node = this.nodeById.get(id);
    if (node) return node.name;
    const entry = this.#cache.peek(entityDetail(id));
    return entry?.status === 'ready' && entry.value.entity ? entry.value.entity.name : id;
  }

  hide(id: string): void {
    this.go({ hidden: [...this.view.hidden, id], selected: this.view.selected?.id === id ? null : this.view.selected });
  }

  undo(): void {
    const previous = this.#past.at(-1);
    if (!previous) return;
    this.#past = this.#past.slice(0, -1);
    this.#future = [this.view, ...this.#future];
    this.#show(previous);
  }

  redo(): void {
    const next = this.#future[0];
    if (!next) return;
    this.#future = this.#future.slice(1);
    this.#past = [...this.#past, this.view];
    this.#show(next);
  }

  /** The node as drawn, if it is on screen now. */
  visibleNode(id: string): ShownNode | undefined {
    return this.#visibleById.get(id);
  }

  /** An answer to a read outside the view's own, such as a further page of a list. */
  entryOf<T>(read: GraphRead<T>): Entry<T> | undefined {
    return this.#cache.peek(read);
  }

  /** Reads a further page of a list on screen; pages are not part of the link. */
  readMore(read: GraphRead<unknown>): void {
    this.#cache.retry(read);
  }

  retry(): void {
    this.#cache.forgetFailures();
    this.#cache.ensure(this.#reads);
  }

  /** Shows a view and writes it to the address: a new entry for a new place, in place otherwise. */
  #show(view: ViewState, write: 'auto' | 'replace' = 'auto'): void {
    const push = write === 'auto' && isNavigation(this.view, view);
    this.view = view;
    const url = `${location.pathname}${viewQuery(view)}`;
    if (url !== `${location.pathname}${location.search}`) {
      if (push) history.pushState(null, '', url);
      else history.replaceState(null, '', url);
    }
    this.#cache.ensure(this.#reads);
  }

  #answer<T>(read: GraphRead<T> | null): Entry<T> | undefined {
    return read ? this.#cache.peek(read) : undefined;
  }
}

// App makes the one explorer; everything under it reaches it through context, not props.
export const [useExplorer, setExplorer] = createContext<Explorer>();
