import type {
  CollectionReturnValue,
  Core,
  EdgeSingular,
  ElementDefinition,
  NodeSingular,
  Position,
  SingularElementArgument,
} from 'cytoscape';

/** Equal for Cytoscape's purposes: the same primitive, or arrays of equal primitives. */
function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
  return a.every((x, i) => sameValue(x, b[i]));
}

/** The keys of `next` whose values differ from what the element holds now. */
function changedData(
  current: Readonly<Record<string, unknown>>,
  next: Readonly<Record<string, unknown>>,
): Record<string, unknown> | null {
  let patch: Record<string, unknown> | null = null;
  for (const key of Object.keys(next)) {
    if (key === 'id' || key === 'source' || key === 'target') continue;
    if (!sameValue(current[key], next[key])) (patch ??= {})[key] = next[key];
  }
  return patch;
}

/** What syncElements is about to change; `changed` lists elements that stay but look different. */
export interface SyncPlan {
  readonly removed: CollectionReturnValue;
  readonly changed: CollectionReturnValue;
  readonly added: readonly ElementDefinition[];
}

interface Step {
  readonly plan: SyncPlan;
  /** Changes the graph, and records what it now shows. */
  readonly apply: () => void;
  /** Records what the graph shows, when there was nothing to change. */
  readonly record: () => void;
}

/** The definitions each Cytoscape instance was last synced to. */
const lastSynced = new WeakMap<Core, ReadonlyMap<string, ElementDefinition>>();

/** Whether a definition draws the same as the last one synced (so Cytoscape need not be asked). */
function sameAsSynced(before: ElementDefinition, el: ElementDefinition): boolean {
  const [a, b] = [before.position, el.position];
  const samePosition =
    a === b || (a !== undefined && b !== undefined && a.x === b.x && a.y === b.y);
  return (
    samePosition &&
    before.data.source === el.data.source &&
    before.data.target === el.data.target &&
    changedData(before.data, el.data) === null
  );
}

function planSync(cy: Core, elements: readonly ElementDefinition[]): Step {
  const wanted = new Map<string, ElementDefinition>();
  for (const el of elements) wanted.set(String(el.data.id), el);
  const synced = lastSynced.get(cy);
  const unwanted = cy.elements().filter((ele) => !wanted.has(ele.id()));
  // Removing a node removes its edges too: an edge kept by id is then added again.
  const removed = unwanted.union(unwanted.nodes().connectedEdges());
  const goes = new Set(removed.map((ele) => ele.id()));
  const changed = cy.collection();
  const added: ElementDefinition[] = [];
  const edits: (() => void)[] = [];
  for (const [id, el] of wanted) {
    const before = synced?.get(id);
    if (before && !goes.has(id) && sameAsSynced(before, el)) continue;
    const existing = cy.getElementById(id);
    if (existing.empty() || goes.has(id)) {
      added.push(el);
      continue;
    }
    let touched = false;
    if (existing.isEdge()) {
      const edge = existing as EdgeSingular;
      const { source, target } = el.data as { source?: string; target?: string };
      if (source && target && (edge.source().id() !== source || edge.target().id() !== target)) {
        edits.push(() => edge.move({ source, target }));
        touched = true;
      }
    }
    const patch = changedData(existing.data() as Record<string, unknown>, el.data);
    if (patch) {
      edits.push(() => existing.data(patch));
      touched = true;
    }
    if (el.position && existing.isNode()) {
      const p = existing.position();
      const to: Position = { ...el.position };
      if (p.x !== to.x || p.y !== to.y) {
        edits.push(() => (existing as NodeSingular).position(to));
        touched = true;
      }
    }
    if (touched) changed.merge(existing);
  }
  const record = () => lastSynced.set(cy, wanted);
  // New nodes first: a kept edge may move onto one, and every new edge needs its ends.
  const addedNodes = added.filter((el) => el.group === 'nodes');
  const addedEdges = added.filter((el) => el.group !== 'nodes');
  const apply = () => {
    removed.remove();
    if (addedNodes.length) cy.add(addedNodes);
    for (const edit of edits) edit();
    if (addedEdges.length) cy.add(addedEdges);
    record();
  };
  return { plan: { removed, changed, added }, apply, record };
}

/** Runs `apply` (which changes the graph) in a cy.batch(); may prepare the next frame first. */
export type SyncRunner = (plan: SyncPlan, apply: () => void) => void;

const runners = new WeakMap<Core, SyncRunner>();

/**
 * The runner a canvas registers for its Cytoscape instance (its partial redraw): syncElements and
 * patchElements use it unless told otherwise.
 */
export function registerSyncRunner(cy: Core, run: SyncRunner): () => void {
  runners.set(cy, run);
  return () => runners.delete(cy);
}

const runnerFor = (cy: Core): SyncRunner => runners.get(cy) ?? ((_plan, apply) => cy.batch(apply));

/**
 * Brings the Cytoscape graph in line with freshly built elements: removes what is gone,
 * adds what is new, and touches only the data and positions that changed (every data change
 * makes Cytoscape restyle the element, which on a 300-actor map costs ~100 ms if done for all).
 * Each definition is first compared with the one synced last time, so that Cytoscape is only
 * asked about elements that changed: the data fields of definitions are written by syncs only
 * (the analysis writes fields of its own, and a drag moves a node before the map follows).
 * When nothing changed, Cytoscape is not touched at all: even an empty cy.batch() makes it
 * redraw every element.
 */
export function syncElements(
  cy: Core,
  elements: readonly ElementDefinition[],
  run: SyncRunner = runnerFor(cy),
): SyncPlan {
  const { plan, apply, record } = planSync(cy, elements);
  if (plan.removed.nonempty() || plan.changed.nonempty() || plan.added.length > 0) run(plan, apply);
  else record();
  return plan;
}

/**
 * Changes the data of elements that stay, the way a sync does: through the canvas's runner, so
 * that only they are drawn again. Nothing is touched when there is nothing to change.
 */
export function patchElements(
  cy: Core,
  patches: ReadonlyMap<SingularElementArgument, Readonly<Record<string, unknown>>>,
): void {
  if (patches.size === 0) return;
  const changed = cy.collection();
  for (const ele of patches.keys()) changed.merge(ele);
  const apply = () => {
    for (const [ele, patch] of patches) ele.data(patch);
  };
  runnerFor(cy)({ removed: cy.collection(), changed, added: [] }, apply);
}
