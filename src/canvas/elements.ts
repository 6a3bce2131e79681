import type { ElementDefinition } from 'cytoscape';
import { termLabel, type Locale } from '../codebook';
import type { PartnerMapDoc } from '../model';
import type { ColourBy, Filters } from '../store';
import { EGO_COLOUR, INTERNAL_COLOUR, groupColour } from './palette';
import { positionsFor } from './placement';

/** Frequency level (1–5) → edge width in px; ties without a frequency are drawn thin. */
const widthFor = (level: number | null): number => (level === null ? 1 : 1 + level * 1.2);

/**
 * Cytoscape elements built from the map document (the document owns the data; Cytoscape
 * only draws it). Labels go into `data` and Cytoscape paints them as text on canvas, never HTML.
 */
export interface ElementOptions {
  readonly colourBy: ColourBy;
  readonly filters: Filters;
}

export function buildElements(
  map: PartnerMapDoc,
  locale: Locale,
  _options: ElementOptions,
): ElementDefinition[] {
  const cb = map.codebook;
  const groupOf = new Map(cb.actorTypes.map((t) => [t.id, t.group]));
  const typeTerms = new Map([...cb.actorTypes, ...cb.internalRoles].map((t) => [t.id, t]));
  const levels = new Map(cb.frequencies.map((f) => [f.id, f.level]));
  const positions = positionsFor(map);

  const nodes: ElementDefinition[] = map.actors.map((a) => {
    const group = a.type !== null ? (groupOf.get(a.type) ?? null) : null;
    const colour =
      a.kind === 'ego' ? EGO_COLOUR : a.kind === 'internal' ? INTERNAL_COLOUR : groupColour(group);
    return {
      group: 'nodes',
      data: {
        id: a.id,
        label: a.label,
        kind: a.kind,
        typeLabel: a.type !== null ? termLabel(typeTerms.get(a.type), locale, a.type) : '',
        group: group ?? '',
        colour,
      },
      position: { ...(positions.get(a.id) ?? { x: 0, y: 0 }) },
    };
  });
  const edges: ElementDefinition[] = map.ties.map((t) => ({
    group: 'edges',
    data: {
      id: t.id,
      source: t.source,
      target: t.target,
      directed: t.directed ? 1 : 0,
      width: widthFor(t.frequency !== null ? (levels.get(t.frequency) ?? null) : null),
    },
  }));
  return [...nodes, ...edges];
}
