/**
 * Bringing a focus (an insight's actors, "what depends on X") into view. The canvas has overlays
 * beside it in its pane (the legend down the left side, bars along the top), so "in view" means
 * inside the band of the canvas that no tall side overlay covers.
 */
import type { Core } from 'cytoscape';

const MARGIN = 40;

/** The horizontal band of the canvas (rendered px) that tall side overlays leave free. */
function freeBand(cy: Core): { readonly x1: number; readonly x2: number } {
  const container = cy.container();
  const band = { x1: 0, x2: cy.width() };
  if (!container?.parentElement) return band;
  const frame = container.getBoundingClientRect();
  for (const overlay of container.parentElement.children) {
    if (overlay === container || !(overlay instanceof HTMLElement)) continue;
    const box = overlay.getBoundingClientRect();
    // Side panels only: taller than half the canvas, narrower than half of it.
    if (box.height < frame.height / 2 || box.width > frame.width / 2) continue;
    const left = box.left - frame.left;
    const right = box.right - frame.left;
    if (left + right < frame.width) band.x1 = Math.max(band.x1, right);
    else band.x2 = Math.min(band.x2, left);
  }
  // A very narrow canvas: better under an overlay than not at all.
  return band.x2 - band.x1 < cy.width() / 3 ? { x1: 0, x2: cy.width() } : band;
}

/**
 * Pans (and zooms out if needed, never in) so that the elements sit in the middle of the free
 * band of the canvas. Does nothing when they are all there already.
 */
export function revealFocus(cy: Core, ids: readonly string[]): void {
  const elements = cy.collection();
  for (const id of ids) elements.merge(cy.getElementById(id));
  if (elements.empty()) return;
  const band = freeBand(cy);
  const box = elements.renderedBoundingBox({ includeLabels: true });
  const inside =
    box.x1 >= band.x1 + MARGIN / 2 &&
    box.x2 <= band.x2 - MARGIN / 2 &&
    box.y1 >= MARGIN / 2 &&
    box.y2 <= cy.height() - MARGIN / 2;
  if (inside) return;

  const width = band.x2 - band.x1 - 2 * MARGIN;
  const height = cy.height() - 2 * MARGIN;
  const scale = Math.min(1, width / Math.max(box.w, 1), height / Math.max(box.h, 1));
  const zoom = Math.max(cy.minZoom(), cy.zoom() * scale);
  // The box's centre in model coordinates lands on the free band's centre.
  const pan = cy.pan();
  const centre = {
    x: ((box.x1 + box.x2) / 2 - pan.x) / cy.zoom(),
    y: ((box.y1 + box.y2) / 2 - pan.y) / cy.zoom(),
  };
  cy.stop();
  cy.animate(
    {
      zoom,
      pan: { x: (band.x1 + band.x2) / 2 - centre.x * zoom, y: cy.height() / 2 - centre.y * zoom },
    },
    { duration: 200 },
  );
}
