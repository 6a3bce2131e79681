// Small maps for the insight tests, built with the model's producers, and the sample maps.
import { analyzeMap, type MapAnalysis } from '../../../src/analysis';
import { DEFAULT_CODEBOOK } from '../../../src/codebook';
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
  type ActorKind,
  type PartnerMapDoc,
  type TieInput,
} from '../../../src/model';
import { loadSampleMap } from '../../fixtures/samples';

/** [id, type?, kind?]: the label is the id in upper case; kind external unless given. */
export type ActorSpec = readonly [id: string, type?: string | null, kind?: ActorKind];
export type TieSpec = readonly [source: string, target: string, input?: TieInput];

/** A map whose school has the id "s" (label "S"); ties get ids t1, t2, … */
export function buildMap(
  actors: readonly ActorSpec[],
  ties: readonly TieSpec[] = [],
): PartnerMapDoc {
  const base = createMap({
    school: 'S',
    codebook: DEFAULT_CODEBOOK,
    now: '2026-01-01T00:00:00.000Z',
    id: asMapId('map-insights'),
    egoId: asActorId('s'),
  });
  return compose(
    ...actors.map(([id, type = null, kind = 'external']) =>
      addActor(makeActor({ label: id.toUpperCase(), type, kind }, asActorId(id))),
    ),
    ...ties.map(([source, target, input], i) =>
      addTie(makeTie(asActorId(source), asActorId(target), input ?? {}, asTieId(`t${i + 1}`))),
    ),
  )(base);
}

export function analyse(map: PartnerMapDoc): MapAnalysis {
  const result = analyzeMap(map);
  if (!result.ok) throw new Error(result.error);
  return result.analysis;
}

export const loadSample = (name: 'primary' | 'secondary'): PartnerMapDoc =>
  loadSampleMap(`${name}-school`);

/** A deterministic shuffle (a small linear congruential generator), so failures repeat. */
export function shuffled<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  let state = seed;
  for (let i = out.length - 1; i > 0; i--) {
    state = (state * 1103515245 + 12345) % 2147483648;
    const j = state % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** The same map with its actors and ties in another order. */
export function reordered(map: PartnerMapDoc, seed: number): PartnerMapDoc {
  return { ...map, actors: shuffled(map.actors, seed), ties: shuffled(map.ties, seed + 1) };
}
