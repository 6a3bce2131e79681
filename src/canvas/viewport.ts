import type { Core, StylesheetJson } from 'cytoscape';
import { STYLESHEET } from './stylesheet';

/** Larger labels for the projector (presentation mode); everything else as on screen. */
export const PRESENTATION_STYLESHEET: StylesheetJson = [
  ...STYLESHEET,
  { selector: 'node', style: { 'font-size': 24, 'text-max-width': '220px' } },
  { selector: 'node[kind = "ego"]', style: { 'font-size': 30 } },
  { selector: 'edge', style: { 'font-size': 16 } },
];

const PADDING = 40;

/** True when the node's box lies (partly) outside what the viewport shows. */
function outOfView(cy: Core, id: string): boolean {
  const node = cy.getElementById(id);
  if (node.empty()) return false;
  const box = node.boundingBox({});
  const view = cy.extent();
  return box.x1 < view.x1 || box.x2 > view.x2 || box.y1 < view.y1 || box.y2 > view.y2;
}

/**
 * After actors were added, make sure the user sees them: when one landed outside the view (a new
 * map is zoomed in on the school), fit the whole map. Otherwise the view is left alone.
 */
export function revealAdded(cy: Core, added: readonly string[]): void {
  if (added.some((id) => outOfView(cy, id))) {
    cy.stop();
    cy.animate({ fit: { eles: cy.elements(), padding: PADDING } }, { duration: 150 });
  }
}

export const fitAll = (cy: Core): void => {
  cy.fit(undefined, PADDING);
};

/**
 * Cytoscape only notices window resizes. When its container changes size (a side panel opens,
 * presentation mode), tell it, and keep the map's centre where it was on screen.
 */
export function followContainerSize(cy: Core, container: HTMLElement): () => void {
  let width = container.clientWidth;
  let height = container.clientHeight;
  const observer = new ResizeObserver(() => {
    const w = container.clientWidth;
    const h = container.clientHeight;
    if (w === width && h === height) return;
    cy.resize();
    cy.panBy({ x: (w - width) / 2, y: (h - height) / 2 });
    width = w;
    height = h;
  });
  observer.observe(container);
  return () => observer.disconnect();
}
