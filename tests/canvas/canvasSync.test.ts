import cytoscape from 'cytoscape';
import { describe, expect, it, vi } from 'vitest';
import { createCanvasSync, type CanvasInput } from '../../src/canvas/canvasSync';
import { registerSyncRunner } from '../../src/canvas/sync';
import { addActor, asActorId, asMapId, makeActor, updateActor } from '../../src/model';
import { NO_FILTERS } from '../../src/store';
import { CLB, smallMap } from '../model/fixtures';

// A headless Cytoscape has no size to fit to: watch the viewport calls instead.
const viewport = vi.hoisted(() => ({ fitted: 0, revealed: [] as string[][] }));
vi.mock('../../src/canvas/viewport', () => ({
  fitAll: () => void viewport.fitted++,
  revealAdded: (_cy: unknown, ids: string[]) => void viewport.revealed.push(ids),
}));

const input = (over: Partial<CanvasInput> = {}): CanvasInput => ({
  map: smallMap(),
  locale: 'en',
  colourBy: 'type-group',
  filters: NO_FILTERS,
  selection: null,
  ...over,
});

function canvas() {
  const cy = cytoscape({ headless: true });
  let syncs = 0;
  registerSyncRunner(cy, (_plan, apply) => {
    syncs++;
    cy.batch(apply);
  });
  const sync = createCanvasSync(cy);
  return { cy, sync, syncs: () => syncs };
}

describe('createCanvasSync', () => {
  it('draws the map, and does nothing for an input made of the same objects', () => {
    const { cy, sync, syncs } = canvas();
    const first = input();
    sync(first);
    expect(cy.nodes()).toHaveLength(first.map.actors.length);
    expect(syncs()).toBe(1);
    let built = 0;
    cy.on('add data position', () => built++);
    sync({ ...first }); // new wrapper, same parts
    expect(built).toBe(0);
    expect(syncs()).toBe(1);
  });

  it('follows the map, the selection and the language', () => {
    const { cy, sync } = canvas();
    const start = input();
    sync(start);
    const renamed = updateActor(CLB, { label: 'CLB Oost' })(start.map);
    sync({ ...start, map: renamed });
    expect(cy.getElementById(CLB).data('label')).toBe('CLB Oost');

    sync({ ...start, map: renamed, selection: { kind: 'actor', id: CLB } });
    expect(cy.elements('[?selected]').map((e) => e.id())).toEqual([CLB]);

    const typeLabel = (locale: CanvasInput['locale']) => {
      sync({ ...start, map: renamed, selection: null, locale });
      return cy.getElementById(CLB).data('typeLabel') as string;
    };
    expect(typeLabel('nl')).not.toBe(typeLabel('en'));
  });

  it('fits a newly opened map, and brings actors added later into view', () => {
    const { sync } = canvas();
    viewport.fitted = 0;
    viewport.revealed = [];
    const start = input();
    sync(start);
    expect(viewport.fitted).toBe(1);
    const far = asActorId('a-far');
    const grown = addActor(makeActor({ label: 'Far away' }, far), { x: 5000, y: 5000 })(start.map);
    sync({ ...start, map: grown });
    expect(viewport.fitted).toBe(1);
    expect(viewport.revealed.at(-1)).toEqual([far]);
    sync({ ...start, map: { ...grown, id: asMapId('map-other') } });
    expect(viewport.fitted).toBe(2);
  });
});
