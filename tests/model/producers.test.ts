import { describe, expect, it } from 'vitest';
import { DEFAULT_CODEBOOK } from '../../src/codebook';
import {
  addActor,
  addTie,
  asTieId,
  checkConsistency,
  createMap,
  duplicateMap,
  findTieBetween,
  makeActor,
  makeTie,
  moveActors,
  removeActors,
  removeTies,
  swapTieEnds,
  renameMap,
  tieProblem,
  touch,
  updateActor,
  updateSession,
  updateTie,
} from '../../src/model';
import { CLB, SCHOOL, T0, UNI, smallMap } from './fixtures';

describe('createMap', () => {
  it('places the school as the ego actor in the middle', () => {
    const map = createMap({ school: '  GO! Atheneum  ', codebook: DEFAULT_CODEBOOK, now: T0 });
    expect(map.title).toBe('GO! Atheneum');
    expect(map.session.school).toBe('GO! Atheneum');
    expect(map.actors).toHaveLength(1);
    const ego = map.actors[0]!;
    expect(ego).toMatchObject({ kind: 'ego', label: 'GO! Atheneum', type: null });
    expect(map.positions[ego.id]).toEqual({ x: 0, y: 0 });
    expect(checkConsistency(map)).toEqual([]);
  });
});

describe('actor producers', () => {
  it('adds an actor with a position, and ignores an id that exists', () => {
    const map = smallMap();
    const actor = makeActor({ label: ' Stad Gent ', type: 'government' });
    const next = addActor(actor, { x: 5, y: 6 })(map);
    expect(next.actors.at(-1)).toMatchObject({ label: 'Stad Gent', kind: 'external' });
    expect(next.positions[actor.id]).toEqual({ x: 5, y: 6 });
    expect(addActor(actor)(next)).toBe(next);
    expect(map.actors).toHaveLength(3); // the input is untouched
  });

  it('updates fields but never the id', () => {
    const map = smallMap();
    const next = updateActor(CLB, { label: 'CLB Oost', resources: ['knowledge-skills'] })(map);
    expect(next.actors.find((a) => a.id === CLB)).toMatchObject({
      id: CLB,
      label: 'CLB Oost',
      resources: ['knowledge-skills'],
    });
    expect(updateActor('a-none' as typeof CLB, { label: 'x' })(map)).toBe(map);
  });

  it('removing an actor removes its ties and position', () => {
    const map = smallMap();
    const next = removeActors([CLB])(map);
    expect(next.actors.map((a) => a.id)).toEqual([SCHOOL, UNI]);
    expect(next.ties).toEqual([]);
    expect(next.positions[CLB]).toBeUndefined();
    expect(checkConsistency(next)).toEqual([]);
  });

  it('moves only known actors to finite positions', () => {
    const map = smallMap();
    const next = moveActors({ [UNI]: { x: 10, y: 20 }, 'a-ghost': { x: 1, y: 1 } })(map);
    expect(next.positions[UNI]).toEqual({ x: 10, y: 20 });
    expect(next.positions['a-ghost']).toBeUndefined();
    expect(moveActors({ [UNI]: { x: Number.NaN, y: 0 } })(map)).toBe(map);
  });
});

describe('tie producers', () => {
  it('refuses self-loops, unknown actors and a second tie for a pair', () => {
    const map = smallMap();
    expect(tieProblem(map, CLB, CLB)).toBe('self-loop');
    expect(tieProblem(map, CLB, 'a-x' as typeof CLB)).toBe('unknown-actor');
    expect(tieProblem(map, UNI, CLB)).toBe('duplicate'); // either direction
    expect(tieProblem(map, SCHOOL, UNI)).toBeNull();
    expect(addTie(makeTie(UNI, CLB))(map)).toBe(map);
    expect(findTieBetween(map, UNI, CLB)?.id).toBe('t-2');
  });

  it('adds, updates (motives stay a set) and removes a tie', () => {
    const map = addTie(makeTie(SCHOOL, UNI, {}, asTieId('t-3')))(smallMap());
    expect(map.ties).toHaveLength(3);
    const updated = updateTie(asTieId('t-3'), {
      motives: ['quality-development', 'quality-development', 'fallback-network'],
      frequency: 'yearly',
      directed: true,
    })(map);
    expect(updated.ties[2]).toMatchObject({
      motives: ['quality-development', 'fallback-network'],
      frequency: 'yearly',
      directed: true,
    });
    expect(checkConsistency(updated)).toEqual([]);
    expect(removeTies([asTieId('t-3')])(updated).ties).toHaveLength(2);
    expect(removeTies([asTieId('t-none')])(updated)).toBe(updated);
  });
});

describe('document producers', () => {
  it('renames, ignoring blank titles', () => {
    const map = smallMap();
    expect(renameMap(' Nieuwe titel ')(map).title).toBe('Nieuwe titel');
    expect(renameMap('   ')(map)).toBe(map);
  });

  it('updates the session, stamps time and duplicates under a new id', () => {
    const map = updateSession({ moment: 'baseline', facilitator: 'R1' })(smallMap());
    expect(map.session).toMatchObject({
      moment: 'baseline',
      facilitator: 'R1',
      school: 'Basisschool De Linde',
    });
    expect(touch('2026-12-01T00:00:00.000Z')(map).updatedAt).toBe('2026-12-01T00:00:00.000Z');
    const copy = duplicateMap(map, 'Kopie', '2026-12-02T00:00:00.000Z');
    expect(copy.id).not.toBe(map.id);
    expect(copy).toMatchObject({ title: 'Kopie', actors: map.actors, ties: map.ties });
  });
});

describe('swapTieEnds', () => {
  it('reverses one tie and leaves the rest alone', () => {
    const map = smallMap();
    const next = swapTieEnds(asTieId('t-2'))(map);
    expect(next.ties[1]).toEqual({ ...map.ties[1], source: UNI, target: CLB });
    expect(next.ties[0]).toBe(map.ties[0]);
    expect(swapTieEnds(asTieId('nope'))(map)).toBe(map);
  });
});
