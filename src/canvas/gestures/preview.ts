import type { Core, NodeSingular } from 'cytoscape';
import type { Point } from '../../model';
import type { HitArea } from './spatial';

/** Classes of the preview elements and highlights (styled in ../stylesheet.ts). */
export const GHOST_CLASS = 'tie-ghost';
export const SOURCE_CLASS = 'tie-draft-source';
export const TARGET_CLASS = 'tie-draft-target';
const GHOST_NODE = 'tie-ghost-node';
const GHOST_EDGE = 'tie-ghost-edge';

export const isGhost = (ele: { hasClass(name: string): boolean }): boolean =>
  ele.hasClass(GHOST_CLASS);

/** The actors Cytoscape draws (without the preview's ghost node). */
export const actorNodes = (cy: Core) => cy.nodes().not(`.${GHOST_CLASS}`);

/**
 * Shows the preview line from `source` to `end`: a ghost edge to a ghost node. They are
 * outside the document and take no events; re-added if a redraw of the map removed them.
 */
export function showPreview(cy: Core, source: string, end: Point): void {
  if (cy.getElementById(source).empty()) return clearPreview(cy);
  cy.batch(() => {
    const node = cy.getElementById(GHOST_NODE);
    if (node.empty()) {
      cy.add({
        group: 'nodes',
        data: { id: GHOST_NODE, label: '', kind: 'ghost', colour: '#ffffff', shape: 'ellipse' },
        position: { ...end },
        classes: GHOST_CLASS,
        selectable: false,
        grabbable: false,
      });
    } else {
      node.position({ ...end });
    }
    const edge = cy.getElementById(GHOST_EDGE);
    if (edge.nonempty() && edge.data('source') !== source) edge.remove();
    if (cy.getElementById(GHOST_EDGE).empty()) {
      cy.add({
        group: 'edges',
        data: {
          id: GHOST_EDGE,
          source,
          target: GHOST_NODE,
          width: 4,
          directed: 0,
          colour: '#111827',
          arrowColour: '#111827',
          marker: '',
        },
        classes: GHOST_CLASS,
        selectable: false,
      });
    }
  });
}

export function clearPreview(cy: Core): void {
  cy.$(`.${GHOST_CLASS}`).remove();
  mark(cy, TARGET_CLASS, null);
}

/** Puts `className` on the actor with this id only (null: on none). */
export function mark(cy: Core, className: string, id: string | null): void {
  cy.batch(() => {
    cy.$(`.${className}`).removeClass(className);
    if (id !== null) cy.getElementById(id).addClass(className);
  });
}

/** Hit areas of the drawn actors, label included, in model coordinates. */
export function hitAreas(cy: Core): HitArea[] {
  return actorNodes(cy).map((n: NodeSingular) => {
    const b = n.boundingBox({ includeLabels: true, includeOverlays: false });
    return { id: n.id(), box: { x1: b.x1, y1: b.y1, x2: b.x2, y2: b.y2 }, centre: n.position() };
  });
}
