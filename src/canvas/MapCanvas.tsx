import cytoscape, { type Core } from 'cytoscape';
import { useEffect, useRef } from 'react';
import type { Locale } from '../codebook';
import { moveActors, type PartnerMapDoc, type Point } from '../model';
import type { MapStore } from '../store';
import { buildElements } from './elements';
import { STYLESHEET } from './stylesheet';
import { syncElements } from './sync';

interface Props {
  readonly map: PartnerMapDoc;
  readonly locale: Locale;
  readonly store: MapStore;
  readonly label: string;
  readonly onReady?: (cy: Core | null) => void;
}

/** The Cytoscape canvas. It draws the document and reports drags back as one moveActors step. */
export function MapCanvas({ map, locale, store, label, onReady }: Props) {
  const container = useRef<HTMLDivElement>(null);
  const cyRef = useRef<Core | null>(null);
  const fittedMapId = useRef<string | null>(null);

  useEffect(() => {
    if (!container.current) return;
    const cy = cytoscape({
      container: container.current,
      style: STYLESHEET,
      wheelSensitivity: 0.4,
      minZoom: 0.1,
      maxZoom: 4,
    });
    cyRef.current = cy;
    // A drag ends in one undoable step holding every node that moved.
    cy.on('dragfree', 'node', (event) => {
      const moved: Record<string, Point> = {};
      const grabbed = event.target.union(cy.nodes(':selected'));
      grabbed.forEach((n: cytoscape.NodeSingular) => {
        moved[n.id()] = { ...n.position() };
      });
      store.apply(moveActors(moved));
    });
    onReady?.(cy);
    return () => {
      onReady?.(null);
      cy.destroy();
      cyRef.current = null;
      fittedMapId.current = null;
    };
  }, [store, onReady]);

  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    syncElements(cy, buildElements(map, locale));
    if (fittedMapId.current !== map.id) {
      fittedMapId.current = map.id;
      cy.fit(undefined, 40);
    }
  }, [map, locale]);

  return <div ref={container} className="map-canvas" role="img" aria-label={label} />;
}
