import type { EventObject, NodeSingular } from 'cytoscape';
import { asActorId, type ActorId, type Point } from '../../model';
import type { GestureDeps, TieActions } from './actions';
import { patchGestures } from './gestureStore';
import { hitAreas, isGhost, mark, showPreview, TARGET_CLASS } from './preview';
import { actorAtPoint, type HitArea } from './spatial';

/**
 * Screen pixels a press must travel before it counts as a drag rather than a tap: Cytoscape's
 * own tap limits for a mouse, a little more for a finger, which always wobbles.
 */
const DRAG_THRESHOLD = { mouse: 4, touch: 10 };
/** Screen pixels around an actor that still count as releasing on it (fingers are broad). */
const DROP_SLACK = 12;

/** The actor node an event happened on, or null for the background, a tie or the preview. */
function actorTarget(event: EventObject): NodeSingular | null {
  const target: unknown = event.target;
  if (target === event.cy) return null;
  const node = target as NodeSingular;
  return node.isNode() && !isGhost(node) ? node : null;
}

export interface PointerGestures {
  /** Called by the canvas's tap handler first; true = the tap was a tie gesture, not a selection. */
  onTap(event: EventObject): boolean;
  detach(): void;
}

/**
 * Mouse and touch. In draw-ties mode actors cannot be moved (autoungrabify), so a press on an
 * actor that travels draws a preview line to the pointer; releasing on another actor makes
 * the tie, releasing on empty space cancels. Taps drive "tap one, then the other".
 */
export function attachPointer(
  deps: GestureDeps,
  actions: TieActions,
  container: HTMLElement,
): PointerGestures {
  const { cy, view, gestures } = deps;
  let pressed: {
    readonly source: ActorId;
    readonly at: Point;
    readonly threshold: number;
    /** The other actors' hit areas, measured once per drag (nothing moves meanwhile). */
    areas: HitArea[] | null;
  } | null = null;
  // A release that ended a drag must not also count as a tap on the actor below it.
  let swallowTap = false;

  const targetAt = (point: Point): ActorId | null => {
    if (!pressed) return null;
    const { source } = pressed;
    pressed.areas ??= hitAreas(cy).filter((a) => a.id !== source);
    const id = actorAtPoint(pressed.areas, point, DROP_SLACK / cy.zoom());
    return id === null ? null : asActorId(id);
  };

  const onTapStart = (event: EventObject) => {
    swallowTap = false;
    // Cytoscape blurs the page on a press; keep the keyboard on the map instead.
    if (document.activeElement !== container) container.focus({ preventScroll: true });
    const target = actorTarget(event);
    if (!target || !gestures.getState().drawMode) return;
    const touch = event.originalEvent?.type.startsWith('touch') ?? false;
    pressed = {
      source: asActorId(target.id()),
      at: { ...event.position },
      threshold: touch ? DRAG_THRESHOLD.touch : DRAG_THRESHOLD.mouse,
      areas: null,
    };
  };

  const onTapDrag = (event: EventObject) => {
    if (!pressed) return;
    const { source } = pressed;
    if (gestures.getState().dragging !== source) {
      const moved = Math.hypot(event.position.x - pressed.at.x, event.position.y - pressed.at.y);
      if (moved * cy.zoom() < pressed.threshold) return;
      gestures.setState(patchGestures({ dragging: source, candidate: null, notice: null }));
    }
    const target = targetAt(event.position);
    const end = target ? cy.getElementById(target).position() : event.position;
    showPreview(cy, source, end);
    mark(cy, TARGET_CLASS, target);
  };

  const onTapEnd = (event: EventObject) => {
    if (!pressed) return;
    const { source } = pressed;
    const dragged = gestures.getState().dragging === source;
    const target = dragged ? targetAt(event.position) : null;
    pressed = null;
    if (!dragged) return;
    swallowTap = true;
    actions.drop(source, target);
  };

  cy.on('tapstart', onTapStart);
  cy.on('tapdrag', onTapDrag);
  cy.on('tapend', onTapEnd);

  return {
    onTap(event) {
      if (swallowTap) {
        swallowTap = false;
        return true;
      }
      const target = actorTarget(event);
      if (!target) {
        // Empty space or a tie: the draft ends, the tap still selects (or clears) as usual.
        if (view.getState().tieDraft !== null) actions.cancel();
        return false;
      }
      return actions.input({ kind: 'actor', id: asActorId(target.id()) }, 'pointer') === 'handled';
    },
    detach() {
      cy.off('tapstart', onTapStart);
      cy.off('tapdrag', onTapDrag);
      cy.off('tapend', onTapEnd);
    },
  };
}
