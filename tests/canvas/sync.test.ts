import cytoscape, { type ElementDefinition } from 'cytoscape';
import { describe, expect, it, vi } from 'vitest';
import { syncElements } from '../../src/canvas/sync';

const node = (id: string, extra: Record<string, unknown> = {}, x = 0): ElementDefinition => ({
  group: 'nodes',
  data: { id, label: id, ...extra },
  position: { x, y: 0 },
});
const edge = (id: string, source: string, target: string, extra = {}): ElementDefinition => ({
  group: 'edges',
  data: { id, source, target, ...extra },
});

describe('syncElements', () => {
  it('adds, removes, and updates only what changed', () => {
    const cy = cytoscape({ headless: true });
    syncElements(cy, [node('a'), node('b', { stops: ['red', 'blue'] }), edge('e', 'a', 'b')]);
    expect(
      cy
        .elements()
        .map((e) => e.id())
        .sort(),
    ).toEqual(['a', 'b', 'e']);

    const touched: string[] = [];
    cy.on('data', (event) => touched.push(event.target.id()));
    syncElements(cy, [
      node('a', { label: 'A' }),
      node('b', { stops: ['red', 'blue'] }, 50), // same data (equal array), moved
      node('c'),
      edge('e', 'a', 'b'),
    ]);
    expect(touched).toEqual(['a']);
    expect(cy.getElementById('a').data('label')).toBe('A');
    expect(cy.getElementById('b').position('x')).toBe(50);
    expect(cy.getElementById('c').nonempty()).toBe(true);

    syncElements(cy, [node('a'), node('c'), edge('f', 'c', 'a')]);
    expect(
      cy
        .elements()
        .map((e) => e.id())
        .sort(),
    ).toEqual(['a', 'c', 'f']);
  });

  it('moves an edge whose ends were swapped', () => {
    const cy = cytoscape({ headless: true });
    syncElements(cy, [node('a'), node('b'), edge('e', 'a', 'b')]);
    syncElements(cy, [node('a'), node('b'), edge('e', 'b', 'a')]);
    const e = cy.getElementById('e');
    expect([e.source().id(), e.target().id()]).toEqual(['b', 'a']);
  });

  it('adds an edge again when the nodes it kept its id through are removed', () => {
    const cy = cytoscape({ headless: true });
    syncElements(cy, [node('a'), node('b'), edge('e', 'a', 'b', { colour: 'red' })]);
    syncElements(cy, [node('c'), node('d'), edge('e', 'c', 'd', { colour: 'blue' })]);
    const e = cy.getElementById('e');
    expect(e.nonempty()).toBe(true);
    expect([e.source().id(), e.target().id(), e.data('colour')]).toEqual(['c', 'd', 'blue']);
    expect(cy.nodes().map((n) => n.id())).toEqual(['c', 'd']);
  });

  it('moves a kept edge onto a node that is new in the same sync (switching maps)', () => {
    const cy = cytoscape({ headless: true });
    syncElements(cy, [node('a'), node('b'), edge('t-1', 'a', 'b')]);
    syncElements(cy, [node('a'), node('b'), node('c'), edge('t-1', 'a', 'c')]);
    const e = cy.getElementById('t-1');
    expect([e.source().id(), e.target().id()]).toEqual(['a', 'c']);
  });

  it('leaves Cytoscape alone when nothing changed (even an empty batch redraws everything)', () => {
    const cy = cytoscape({ headless: true });
    const elements = [node('a'), node('b', {}, 20), edge('e', 'a', 'b')];
    syncElements(cy, elements);
    const batch = vi.spyOn(cy, 'batch');
    let ran = 0;
    const plan = syncElements(cy, elements, () => ran++);
    expect(ran).toBe(0);
    expect(batch).not.toHaveBeenCalled();
    expect(plan.changed.empty() && plan.removed.empty() && plan.added.length === 0).toBe(true);
  });

  it('asks Cytoscape only about what differs from the last sync', () => {
    const cy = cytoscape({ headless: true });
    const defs = (label: string, x: number) => [
      node('a', { label }),
      node('b', {}, x),
      node('c'),
      edge('e', 'a', 'b'),
    ];
    syncElements(cy, defs('A', 0));
    const lookups = vi.spyOn(cy, 'getElementById');
    syncElements(cy, defs('A', 0));
    expect(lookups).not.toHaveBeenCalled();
    syncElements(cy, defs('A2', 0));
    expect(lookups.mock.calls.map(([id]) => id)).toEqual(['a']);
    expect(cy.getElementById('a').data('label')).toBe('A2');
    // A drag moved b; the map follows with the same position: nothing to change.
    cy.getElementById('b').position({ x: 30, y: 0 });
    lookups.mockClear();
    syncElements(cy, defs('A2', 30));
    expect(lookups.mock.calls.map(([id]) => id)).toEqual(['b']);
    expect(cy.getElementById('b').position('x')).toBe(30);
  });

  it('tells its runner what will change before the change is applied', () => {
    const cy = cytoscape({ headless: true });
    syncElements(cy, [node('a'), node('b'), node('c'), edge('e', 'a', 'b')]);
    const seen: string[] = [];
    syncElements(cy, [node('a', { label: 'A' }), node('b', {}, 9), node('d')], (plan, apply) => {
      seen.push(
        `removed ${plan.removed
          .map((e) => e.id())
          .sort()
          .join(',')}`,
        `changed ${plan.changed
          .map((e) => e.id())
          .sort()
          .join(',')}`,
        `added ${plan.added.map((e) => String(e.data.id)).join(',')}`,
        `label before ${String(cy.getElementById('a').data('label'))}`,
      );
      cy.batch(apply);
    });
    expect(seen).toEqual(['removed c,e', 'changed a,b', 'added d', 'label before a']);
    expect(cy.getElementById('a').data('label')).toBe('A');
    expect(cy.getElementById('d').nonempty()).toBe(true);
  });
});
