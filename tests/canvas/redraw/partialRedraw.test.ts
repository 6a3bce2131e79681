import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { attachPartialRedraw, onTop } from '../../../src/canvas/redraw/partialRedraw';
import { syncElements } from '../../../src/canvas/sync';

function graph() {
  const cy = cytoscape({ headless: true });
  cy.add([
    { group: 'nodes', data: { id: 'a' } },
    { group: 'nodes', data: { id: 'b' } },
    { group: 'nodes', data: { id: 'c' } },
    { group: 'edges', data: { id: 'ab', source: 'a', target: 'b' } },
    { group: 'edges', data: { id: 'bc', source: 'b', target: 'c' } },
  ]);
  const $ = (id: string) => cy.getElementById(id);
  return { cy, $ };
}

describe('onTop', () => {
  const { $ } = graph();
  // Cytoscape's drawing order: edges first, then nodes, each in the order they were added.
  const order = ['ab', 'bc', 'a', 'b', 'c'].map($);

  it('accepts new elements that come last, nodes above a new tie excepted', () => {
    expect(onTop(order, new Set([$('c')]))).toBe(true);
    expect(onTop(order, new Set([$('b'), $('c')]))).toBe(true);
    expect(onTop(order, new Set([$('bc')]))).toBe(true);
    expect(onTop(order, new Set([$('bc'), $('c')]))).toBe(true);
  });

  it('refuses when an older element is drawn above a new one, or nothing is new', () => {
    expect(onTop(order, new Set([$('ab')]))).toBe(false); // bc is drawn above it
    expect(onTop(order, new Set([$('b')]))).toBe(false); // c is drawn above it
    expect(onTop(order, new Set([$('bc'), $('b')]))).toBe(false);
    expect(onTop(order, new Set())).toBe(false);
  });
});

describe('attachPartialRedraw', () => {
  it('changes nothing without Cytoscape’s canvas renderer: syncs still apply', () => {
    const { cy, $ } = graph();
    const { run, detach } = attachPartialRedraw(cy);
    let dataEvents = 0;
    cy.on('data', () => dataEvents++);
    syncElements(
      cy,
      [
        { group: 'nodes', data: { id: 'a', label: 'A' } },
        { group: 'nodes', data: { id: 'b' } },
        { group: 'edges', data: { id: 'ab', source: 'a', target: 'b' } },
      ],
      run,
    );
    expect($('a').data('label')).toBe('A');
    expect($('c').empty()).toBe(true);
    expect(dataEvents).toBe(1);
    detach();
  });
});
