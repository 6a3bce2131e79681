import type { Core } from 'cytoscape';
import type { Locale } from '../codebook';
import type { PartnerMapDoc } from '../model';
import type { ColourBy, Filters, Selection } from '../store';
import { buildElements } from './elements';
import { syncElements } from './sync';
import { fitAll, revealAdded } from './viewport';

/** What the canvas shows: the document, and the parts of the view state that style elements. */
export interface CanvasInput {
  readonly map: PartnerMapDoc;
  readonly locale: Locale;
  readonly colourBy: ColourBy;
  readonly filters: Filters;
  readonly selection: Selection;
}

const KEYS = ['map', 'locale', 'colourBy', 'filters', 'selection'] as const;

/**
 * Keeps one Cytoscape instance in line with its input: the elements synced, a newly opened map
 * fitted, actors added off screen brought into view. The stores are immutable, so an input whose
 * parts are the same objects as last time changes nothing and costs nothing: the canvas can be
 * told about every store change, straight from the stores, before React renders anything else.
 */
export function createCanvasSync(cy: Core): (input: CanvasInput) => void {
  let last: CanvasInput | null = null;
  let fittedMapId: string | null = null;
  return (input) => {
    if (last && KEYS.every((key) => Object.is(last![key], input[key]))) return;
    last = input;
    const { map } = input;
    const before = new Set(cy.nodes().map((n) => n.id()));
    syncElements(cy, buildElements(map, input.locale, input));
    if (fittedMapId !== map.id) {
      fittedMapId = map.id;
      fitAll(cy);
    } else {
      revealAdded(
        cy,
        map.actors.filter((a) => !before.has(a.id)).map((a) => a.id),
      );
    }
  };
}
