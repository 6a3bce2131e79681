// @vitest-environment happy-dom
import { act, screen } from '@testing-library/react';
import type { Core } from 'cytoscape';
import { describe, expect, it, vi } from 'vitest';
import { LayoutGuidesLayer } from '../../../src/canvas/guides/LayoutGuidesLayer';
import { applyLayout } from '../../../src/ui/LayoutMenu';
import { sampleMap } from '../../canvas/layouts/maps';
import { renderEditor } from '../render';

/** Just enough of Cytoscape's viewport for the guides: pan, zoom, size and 'viewport' events. */
function fakeCy() {
  let zoom = 1;
  let pan = { x: 400, y: 300 };
  const listeners = new Set<() => void>();
  const cy = {
    zoom: () => zoom,
    pan: () => pan,
    width: () => 800,
    height: () => 600,
    minZoom: () => 0.1,
    maxZoom: () => 4,
    on: (_events: string, fn: () => void) => listeners.add(fn),
    off: (_events: string, fn: () => void) => listeners.delete(fn),
    viewport: vi.fn((next: { zoom: number; pan: { x: number; y: number } }) => {
      zoom = next.zoom;
      pan = next.pan;
      listeners.forEach((fn) => fn());
    }),
  };
  return { cy, core: cy as unknown as Core };
}

const guides = () => screen.queryByTestId('layout-guides');
const texts = () => [...(guides()?.querySelectorAll('text') ?? [])].map((t) => t.textContent);

describe('LayoutGuidesLayer', () => {
  it('draws rings and sector names after a concentric layout, and frames them', () => {
    const { cy, core } = fakeCy();
    const { store, view } = renderEditor(<LayoutGuidesLayer cy={core} />, {
      map: sampleMap('secondary-school'),
    });
    expect(guides()).toBeNull();

    act(() => applyLayout(store, view, 'rings-frequency'));
    expect(texts()).toEqual(
      expect.arrayContaining([
        'Within the school',
        'Weekly or more',
        'Once a year or less',
        'Education support',
        'Schools and structures',
        'International',
      ]),
    );
    // Framed once: the school in the middle of the canvas, the rings inside it.
    expect(cy.viewport).toHaveBeenCalledOnce();
    const { zoom, pan } = cy.viewport.mock.calls[0]![0];
    expect(pan).toEqual({ x: 400, y: 300 });
    const outer = Math.max(...view.getState().layout!.guides!.rings.map((r) => r.outer));
    expect(2 * outer * zoom).toBeLessThanOrEqual(600);
    // Every ring follows pan and zoom.
    const circles = [...guides()!.querySelectorAll('circle.guide-band')];
    expect(circles.map((c) => Number(c.getAttribute('r')))).toContain(outer * zoom);
    act(() => cy.viewport({ zoom: 2, pan: { x: 10, y: 20 } }));
    expect(guides()!.querySelector('circle')!.getAttribute('cx')).toBe('10');
    expect(Number(guides()!.querySelector('circle')!.getAttribute('r'))).toBe(outer * 2);
  });

  it('shows sector and ring names in the current language', () => {
    const { core } = fakeCy();
    const { store, view } = renderEditor(<LayoutGuidesLayer cy={core} />, {
      map: sampleMap('secondary-school'),
      locale: 'nl',
    });
    act(() => applyLayout(store, view, 'rings-position'));
    expect(texts()).toEqual(
      expect.arrayContaining(['Binnen de school', 'Kernactor', 'Onderwijsondersteuning']),
    );
  });

  it('hides when the layout is undone, returns on redo, hides for Free and Force', () => {
    const { cy, core } = fakeCy();
    const { store, view } = renderEditor(<LayoutGuidesLayer cy={core} />, {
      map: sampleMap('primary-school'),
    });
    act(() => applyLayout(store, view, 'rings-frequency'));
    expect(guides()).not.toBeNull();
    act(() => store.undo());
    expect(guides()).toBeNull();
    act(() => store.redo());
    expect(guides()).not.toBeNull();

    act(() => applyLayout(store, view, 'free'));
    expect(guides()).toBeNull();
    act(() => applyLayout(store, view, 'rings-position'));
    act(() => applyLayout(store, view, 'force'));
    expect(guides()).toBeNull();
    // Force frames the actors too (three framings: rings, rings, force; Free frames nothing).
    expect(cy.viewport).toHaveBeenCalledTimes(3);
    // Undoing the force layout brings back the rings it replaced, and their guides.
    act(() => store.undo());
    expect(texts()).toContain('Core actor');
  });

  it('hides when another map is opened', () => {
    const { core } = fakeCy();
    const { store, view } = renderEditor(<LayoutGuidesLayer cy={core} />, {
      map: sampleMap('primary-school'),
    });
    act(() => applyLayout(store, view, 'rings-frequency'));
    expect(guides()).not.toBeNull();
    act(() => store.open(sampleMap('secondary-school')));
    expect(guides()).toBeNull();
  });
});
