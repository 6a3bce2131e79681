// Tiny hand-made maps for edge cases (the default codebook: levels 1–5, motives in 3 dimensions).
import { DEFAULT_CODEBOOK } from '../../src/codebook';
import {
  asActorId,
  asMapId,
  asTieId,
  createMap,
  makeActor,
  makeTie,
  type PartnerMapDoc,
  type TieInput,
} from '../../src/model';

export type TieSpec = readonly [source: string, target: string, input?: TieInput];

/** A map whose first actor ("a") is the school; `ties` get ids t1, t2, … */
export function tinyMap(actors: readonly string[], ties: readonly TieSpec[] = []): PartnerMapDoc {
  const [first = 'a', ...rest] = actors;
  const base = createMap({
    school: first.toUpperCase(),
    codebook: DEFAULT_CODEBOOK,
    now: '2026-01-01T00:00:00.000Z',
    id: asMapId('map-test'),
    egoId: asActorId(first),
  });
  return {
    ...base,
    actors: [
      ...(actors.length > 0 ? base.actors : []),
      ...rest.map((id) => makeActor({ label: id.toUpperCase() }, asActorId(id))),
    ],
    ties: ties.map(([s, t, input], i) =>
      makeTie(asActorId(s), asActorId(t), input ?? {}, asTieId(`t${i + 1}`)),
    ),
  };
}
