import cytoscape, { type Core, type NodeSingular } from 'cytoscape';
import { useEffect, useRef } from 'react';
import type { Locale } from '../codebook';
import { asActorId, asTieId, moveActors } from '../model';
import { patchView, type Selection, type ViewState } from '../store';
import { useEditor } from '../ui/editorContext';
import { createCanvasSync } from './canvasSync';
import { registerSyncRunner } from './sync';
import { attachGestures } from './gestures/attach';
import { cacheTieGradients, type GradientMaker } from './redraw/gradientCache';
import { attachPartialRedraw } from './redraw/partialRedraw';
import { GestureOverlay, KEYBOARD_HELP_ID } from './gestures/GestureOverlay';
import { STYLESHEET } from './stylesheet';
import { PRESENTATION_STYLESHEET, fitAll, followContainerSize } from './viewport';

interface Props {
  readonly locale: Locale;
  readonly view: ViewState;
  readonly label: string;
  readonly onReady?: (cy: Core | null) => void;
}

/**
 * The Cytoscape canvas. It draws the document and the view state; a tap selects (into the view
 * store), a drag ends in one undoable moveActors step.
 */
export function MapCanvas({ locale, view, label, onReady }: Props) {
  const { store, view: viewStore } = useEditor();
  const container = useRef<HTMLDivElement>(null);
  const cyRef = useRef<Core | null>(null);
  const localeRef = useRef(locale);
  const syncFromStores = useRef<(() => void) | null>(null);

  useEffect(() => {
    if (!container.current) return;
    const cy = cytoscape({
      container: container.current,
      style: STYLESHEET,
      wheelSensitivity: 0.4,
      minZoom: 0.1,
      maxZoom: 4,
      // The selection is element data from the view store (see buildElements): Cytoscape's own
      // selection state stays empty, and a tap only reports where it landed.
      autounselectify: true,
    });
    cyRef.current = cy;
    // Small edits redraw only the part of the canvas they touch; banded ties keep their gradient.
    const partial = attachPartialRedraw(cy);
    // Every store change reaches the canvas at once, not after React has rendered the app.
    const unregister = registerSyncRunner(cy, partial.run);
    const sync = createCanvasSync(cy);
    const fromStores = () => {
      const map = store.current();
      if (!map) return;
      const { colourBy, filters, selection } = viewStore.getState();
      sync({ map, locale: localeRef.current, colourBy, filters, selection });
    };
    syncFromStores.current = fromStores;
    const unsubscribe = [store.subscribe(fromStores), viewStore.subscribe(fromStores)];
    fromStores();
    const uncacheGradients = cacheTieGradients(
      (cy as unknown as { renderer(): Partial<GradientMaker> }).renderer(),
    );
    // A drag ends in one undoable step.
    cy.on('dragfree', 'node', (event) => {
      const node = event.target as NodeSingular;
      store.apply(moveActors({ [node.id()]: { ...node.position() } }));
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
      unsubscribe.forEach((stop) => stop());
      unregister();
      syncFromStores.current = null;
      partial.detach();
      uncacheGradients();
      cy.destroy();
      cyRef.current = null;
    };
  }, [store, viewStore, onReady]);

  // The language is the one input that comes from React rather than the stores.
  useEffect(() => {
    localeRef.current = locale;
    syncFromStores.current?.();
  }, [locale]);

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
