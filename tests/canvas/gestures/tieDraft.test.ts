import { describe, expect, it } from 'vitest';
import { resolveTie, stepDraft } from '../../../src/canvas/gestures/tieDraft';
import { asActorId, asTieId } from '../../../src/model';
import { CLB, SCHOOL, smallMap, UNI } from '../../model/fixtures';

// smallMap: school – CLB (t-1), CLB – UGent (t-2); school and UGent have no tie.
const map = smallMap();
const GHOST = asActorId('a-nobody');

describe('resolveTie', () => {
  it('creates a tie for a pair without one, in the drawn direction', () => {
    expect(resolveTie(map, UNI, SCHOOL)).toEqual({ kind: 'create', source: UNI, target: SCHOOL });
  });

  it('opens the existing tie of a known pair, in either direction', () => {
    expect(resolveTie(map, SCHOOL, CLB)).toEqual({ kind: 'existing', tie: asTieId('t-1') });
    expect(resolveTie(map, CLB, SCHOOL)).toEqual({ kind: 'existing', tie: asTieId('t-1') });
    expect(resolveTie(map, UNI, CLB)).toEqual({ kind: 'existing', tie: asTieId('t-2') });
  });

  it('refuses a self-tie and an unknown actor', () => {
    expect(resolveTie(map, CLB, CLB)).toEqual({ kind: 'invalid', problem: 'self-loop' });
    expect(resolveTie(map, CLB, GHOST)).toEqual({ kind: 'invalid', problem: 'unknown-actor' });
  });
});

describe('stepDraft (tap one, then the other)', () => {
  const tap = (id: typeof SCHOOL) => ({ kind: 'actor', id }) as const;

  it('starts a draft on the first tap, only in draw mode', () => {
    expect(stepDraft(map, null, tap(UNI), true)).toEqual({
      draft: UNI,
      result: { kind: 'started', source: UNI },
    });
    expect(stepDraft(map, null, tap(UNI), false)).toEqual({
      draft: null,
      result: { kind: 'idle' },
    });
    expect(stepDraft(map, null, tap(GHOST), true).result).toEqual({ kind: 'idle' });
  });

  it('completes on a tap on another actor', () => {
    expect(stepDraft(map, UNI, tap(SCHOOL), true)).toEqual({
      draft: null,
      result: { kind: 'done', outcome: { kind: 'create', source: UNI, target: SCHOOL } },
    });
  });

  it('completes even outside draw mode once a draft exists (keyboard C, then a tap)', () => {
    expect(stepDraft(map, UNI, tap(SCHOOL), false).result.kind).toBe('done');
  });

  it('turns a duplicate into selecting the existing tie', () => {
    expect(stepDraft(map, CLB, tap(SCHOOL), true)).toEqual({
      draft: null,
      result: { kind: 'done', outcome: { kind: 'existing', tie: asTieId('t-1') } },
    });
  });

  it('cancels on the same actor, on empty space, on Escape and on an unknown actor', () => {
    const cancelled = { draft: null, result: { kind: 'cancelled' } };
    expect(stepDraft(map, UNI, tap(UNI), true)).toEqual(cancelled);
    expect(stepDraft(map, UNI, { kind: 'empty' }, true)).toEqual(cancelled);
    expect(stepDraft(map, UNI, { kind: 'cancel' }, true)).toEqual(cancelled);
    expect(stepDraft(map, UNI, tap(GHOST), true)).toEqual(cancelled);
  });

  it('does nothing on empty space or Escape without a draft', () => {
    expect(stepDraft(map, null, { kind: 'empty' }, true).result).toEqual({ kind: 'idle' });
    expect(stepDraft(map, null, { kind: 'cancel' }, true).result).toEqual({ kind: 'idle' });
  });
});
