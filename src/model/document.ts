import type { Codebook } from '../codebook/types';
import { newActorId, newMapId, type ActorId, type MapId } from './ids';
import type { Producer } from './producer';
import { SCHEMA_VERSION, type PartnerMapDoc, type SessionInfo } from './types';

export interface NewMapArgs {
  readonly school: string;
  readonly codebook: Codebook;
  /** ISO timestamp; passed in so that producers stay pure. */
  readonly now: string;
  readonly title?: string;
  readonly id?: MapId;
  readonly egoId?: ActorId;
}

/** A new map with the school as its focal (ego) actor in the middle. */
export function createMap(args: NewMapArgs): PartnerMapDoc {
  const school = args.school.trim();
  const egoId = args.egoId ?? newActorId();
  return {
    schemaVersion: SCHEMA_VERSION,
    id: args.id ?? newMapId(),
    title: (args.title ?? school).trim() || school,
    createdAt: args.now,
    updatedAt: args.now,
    session: { school, date: '', facilitator: '', moment: '', participants: [], notes: '' },
    actors: [
      {
        id: egoId,
        label: school,
        kind: 'ego',
        type: null,
        position: null,
        triangleRole: null,
        resources: [],
        notes: '',
      },
    ],
    ties: [],
    positions: { [egoId]: { x: 0, y: 0 } },
    codebook: args.codebook,
  };
}

export const renameMap =
  (title: string): Producer =>
  (map) => {
    const next = title.trim();
    return next === '' || next === map.title ? map : { ...map, title: next };
  };

export const updateSession =
  (patch: Partial<SessionInfo>): Producer =>
  (map) => ({ ...map, session: { ...map.session, ...patch } });

/** Stamps the time of the last change; the store applies it, so producers stay pure. */
export const touch =
  (now: string): Producer =>
  (map) => ({ ...map, updatedAt: now });

/** A copy under a new id and title, otherwise identical (actor and tie ids are per map). */
export function duplicateMap(
  map: PartnerMapDoc,
  title: string,
  now: string,
  id: MapId = newMapId(),
): PartnerMapDoc {
  return { ...map, id, title, createdAt: now, updatedAt: now };
}
