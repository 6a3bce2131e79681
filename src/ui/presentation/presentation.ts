/**
 * Entering and leaving presentation mode. The view store holds the mode; full screen is a wish
 * the browser may refuse (no Fullscreen API, a permission policy, an iframe): then the mode
 * stays on in the window and `fullscreenRefusal` says so for the controls to show.
 */
import { createStore, patchView, type ViewStore } from '../../store';

/** True while the last full-screen request was refused; reset when presentation ends. */
export const fullscreenRefusal = createStore(false);

/**
 * Call from the click handler itself: browsers grant full screen only during a user gesture.
 */
export function enterPresentation(view: ViewStore, root: Element = document.documentElement) {
  fullscreenRefusal.setState(false);
  view.setState(patchView({ presentation: true }));
  if (typeof root.requestFullscreen !== 'function' || document.fullscreenEnabled === false) {
    fullscreenRefusal.setState(true);
    return;
  }
  root.requestFullscreen().catch((error: unknown) => {
    console.info('Presentation stays in the window: full screen was refused.', error);
    fullscreenRefusal.setState(true);
  });
}

export function leavePresentation(view: ViewStore): void {
  view.setState(patchView({ presentation: false }));
}

/** Leaves the browser's full screen if this page holds it; a refusal is not an error here. */
export function exitFullscreenIfAny(): void {
  fullscreenRefusal.setState(false);
  if (!document.fullscreenElement || typeof document.exitFullscreen !== 'function') return;
  document.exitFullscreen().catch((error: unknown) => {
    console.info('Could not leave full screen.', error);
  });
}
