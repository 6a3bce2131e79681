import cytoscape, { type Core, type NodeSingular } from 'cytoscape';
import { useEffect, useRef } from 'react';
import type { Locale } from '../codebook';
import { asActorId, asTieId, moveActors, type PartnerMapDoc, type Point } from '../model';
import { patchView, type Selection, type ViewState } from '../store';
import { useEditor } from '../ui/editorContext';
import { buildElements } from './elements';
import { attachGestures } from './gestures/attach';
import { cacheTieGradients, type GradientMaker } from './redraw/gradientCache';
import { attachPartialRedraw } from './redraw/partialRedraw';
import { GestureOverlay, KEYBOARD_HELP_ID } from './gestures/GestureOverlay';
import { STYLESHEET } from './stylesheet';
import { syncElements, type SyncRunner } from './sync';
import { PRESENTATION_STYLESHEET, fitAll, followContainerSize, revealAdded } from './viewport';

interface Props {
  readonly map: PartnerMapDoc;
  readonly locale: Locale;
  readonly view: ViewState;
  readonly label: string;
  readonly onReady?: (cy: Core | null) => void;
}

function showSelection(cy: Core, selection: Selection): void {
  const wanted = selection ? cy.getElementById(selection.id) : cy.collection();
  const stale = cy.$(':selected').difference(wanted);
  const select = wanted.nonempty() && !wanted.selected();
  // Even an empty batch makes Cytoscape redraw everything: only touch it for a real change.
  if (stale.empty() && !select) return;
  cy.batch(() => {
    stale.unselect();
    if (select) wanted.select();
  });
}

/**
 * The Cytoscape canvas. It draws the document and the view state; a tap selects (into the view
 * store), a drag ends in one undoable moveActors step.
 */
export function MapCanvas({ map, locale, view, label, onReady }: Props) {
  const { store, view: viewStore } = useEditor();
  const container = useRef<HTMLDivElement>(null);
  const cyRef = useRef<Core | null>(null);
  const syncRunner = useRef<SyncRunner | undefined>(undefined);
  const fittedMapId = useRef<string | null>(null);

  useEffect(() => {
    if (!container.current) return;
    const cy = cytoscape({
      container: container.current,
      style: STYLESHEET,
      wheelSensitivity: 0.4,
      minZoom: 0.1,
      maxZoom: 4,
      selectionType: 'single',
    });
    cyRef.current = cy;
    // Small edits redraw only the part of the canvas they touch; banded ties keep their gradient.
    const partial = attachPartialRedraw(cy);
    const uncacheGradients = cacheTieGradients(
      (cy as unknown as { renderer(): Partial<GradientMaker> }).renderer(),
    );
    syncRunner.current = partial.run;
    // A drag ends in one undoable step holding every node that moved.
    cy.on('dragfree', 'node', (event) => {
      const moved: Record<string, Point> = {};
      (event.target as NodeSingular).union(cy.nodes(':selected')).forEach((n: NodeSingular) => {
        moved[n.id()] = { ...n.position() };
      });
      store.apply(moveActors(moved));
    });
    // Drawing ties (mouse, touch, keyboard) and the canvas's keyboard model.
    const gestures = attachGestures(cy, container.current, store, viewStore);
    // Selection lives in the view store; the canvas only reports taps (a tie gesture goes first).
    cy.on('tap', (event) => {
      if (gestures.onTap(event)) return;
      const target = event.target as Core | cytoscape.SingularElementArgument;
      let selection: Selection = null;
      if (target !== cy) {
        const el = target as cytoscape.SingularElementArgument;
        selection = el.isNode()
          ? { kind: 'actor', id: asActorId(el.id()) }
          : { kind: 'tie', id: asTieId(el.id()) };
      }
      viewStore.setState(patchView({ selection }));
    });
    const stopFollowing = followContainerSize(cy, container.current);
    onReady?.(cy);
    return () => {
      onReady?.(null);
      stopFollowing();
      gestures.detach();
      partial.detach();
      uncacheGradients();
      syncRunner.current = undefined;
      cy.destroy();
      cyRef.current = null;
      fittedMapId.current = null;
    };
  }, [store, viewStore, onReady]);

  const { colourBy, filters, selection } = view;
  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    const before = new Set(cy.nodes().map((n) => n.id()));
    syncElements(cy, buildElements(map, locale, { colourBy, filters }), syncRunner.current);
    if (fittedMapId.current !== map.id) {
      fittedMapId.current = map.id;
      fitAll(cy);
    } else {
      revealAdded(
        cy,
        map.actors.filter((a) => !before.has(a.id)).map((a) => a.id),
      );
    }
  }, [map, locale, colourBy, filters]);

  // Presentation mode: projector-sized labels, and the whole map fitted once the screen settled.
  const { presentation } = view;
  const styledFor = useRef(false);
  useEffect(() => {
    const cy = cyRef.current;
    if (!cy || styledFor.current === presentation) return;
    styledFor.current = presentation;
    cy.style(presentation ? PRESENTATION_STYLESHEET : STYLESHEET);
    const frame = requestAnimationFrame(() => {
      cy.resize();
      fitAll(cy);
    });
    return () => cancelAnimationFrame(frame);
  }, [presentation]);

  useEffect(() => {
    const cy = cyRef.current;
    if (cy) showSelection(cy, selection);
  }, [selection, map]);

  return (
    <>
      <div
        ref={container}
        className="map-canvas"
        role="application"
        tabIndex={0}
        aria-label={label}
        aria-describedby={KEYBOARD_HELP_ID}
      />
      <GestureOverlay />
    </>
  );
}
