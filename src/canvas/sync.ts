import type { Core, ElementDefinition } from 'cytoscape';

/**
 * Brings the Cytoscape graph in line with freshly built elements: removes what is gone,
 * adds what is new, updates data and positions of the rest. One batch, one redraw.
 */
export function syncElements(cy: Core, elements: readonly ElementDefinition[]): void {
  const wanted = new Map<string, ElementDefinition>();
  for (const el of elements) wanted.set(String(el.data.id), el);
  cy.batch(() => {
    cy.elements().forEach((ele) => {
      if (!wanted.has(ele.id())) ele.remove();
    });
    const toAdd: ElementDefinition[] = [];
    for (const [id, el] of wanted) {
      const existing = cy.getElementById(id);
      if (existing.empty()) {
        toAdd.push(el);
        continue;
      }
      existing.data(el.data);
      if (el.position && existing.isNode()) {
        const p = existing.position();
        if (p.x !== el.position.x || p.y !== el.position.y) existing.position({ ...el.position });
      }
    }
    // Nodes before edges, so every edge finds its endpoints.
    toAdd.sort((a, b) => (a.group === b.group ? 0 : a.group === 'nodes' ? -1 : 1));
    if (toAdd.length) cy.add(toAdd);
  });
}
