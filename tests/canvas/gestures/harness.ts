import cytoscape, { type Core } from 'cytoscape';
import { createTieActions } from '../../../src/canvas/gestures/actions';
import { gestureStoreFor } from '../../../src/canvas/gestures/gestureStore';
import type { PartnerMapDoc } from '../../../src/model';
import { createMapStore, createViewStore } from '../../../src/store';
import { smallMap } from '../../model/fixtures';

/** Where the harness draws smallMap's actors (the school in the middle, as on the canvas). */
export const DRAWN_AT: Record<string, { x: number; y: number }> = {
  'a-school': { x: 0, y: 0 },
  'a-clb': { x: 200, y: 0 },
  'a-uni': { x: 0, y: 200 },
};

/** A headless Cytoscape drawing of the map, the stores and the tie actions, wired as in the app. */
export function gestureHarness(map: PartnerMapDoc = smallMap()) {
  const store = createMapStore();
  store.open(map);
  const view = createViewStore();
  const gestures = gestureStoreFor(view);
  const cy: Core = cytoscape({
    headless: true,
    layout: { name: 'preset' },
    elements: [
      ...map.actors.map((a) => ({
        group: 'nodes' as const,
        data: { id: a.id, kind: a.kind },
        position: { ...(DRAWN_AT[a.id] ?? { x: 0, y: 0 }) },
      })),
      ...map.ties.map((t) => ({
        group: 'edges' as const,
        data: { id: t.id, source: t.source, target: t.target },
      })),
    ],
  });
  const deps = { cy, store, view, gestures };
  return { ...deps, actions: createTieActions(deps) };
}
