import { describe, expect, it } from 'vitest';
import { asTieId } from '../../../src/model';
import { CLB, SCHOOL, UNI } from '../../model/fixtures';
import { gestureHarness } from './harness';

describe('tie actions', () => {
  it('tap one, then the other: the draft, then one new tie as one undo step, selected', () => {
    const { store, view, gestures, actions } = gestureHarness();
    gestures.setState((s) => ({ ...s, drawMode: true }));
    expect(actions.input({ kind: 'actor', id: UNI }, 'pointer')).toBe('handled');
    expect(view.getState()).toMatchObject({
      tieDraft: UNI,
      selection: { kind: 'actor', id: UNI },
    });

    actions.input({ kind: 'actor', id: SCHOOL }, 'pointer');
    const ties = store.current()!.ties;
    expect(ties).toHaveLength(3);
    const tie = ties[2]!;
    expect(tie).toMatchObject({ source: UNI, target: SCHOOL, directed: false, motives: [] });
    expect(view.getState()).toMatchObject({
      tieDraft: null,
      selection: { kind: 'tie', id: tie.id },
    });
    expect(gestures.getState().notice).toEqual({
      key: 'gestures.created',
      params: { source: 'UGent', target: 'Basisschool De Linde' },
    });
    store.undo();
    expect(store.current()!.ties).toHaveLength(2);
  });

  it('outside draw mode a tap is not a gesture (the canvas selects as usual)', () => {
    const { view, actions } = gestureHarness();
    expect(actions.input({ kind: 'actor', id: UNI }, 'pointer')).toBe('idle');
    expect(view.getState().tieDraft).toBeNull();
  });

  it('a drag onto a known pair selects its tie and adds nothing', () => {
    const { store, view, gestures, actions } = gestureHarness();
    const before = store.current();
    actions.drop(CLB, SCHOOL);
    expect(store.current()).toBe(before);
    expect(store.canUndo()).toBe(false);
    expect(view.getState().selection).toEqual({ kind: 'tie', id: asTieId('t-1') });
    expect(gestures.getState().notice?.key).toBe('gestures.existing');
  });

  it('a drag released on empty space or on its own source cancels', () => {
    const { store, gestures, actions } = gestureHarness();
    const before = store.current();
    gestures.setState((s) => ({ ...s, dragging: UNI }));
    actions.drop(UNI, null);
    expect(gestures.getState()).toMatchObject({
      dragging: null,
      notice: { key: 'gestures.cancelled' },
    });
    actions.drop(UNI, UNI);
    expect(store.current()).toBe(before);
  });

  it('cancel ends a draft, and says nothing when there was none', () => {
    const { view, gestures, actions } = gestureHarness();
    actions.start(CLB, 'keyboard');
    expect(gestures.getState().draftBy).toBe('keyboard');
    actions.cancel();
    expect(view.getState().tieDraft).toBeNull();
    expect(gestures.getState().notice?.key).toBe('gestures.cancelled');
    gestures.setState((s) => ({ ...s, notice: null }));
    actions.cancel();
    expect(gestures.getState().notice).toBeNull();
  });
});
