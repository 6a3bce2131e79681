// @vitest-environment happy-dom
import { act, fireEvent, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { DrawTiesToggle } from '../../../src/canvas/gestures/DrawTiesToggle';
import { GestureOverlay, KEYBOARD_HELP_ID } from '../../../src/canvas/gestures/GestureOverlay';
import { gestureStoreFor } from '../../../src/canvas/gestures/gestureStore';
import { patchView } from '../../../src/store';
import { CLB, UNI } from '../../model/fixtures';
import { renderEditor } from '../../ui/render';

const ui = (
  <>
    <DrawTiesToggle />
    <GestureOverlay />
  </>
);

describe('the draw-ties switch and hint', () => {
  it('switches the mode on and off and says what to do', () => {
    renderEditor(ui);
    const toggle = screen.getByRole('button', { name: 'Draw ties' });
    expect(toggle.getAttribute('aria-pressed')).toBe('false');
    expect(screen.queryByTestId('gesture-hint')).toBeNull();

    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-pressed')).toBe('true');
    expect(screen.getByTestId('gesture-hint').textContent).toMatch(/^Drawing ties: drag from/);
    expect(screen.getByTestId('gesture-announcer').textContent).toMatch(/^Drawing ties/);

    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-pressed')).toBe('false');
    expect(screen.getByTestId('gesture-hint').textContent).toBe(
      'Tie drawing off: actors can be moved again.',
    );
  });

  it('guides a tie draft: pointer, keyboard, a chosen target', () => {
    const { view } = renderEditor(ui);
    const gestures = gestureStoreFor(view);
    act(() => view.setState(patchView({ tieDraft: CLB })));
    expect(screen.getByTestId('gesture-hint').textContent).toBe(
      'Connecting from CLB Gent: tap the other actor. Escape or a tap on empty space cancels.',
    );
    act(() => gestures.setState((s) => ({ ...s, draftBy: 'keyboard' })));
    expect(screen.getByTestId('gesture-announcer').textContent).toContain(
      'choose the other actor with the arrow keys',
    );
    act(() => gestures.setState((s) => ({ ...s, candidate: UNI })));
    expect(screen.getByTestId('gesture-announcer').textContent).toBe(
      'Connect CLB Gent with UGent? Enter draws the tie, Escape cancels.',
    );
  });

  it('shows an outcome for a while, then returns to the mode hint', () => {
    vi.useFakeTimers();
    try {
      const { view } = renderEditor(ui);
      const gestures = gestureStoreFor(view);
      act(() =>
        gestures.setState((s) => ({
          ...s,
          drawMode: true,
          notice: { key: 'gestures.created', params: { source: 'CLB Gent', target: 'UGent' } },
        })),
      );
      expect(screen.getByTestId('gesture-hint').textContent).toBe(
        'Tie drawn between CLB Gent and UGent.',
      );
      act(() => vi.advanceTimersByTime(7000));
      expect(screen.getByTestId('gesture-hint').textContent).toMatch(/^Drag from one actor/);
      expect(screen.getByTestId('gesture-announcer').textContent).toBe('');
    } finally {
      vi.useRealTimers();
    }
  });

  it('speaks Dutch and describes the canvas keys', () => {
    const { view } = renderEditor(ui, { locale: 'nl' });
    expect(screen.getByRole('button', { name: 'Relaties tekenen' })).toBeTruthy();
    act(() => view.setState(patchView({ tieDraft: CLB })));
    expect(screen.getByTestId('gesture-hint').textContent).toBe(
      'Verbinden vanaf CLB Gent: tik de andere actor aan. Escape of een tik op een lege plek annuleert.',
    );
    expect(document.getElementById(KEYBOARD_HELP_ID)?.textContent).toMatch(/^Pijltjestoetsen/);
  });
});
