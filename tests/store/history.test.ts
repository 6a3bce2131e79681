import { describe, expect, it } from 'vitest';
import {
  canRedo,
  canUndo,
  record,
  redo,
  replacePresent,
  startHistory,
  undo,
} from '../../src/store';

describe('history', () => {
  it('undoes and redoes in order, and a new step clears the redo stack', () => {
    let h = startHistory('a');
    h = record(h, 'b');
    h = record(h, 'c');
    h = undo(h);
    expect(h.present).toBe('b');
    h = undo(h);
    expect(h.present).toBe('a');
    expect(canUndo(h)).toBe(false);
    expect(undo(h)).toBe(h);
    h = redo(h);
    expect(h.present).toBe('b');
    h = record(h, 'x');
    expect(canRedo(h)).toBe(false);
    expect(h.past).toEqual(['a', 'b']);
  });

  it('records nothing for an unchanged present, and replacePresent adds no step', () => {
    const h = startHistory({ n: 1 });
    expect(record(h, h.present)).toBe(h);
    const replaced = replacePresent(h, { n: 2 });
    expect(replaced.past).toEqual([]);
    expect(replaced.present).toEqual({ n: 2 });
  });

  it('keeps at most `limit` steps, dropping the oldest', () => {
    let h = startHistory(0);
    for (let i = 1; i <= 150; i++) h = record(h, i, 100);
    expect(h.past).toHaveLength(100);
    expect(h.past[0]).toBe(50);
    let steps = 0;
    while (canUndo(h)) {
      h = undo(h);
      steps++;
    }
    expect(steps).toBe(100);
    expect(h.present).toBe(50);
  });
});
