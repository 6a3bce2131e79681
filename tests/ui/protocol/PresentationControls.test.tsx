// @vitest-environment happy-dom
import { act, fireEvent, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PROTOCOL_PROMPTS } from '../../../src/codebook';
import { patchView } from '../../../src/store';
import { PresentationControls } from '../../../src/ui/presentation/PresentationControls';
import { ProtocolPanel } from '../../../src/ui/protocol/ProtocolPanel';
import { ProtocolToolbarButtons } from '../../../src/ui/protocol/ProtocolToolbarButtons';
import { renderEditor } from '../render';

/** A stand-in for the browser's Fullscreen API, which happy-dom lacks. */
function fakeFullscreen({ refuse = false } = {}) {
  let element: Element | null = null;
  const change = () => document.dispatchEvent(new Event('fullscreenchange'));
  Object.defineProperty(document, 'fullscreenElement', { configurable: true, get: () => element });
  Object.defineProperty(document, 'fullscreenEnabled', { configurable: true, value: true });
  const request = vi.fn(() => {
    if (refuse) return Promise.reject(new TypeError('Permissions check failed'));
    element = document.documentElement;
    change();
    return Promise.resolve();
  });
  const exit = vi.fn(() => {
    element = null;
    change();
    return Promise.resolve();
  });
  document.documentElement.requestFullscreen = request;
  document.exitFullscreen = exit;
  /** The browser leaving full screen by itself (the user pressed Escape or F11). */
  const browserLeaves = () => act(() => void exit());
  return { request, exit, browserLeaves };
}

function renderPresentation() {
  return renderEditor(
    <>
      <ProtocolToolbarButtons />
      <ProtocolPanel />
      <PresentationControls />
    </>,
  );
}

describe('presentation mode', () => {
  beforeEach(() => vi.spyOn(console, 'info').mockImplementation(() => {}));
  afterEach(() => vi.restoreAllMocks());

  it('Present asks for full screen; the exit button leaves it and full screen too', async () => {
    const user = userEvent.setup();
    const fullscreen = fakeFullscreen();
    const { view } = renderPresentation();
    expect(screen.queryByTestId('exit-presentation')).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Present' }));
    expect(view.getState().presentation).toBe(true);
    expect(fullscreen.request).toHaveBeenCalledOnce();
    expect(document.fullscreenElement).toBe(document.documentElement);
    const exit = screen.getByRole('button', { name: 'Exit presentation' });
    expect(document.activeElement).toBe(exit);
    expect(screen.queryByRole('status')).toBeNull();

    await user.click(exit);
    expect(view.getState().presentation).toBe(false);
    expect(fullscreen.exit).toHaveBeenCalledOnce();
    expect(document.fullscreenElement).toBeNull();
    expect(screen.queryByTestId('exit-presentation')).toBeNull();
    expect(document.activeElement?.getAttribute('data-testid')).toBe('present');
  });

  it('when the browser leaves full screen by itself, presentation mode ends', async () => {
    const user = userEvent.setup();
    const fullscreen = fakeFullscreen();
    const { view } = renderPresentation();
    await user.click(screen.getByRole('button', { name: 'Present' }));
    fullscreen.browserLeaves();
    expect(view.getState().presentation).toBe(false);
  });

  it('a refused full screen keeps presentation mode in the window and says so', async () => {
    const user = userEvent.setup();
    fakeFullscreen({ refuse: true });
    const { view } = renderPresentation();
    await user.click(screen.getByRole('button', { name: 'Present' }));
    expect(view.getState().presentation).toBe(true);
    expect((await screen.findByRole('status')).textContent).toContain(
      'Full screen is not available here',
    );
    // Escape leaves when there is no full screen to leave.
    fireEvent.keyDown(window, { key: 'Escape' });
    expect(view.getState().presentation).toBe(false);
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('shows the step and its prompts without the to-do lists; Page Down/Up change the step', () => {
    fakeFullscreen();
    const { view } = renderPresentation();
    act(() => view.setState(patchView({ protocolStep: 'why', presentation: true })));
    const panel = screen.getByTestId('protocol-panel');
    expect(panel.classList.contains('presenting')).toBe(true);
    expect(screen.getByText(PROTOCOL_PROMPTS.why[0]!.en)).toBeTruthy();
    expect(screen.queryByTestId('protocol-without-motive')).toBeNull();

    fireEvent.keyDown(window, { key: 'PageDown' });
    expect(view.getState().protocolStep).toBe('how-what');
    fireEvent.keyDown(window, { key: 'PageUp' });
    fireEvent.keyDown(window, { key: 'PageUp' });
    expect(view.getState().protocolStep).toBe('when-where');

    act(() => view.setState(patchView({ presentation: false })));
    fireEvent.keyDown(window, { key: 'PageDown' });
    expect(view.getState().protocolStep).toBe('when-where');
    expect(screen.getByTestId('protocol-without-frequency')).toBeTruthy();
  });
});
