import { describe, expect, it, vi } from 'vitest';
import { moveActors, renameMap } from '../../src/model';
import { createMapStore } from '../../src/store';
import { UNI, smallMap } from '../model/fixtures';

const clock = () => {
  let n = 0;
  return () => `2026-11-02T00:00:0${n++}.000Z`;
};

describe('map store', () => {
  it('applies producers as undoable steps and stamps updatedAt', () => {
    const store = createMapStore(clock());
    store.open(smallMap());
    store.apply(renameMap('A'));
    store.apply(moveActors({ [UNI]: { x: 1, y: 2 } }));
    expect(store.current()?.title).toBe('A');
    expect(store.current()?.updatedAt).toBe('2026-11-02T00:00:01.000Z');
    store.undo();
    expect(store.current()?.positions[UNI]).toBeUndefined();
    expect(store.current()?.title).toBe('A');
    store.undo();
    expect(store.current()?.title).toBe('Basisschool De Linde');
    expect(store.canUndo()).toBe(false);
    store.redo();
    expect(store.current()?.title).toBe('A');
  });

  it('notifies subscribers on change only', () => {
    const store = createMapStore(clock());
    const listener = vi.fn();
    store.subscribe(listener);
    store.open(smallMap());
    expect(listener).toHaveBeenCalledTimes(1);
    store.apply(renameMap('   ')); // no change
    expect(listener).toHaveBeenCalledTimes(1);
    store.apply(renameMap('B'), { history: false });
    expect(listener).toHaveBeenCalledTimes(2);
    expect(store.canUndo()).toBe(false);
  });

  it('does nothing without an open map', () => {
    const store = createMapStore(clock());
    store.apply(renameMap('X'));
    store.undo();
    expect(store.current()).toBeNull();
  });
});
