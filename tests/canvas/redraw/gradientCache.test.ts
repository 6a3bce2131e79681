import type { SingularElementArgument } from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { cacheTieGradients, type GradientMaker } from '../../../src/canvas/redraw/gradientCache';

/** A tie as the cache sees it: its two ends and its parsed colour-band style. */
function fakeTie(edge = true) {
  const tie = {
    ends: [
      { x: 0, y: 0 },
      { x: 100, y: 50 },
    ],
    style: { colours: [[1, 2, 3]], positions: [0, 1] } as Record<string, unknown>,
    isEdge: () => edge,
    sourceEndpoint: () => ({ ...tie.ends[0]! }),
    targetEndpoint: () => ({ ...tie.ends[1]! }),
    pstyle: (name: string) => ({
      value: name.endsWith('colors') ? tie.style.colours : tie.style.positions,
    }),
  };
  return tie;
}

function fakeRenderer() {
  let made = 0;
  const renderer: Partial<GradientMaker> = {
    createGradientStyleFor: () => ({ made: ++made }) as unknown as CanvasGradient,
  };
  return { renderer, made: () => made };
}

const context = {} as CanvasRenderingContext2D;
const asEle = (tie: ReturnType<typeof fakeTie>) => tie as unknown as SingularElementArgument;

describe('cacheTieGradients', () => {
  it('reuses a tie’s gradient until its ends, colours or opacity change', () => {
    const { renderer, made } = fakeRenderer();
    cacheTieGradients(renderer);
    const tie = fakeTie();
    const draw = (opacity = 0.95) =>
      renderer.createGradientStyleFor!(context, 'line', asEle(tie), 'linear-gradient', opacity);
    const first = draw();
    expect(draw()).toBe(first);
    expect(made()).toBe(1);

    tie.ends[1] = { x: 100, y: 51 }; // an end moved
    const moved = draw();
    expect(moved).not.toBe(first);
    expect(draw()).toBe(moved);

    tie.style = { ...tie.style, colours: [[4, 5, 6]] }; // restyled: a new parsed value
    expect(draw()).not.toBe(moved);
    tie.style = { ...tie.style, positions: [0, 0.5] };
    const restyled = draw();
    expect(draw(0.12)).not.toBe(restyled); // faded
    expect(made()).toBe(5);
  });

  it('leaves node and radial gradients, and other renderers, alone', () => {
    const { renderer, made } = fakeRenderer();
    const restore = cacheTieGradients(renderer);
    const tie = fakeTie();
    renderer.createGradientStyleFor!(context, 'line', asEle(tie), 'radial-gradient', 1);
    renderer.createGradientStyleFor!(context, 'line', asEle(tie), 'radial-gradient', 1);
    const node = fakeTie(false);
    renderer.createGradientStyleFor!(context, 'background', asEle(node), 'linear-gradient', 1);
    renderer.createGradientStyleFor!(context, 'background', asEle(node), 'linear-gradient', 1);
    expect(made()).toBe(4);

    restore();
    renderer.createGradientStyleFor!(context, 'line', asEle(tie), 'linear-gradient', 1);
    renderer.createGradientStyleFor!(context, 'line', asEle(tie), 'linear-gradient', 1);
    expect(made()).toBe(6);
    expect(() => cacheTieGradients({})()).not.toThrow();
  });
});
