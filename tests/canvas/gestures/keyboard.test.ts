import { describe, expect, it } from 'vitest';
import { createKeyboardHandler } from '../../../src/canvas/gestures/keyboard';
import { asTieId } from '../../../src/model';
import { CLB, SCHOOL, UNI } from '../../model/fixtures';
import { gestureHarness } from './harness';

// The harness draws the school at (0, 0), the CLB to its right and UGent below it.
function setUp() {
  const harness = gestureHarness();
  const onKey = createKeyboardHandler(harness, harness.actions);
  const canvas = {};
  /** Presses a key on the canvas; returns whether the canvas took it (preventDefault). */
  const press = (key: string, modifiers: { ctrlKey?: boolean } = {}) => {
    let taken = false;
    const event = {
      key,
      ctrlKey: false,
      metaKey: false,
      altKey: false,
      ...modifiers,
      target: canvas,
      currentTarget: canvas,
      preventDefault: () => {
        taken = true;
      },
    };
    onKey(event as unknown as KeyboardEvent);
    return taken;
  };
  return { ...harness, press };
}

describe('the canvas keyboard model', () => {
  it('starts at the school and moves the selection to the nearest actor in each direction', () => {
    const { view, press } = setUp();
    expect(press('ArrowRight')).toBe(true);
    expect(view.getState().selection).toEqual({ kind: 'actor', id: SCHOOL });
    press('ArrowRight');
    expect(view.getState().selection).toEqual({ kind: 'actor', id: CLB });
    press('ArrowLeft');
    expect(view.getState().selection).toEqual({ kind: 'actor', id: SCHOOL });
    press('ArrowDown');
    expect(view.getState().selection).toEqual({ kind: 'actor', id: UNI });
    press('Home');
    expect(view.getState().selection).toEqual({ kind: 'actor', id: SCHOOL });
  });

  it('says so when no actor lies in that direction', () => {
    const { view, gestures, press } = setUp();
    press('Home');
    press('ArrowUp');
    expect(view.getState().selection).toEqual({ kind: 'actor', id: SCHOOL });
    expect(gestures.getState().notice?.key).toBe('gestures.noneThatWay');
  });

  it('C, arrows, Enter: a tie from the selected actor to the chosen one', () => {
    const { store, view, gestures, cy, press } = setUp();
    press('ArrowDown'); // nothing selected: the school
    press('c');
    expect(view.getState().tieDraft).toBe(SCHOOL);
    press('Enter');
    expect(gestures.getState().notice?.key).toBe('gestures.chooseTarget');
    press('ArrowDown');
    expect(gestures.getState().candidate).toBe(UNI);
    expect(cy.$('.tie-draft-target').id()).toBe(UNI);
    expect(cy.$('edge.tie-ghost').source().id()).toBe(SCHOOL);
    press('Enter');
    const tie = store.current()!.ties[2]!;
    expect(tie).toMatchObject({ source: SCHOOL, target: UNI });
    expect(view.getState()).toMatchObject({ tieDraft: null, selection: { id: tie.id } });
    expect(cy.$('.tie-ghost')).toHaveLength(0);
  });

  it('C on a known pair selects its tie; Escape cancels a draft', () => {
    const { store, view, press } = setUp();
    press('Home');
    press('C');
    press('ArrowRight');
    press(' ');
    expect(store.current()!.ties).toHaveLength(2);
    expect(view.getState().selection).toEqual({ kind: 'tie', id: asTieId('t-1') });
    press('Home');
    press('c');
    press('Escape');
    expect(view.getState()).toMatchObject({ tieDraft: null, selection: { id: SCHOOL } });
    press('Escape');
    expect(view.getState().selection).toBeNull();
  });

  it('C without a selected actor asks for one', () => {
    const { view, gestures, press } = setUp();
    press('c');
    expect(view.getState().tieDraft).toBeNull();
    expect(gestures.getState().notice?.key).toBe('gestures.selectFirst');
  });

  it('Delete removes the selected actor or tie as one undo step, never the school', () => {
    const { store, view, gestures, press } = setUp();
    press('Home');
    press('Delete');
    expect(store.current()!.actors).toHaveLength(3);
    expect(gestures.getState().notice?.key).toBe('gestures.keepSchool');

    press('ArrowRight');
    press('Backspace');
    expect(store.current()!.actors.map((a) => a.id)).toEqual([SCHOOL, UNI]);
    expect(store.current()!.ties).toHaveLength(0);
    expect(view.getState().selection).toBeNull();
    expect(gestures.getState().notice).toEqual({
      key: 'gestures.removedActor',
      params: { label: 'CLB Gent' },
    });
    store.undo();
    expect(store.current()!.ties).toHaveLength(2);

    view.setState((s) => ({ ...s, selection: { kind: 'tie', id: asTieId('t-2') } }));
    press('Delete');
    expect(store.current()!.ties.map((t) => t.id)).toEqual(['t-1']);
  });

  it('zooms with + and -, and leaves Ctrl+key to the app shortcuts', () => {
    const { cy, press, store } = setUp();
    const zoom = cy.zoom();
    press('+');
    expect(cy.zoom()).toBeCloseTo(zoom * 1.25);
    press('-');
    expect(cy.zoom()).toBeCloseTo(zoom);
    expect(press('z', { ctrlKey: true })).toBe(false);
    expect(press('x')).toBe(false);
    expect(store.canUndo()).toBe(false);
  });
});
