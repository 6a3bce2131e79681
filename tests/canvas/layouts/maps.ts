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
  type ActorInput,
  type PartnerMapDoc,
  type Point,
  type TieInput,
} from '../../../src/model';
import { loadSampleMap, type SampleName } from '../../fixtures/samples';

/** A sample map of sample-maps/ (the same files the app bundles). */
export const sampleMap = (name: SampleName): PartnerMapDoc => loadSampleMap(name);

export const SCHOOL = asActorId('a-school');

/** A map with the school and the given actors and ties (ids as given; ties by actor ids). */
export function buildMap(
  actors: readonly (ActorInput & { id: string })[],
  ties: readonly (TieInput & { id: string; source: string; target: string })[] = [],
  positions: Readonly<Record<string, Point>> = {},
): PartnerMapDoc {
  const base = createMap({
    school: 'De Linde',
    codebook: DEFAULT_CODEBOOK,
    now: '2026-01-01T00:00:00.000Z',
    id: asMapId('map-layout'),
    egoId: SCHOOL,
  });
  return compose(
    ...actors.map(({ id, ...input }) => addActor(makeActor(input, asActorId(id)), positions[id])),
    ...ties.map(({ id, source, target, ...input }) =>
      addTie(makeTie(asActorId(source), asActorId(target), input, asTieId(id))),
    ),
  )(base);
}

/** The same map with its actors and ties in reverse order and then interleaved. */
export function shuffled(map: PartnerMapDoc): PartnerMapDoc {
  const mix = <T>(list: readonly T[]): T[] => {
    const reversed = [...list].reverse();
    return [...reversed.filter((_, i) => i % 2 === 1), ...reversed.filter((_, i) => i % 2 === 0)];
  };
  return { ...map, actors: mix(map.actors), ties: mix(map.ties) };
}

export const distance = (p: Point, q: Point = { x: 0, y: 0 }): number =>
  Math.hypot(p.x - q.x, p.y - q.y);

/** The angle of a point, radians clockwise from north, in [from, from + 2π). */
export const angleOf = (p: Point, from = 0): number => {
  const a = Math.atan2(p.x, -p.y);
  return from + ((((a - from) % (2 * Math.PI)) + 2 * Math.PI) % (2 * Math.PI));
};
