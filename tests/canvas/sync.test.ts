import cytoscape, { type ElementDefinition } from 'cytoscape';
import { describe, expect, it } from 'vitest';
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
});
