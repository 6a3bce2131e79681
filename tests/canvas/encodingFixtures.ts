import { DEFAULT_CODEBOOK } from '../../src/codebook';
import {
  addActor,
  addTie,
  asActorId,
  asMapId,
  asTieId,
  compose,
  createMap,
  makeActor,
  makeTie,
  type PartnerMapDoc,
} from '../../src/model';
import { loadSampleMap, type SampleName } from '../fixtures/samples';
import { SCHOOL, smallMap, T0 } from '../model/fixtures';

export const TEAM = asActorId('a-team');
export const GOV = asActorId('a-gov');
export const NEW = asActorId('a-new');

/**
 * smallMap() plus what the encoding must cope with: an internal team, a government partner, an
 * actor without type or position, an informal directed multi-dimension tie and a tie without
 * motives or frequency.
 */
export function encodingMap(): PartnerMapDoc {
  return compose(
    addActor(
      makeActor({ label: 'Care team', kind: 'internal', type: 'team', position: 'core' }, TEAM),
    ),
    addActor(makeActor({ label: 'City of Ghent', type: 'government', position: 'anchoring' }, GOV)),
    addActor(makeActor({ label: 'Someone new' }, NEW)),
    addTie(
      makeTie(
        SCHOOL,
        GOV,
        {
          motives: ['policy-requirements', 'raise-pupil-achievement', 'fallback-network'],
          frequency: 'yearly',
          directed: true,
          attributes: { formality: ['informal'] },
        },
        asTieId('t-multi'),
      ),
    ),
    addTie(makeTie(SCHOOL, TEAM, {}, asTieId('t-bare'))),
    addTie(makeTie(TEAM, NEW, { frequency: 'weekly' }, asTieId('t-team-new'))),
  )(smallMap());
}

export const sampleMap = (name: SampleName): PartnerMapDoc => loadSampleMap(name);

/** A large random-but-deterministic map: `actors` actors (the school included), `ties` ties. */
export function bigMap(actors: number, ties: number): PartnerMapDoc {
  let seed = 7;
  const random = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const cb = DEFAULT_CODEBOOK;
  const base = createMap({ school: 'Big school', codebook: cb, now: T0, id: asMapId('map-big') });
  const all = [...base.actors];
  const positions: Record<string, { x: number; y: number }> = {};
  for (let i = 1; i < actors; i++) {
    const a = makeActor(
      { label: `Partner ${i}`, type: pick(cb.actorTypes).id, position: pick(cb.positions).id },
      asActorId(`a-${i}`),
    );
    all.push(a);
    positions[a.id] = { x: random() * 2000, y: random() * 2000 };
  }
  const tieList = [];
  const seen = new Set<string>();
  while (tieList.length < ties) {
    const s = pick(all).id;
    const t = pick(all).id;
    const key = s < t ? `${s}|${t}` : `${t}|${s}`;
    if (s === t || seen.has(key)) continue;
    seen.add(key);
    tieList.push(
      makeTie(
        s,
        t,
        {
          motives: [pick(cb.motives).id, pick(cb.motives).id],
          frequency: random() < 0.8 ? pick(cb.frequencies).id : null,
          attributes: random() < 0.2 ? { formality: ['informal'] } : {},
        },
        asTieId(`t-${tieList.length}`),
      ),
    );
  }
  return { ...base, actors: all, ties: tieList, positions: { ...base.positions, ...positions } };
}
