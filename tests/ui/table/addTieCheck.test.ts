import { describe, expect, it } from 'vitest';
import { asActorId } from '../../../src/model';
import { checkNewTie } from '../../../src/ui/table/addTieCheck';
import { CLB, SCHOOL, smallMap, UNI } from '../../model/fixtures';

describe('checkNewTie', () => {
  const map = smallMap();

  it('accepts two different actors without a tie', () => {
    expect(checkNewTie(map, SCHOOL, UNI)).toEqual({ ok: true, source: SCHOOL, target: UNI });
  });

  it('asks for both actors', () => {
    expect(checkNewTie(map, SCHOOL, null)).toEqual({ ok: false, reason: 'missing' });
    expect(checkNewTie(map, null, null)).toEqual({ ok: false, reason: 'missing' });
  });

  it('refuses a self-tie', () => {
    expect(checkNewTie(map, CLB, CLB)).toEqual({ ok: false, reason: 'self-loop' });
  });

  it('refuses a duplicate in either direction and names the existing tie', () => {
    expect(checkNewTie(map, SCHOOL, CLB)).toEqual({
      ok: false,
      reason: 'duplicate',
      existing: 't-1',
    });
    expect(checkNewTie(map, CLB, SCHOOL)).toEqual({
      ok: false,
      reason: 'duplicate',
      existing: 't-1',
    });
  });

  it('refuses an actor that is not on the map', () => {
    expect(checkNewTie(map, SCHOOL, asActorId('a-gone'))).toEqual({
      ok: false,
      reason: 'unknown-actor',
    });
  });
});
