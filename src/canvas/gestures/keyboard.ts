import type { CollectionReturnValue, Core, NodeSingular } from 'cytoscape';
import { asActorId, removeActors, removeTies, type ActorId, type Point } from '../../model';
import { patchView, type Selection } from '../../store';
import { actorLabel, type GestureDeps, type TieActions } from './actions';
import { patchGestures, type GestureNotice } from './gestureStore';
import { actorNodes, mark, showPreview, TARGET_CLASS } from './preview';
import { nearestInDirection, type Direction } from './spatial';

const ARROWS: Readonly<Record<string, Direction>> = {
  ArrowLeft: 'left',
  ArrowRight: 'right',
  ArrowUp: 'up',
  ArrowDown: 'down',
};
const ZOOM_STEP = 1.25;
/** Screen pixels kept free around an element brought into view. */
const VIEW_MARGIN = 40;

/** Pans just enough to bring the element (label included) inside the visible canvas. */
export function panIntoView(cy: Core, element: CollectionReturnValue): void {
  if (element.empty()) return;
  const box = element.renderedBoundingBox({ includeLabels: true });
  const shift = (low: number, high: number, size: number) =>
    low < VIEW_MARGIN
      ? VIEW_MARGIN - low
      : high > size - VIEW_MARGIN
        ? size - VIEW_MARGIN - high
        : 0;
  const dx = shift(box.x1, box.x2, cy.width());
  const dy = shift(box.y1, box.y2, cy.height());
  if (dx !== 0 || dy !== 0) cy.panBy({ x: dx, y: dy });
}

/**
 * The canvas's keyboard model (Cytoscape has none). Arrow keys move the selection to the
 * nearest actor in that direction; C starts a tie from the selected actor, after which the
 * arrows choose the other actor and Enter makes the tie. Returns the container's keydown handler.
 */
export function createKeyboardHandler(deps: GestureDeps, actions: TieActions) {
  const { cy, store, view, gestures } = deps;
  const say = (notice: GestureNotice) => gestures.setState(patchGestures({ notice }));
  const positionOf = (id: string): Point | null => {
    const node = cy.getElementById(id);
    return node.nonempty() ? { ...node.position() } : null;
  };
  const placed = (except: string | null) =>
    actorNodes(cy)
      .filter((n: NodeSingular) => n.id() !== except)
      .map((n: NodeSingular) => ({ id: n.id(), at: n.position() }));

  /** Where arrow keys start from: the selected actor, or the middle of the selected tie. */
  function origin(selection: Selection): Point | null {
    if (!selection) return null;
    if (selection.kind === 'actor') return positionOf(selection.id);
    const edge = cy.getElementById(selection.id);
    if (edge.empty() || !edge.isEdge()) return null;
    const a = edge.source().position();
    const b = edge.target().position();
    return { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
  }

  function select(selection: Selection): void {
    view.setState(patchView({ selection }));
    if (selection) panIntoView(cy, cy.getElementById(selection.id));
  }

  /** The school, else the first actor: where keyboard navigation begins. */
  function home(): void {
    const map = store.current();
    const start = map?.actors.find((a) => a.kind === 'ego') ?? map?.actors[0];
    if (start) select({ kind: 'actor', id: start.id });
  }

  function chooseCandidate(source: ActorId, direction: Direction): void {
    const from = positionOf(gestures.getState().candidate ?? source);
    const next = from ? nearestInDirection(from, placed(source), direction) : null;
    if (next === null) return say({ key: 'gestures.noneThatWay' });
    const target = cy.getElementById(next);
    gestures.setState(patchGestures({ candidate: asActorId(next), notice: null }));
    showPreview(cy, source, target.position());
    mark(cy, TARGET_CLASS, next);
    panIntoView(cy, target);
  }

  function move(direction: Direction): void {
    const { selection } = view.getState();
    const from = origin(selection);
    if (!from) return home();
    const current = selection?.kind === 'actor' ? selection.id : null;
    const next = nearestInDirection(from, placed(current), direction);
    if (next === null) return say({ key: 'gestures.noneThatWay' });
    select({ kind: 'actor', id: asActorId(next) });
  }

  function remove(): void {
    const map = store.current();
    const { selection } = view.getState();
    if (!map || !selection) return;
    if (selection.kind === 'actor') {
      const actor = map.actors.find((a) => a.id === selection.id);
      if (!actor) return;
      if (actor.kind === 'ego') return say({ key: 'gestures.keepSchool' });
      store.apply(removeActors([actor.id]));
      view.setState(patchView({ selection: null }));
      return say({ key: 'gestures.removedActor', params: { label: actor.label } });
    }
    const tie = map.ties.find((x) => x.id === selection.id);
    if (!tie) return;
    store.apply(removeTies([tie.id]));
    view.setState(patchView({ selection: null }));
    const params = { source: actorLabel(map, tie.source), target: actorLabel(map, tie.target) };
    say({ key: 'gestures.removedTie', params });
  }

  function zoomBy(factor: number): void {
    cy.zoom({
      level: cy.zoom() * factor,
      renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 },
    });
  }

  /** Handles one key; false when the key is not the canvas's (it then goes on as usual). */
  function handle(key: string): boolean {
    const draft = view.getState().tieDraft;
    const { selection } = view.getState();
    const direction = ARROWS[key];
    if (direction) {
      if (draft !== null) chooseCandidate(draft, direction);
      else move(direction);
      return true;
    }
    switch (key) {
      case 'Home':
        if (draft === null) home();
        return true;
      case 'Enter':
      case ' ': {
        const { candidate } = gestures.getState();
        if (draft !== null && candidate !== null) {
          actions.input({ kind: 'actor', id: candidate }, 'keyboard');
        } else if (draft !== null) say({ key: 'gestures.chooseTarget' });
        else if (!selection) home();
        else select(selection);
        return true;
      }
      case 'c':
      case 'C':
        if (draft !== null) return true;
        if (selection?.kind === 'actor') actions.start(selection.id, 'keyboard');
        else say({ key: 'gestures.selectFirst' });
        return true;
      case 'Delete':
      case 'Backspace':
        if (draft === null) remove();
        return true;
      case '+':
      case '=':
        zoomBy(ZOOM_STEP);
        return true;
      case '-':
      case '_':
        zoomBy(1 / ZOOM_STEP);
        return true;
      case '0':
        cy.fit(undefined, VIEW_MARGIN);
        return true;
      case 'Escape':
        if (draft !== null || gestures.getState().dragging !== null) actions.cancel();
        else if (selection) view.setState(patchView({ selection: null }));
        else return false;
        return true;
      default:
        return false;
    }
  }

  return (event: KeyboardEvent): void => {
    if (event.ctrlKey || event.metaKey || event.altKey || event.target !== event.currentTarget) {
      return;
    }
    if (handle(event.key)) event.preventDefault();
  };
}
