// @vitest-environment happy-dom
import { act, fireEvent, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { buildElements } from '../../../src/canvas/elements';
import { asMapId } from '../../../src/model';
import { INITIAL_VIEW, patchView } from '../../../src/store';
import { AnalysisCanvasLayer } from '../../../src/ui/analysis/AnalysisCanvasLayer';
import { AnalysisRunner } from '../../../src/ui/analysis/AnalysisRunner';
import { AnalysisToggle } from '../../../src/ui/analysis/AnalysisToggle';
import { CLB, SCHOOL, smallMap, UNI } from '../../model/fixtures';
import { renderEditor } from '../render';

function setup() {
  const map = smallMap();
  const cy = cytoscape({ headless: true, elements: buildElements(map, 'en', INITIAL_VIEW) });
  const rendered = renderEditor(
    <>
      <AnalysisToggle />
      <AnalysisRunner />
      <AnalysisCanvasLayer cy={cy} />
    </>,
    { map },
  );
  return { ...rendered, cy };
}

describe('AnalysisCanvasLayer', () => {
  it('"what depends on" fades the rest on the canvas, with a bar that clears it', async () => {
    const { cy, view } = setup();
    act(() => view.setState(patchView({ dependsOn: CLB })));
    expect(cy.getElementById(CLB).data('markFocus')).toBe(true);
    expect(cy.getElementById(UNI).data('markDim') ?? false).toBe(false); // missing reads as off
    expect(cy.getElementById(SCHOOL).data('markDim')).toBe(true);
    const bar = screen.getByTestId('analysis-focus-bar');
    expect(bar.textContent).toContain(
      'Showing what depends on CLB Gent: 1 actor would lose its link with the school without it.',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Clear' }));
    expect(view.getState().dependsOn).toBeNull();
    expect(cy.getElementById(SCHOOL).data('markDim') ?? false).toBe(false); // missing reads as off
    expect(screen.queryByTestId('analysis-focus-bar')).toBeNull();
  });

  it('Escape clears a highlight, but not while typing in a field', () => {
    const { cy, view } = setup();
    act(() => view.setState(patchView({ highlight: [UNI] })));
    expect(cy.getElementById(UNI).data('markFocus')).toBe(true);
    expect(screen.getByTestId('analysis-focus-bar').textContent).toContain('Highlighted: UGent.');
    const input = document.createElement('input');
    document.body.append(input);
    fireEvent.keyDown(input, { key: 'Escape' });
    expect(view.getState().highlight).toEqual([UNI]);
    input.remove();
    fireEvent.keyDown(document.body, { key: 'Escape' });
    expect(view.getState().highlight).toEqual([]);
    expect(cy.getElementById(UNI).data('markFocus') ?? false).toBe(false); // missing reads as off
  });

  it('opening another map drops the focus', () => {
    const { view, store } = setup();
    act(() => view.setState(patchView({ highlight: [UNI] })));
    act(() => store.open({ ...smallMap(), id: asMapId('map-other') }));
    expect(view.getState().highlight).toEqual([]);
  });

  it('sizes and marks appear once the analysis is open and computed', async () => {
    const { cy } = setup();
    expect(cy.getElementById(CLB).data('markCutPoint') ?? false).toBe(false); // missing reads as off
    await userEvent.click(screen.getByRole('button', { name: 'Analysis' }));
    expect(screen.getByRole('button', { name: 'Analysis' }).getAttribute('aria-pressed')).toBe(
      'true',
    );
    await expect.poll(() => cy.getElementById(CLB).data('markCutPoint')).toBe(true);
    expect(cy.getElementById('t-1').data('markBridge')).toBe(true);
  });
});
