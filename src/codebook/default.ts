/** The codebook every new map starts from (domain.md §1–§7, §10); a map may extend or relabel it. */
import { ACTOR_TYPES, ACTOR_TYPE_GROUPS } from './actorTypes';
import { FREQUENCIES } from './frequencies';
import { INTERNAL_ROLES } from './internalRoles';
import { MEASUREMENT_MOMENTS } from './moments';
import { MOTIVES, MOTIVE_DIMENSIONS } from './motives';
import { PARTICIPANT_ROLES } from './participantRoles';
import { POSITIONS } from './positions';
import { RESOURCES } from './resources';
import { TIE_ATTRIBUTES } from './tieAttributes';
import { TRIANGLE_ROLES } from './triangleRoles';
import type { Codebook } from './types';

export const DEFAULT_CODEBOOK: Codebook = {
  actorTypeGroups: ACTOR_TYPE_GROUPS,
  actorTypes: ACTOR_TYPES,
  internalRoles: INTERNAL_ROLES,
  positions: POSITIONS,
  triangleRoles: TRIANGLE_ROLES,
  resources: RESOURCES,
  motiveDimensions: MOTIVE_DIMENSIONS,
  motives: MOTIVES,
  frequencies: FREQUENCIES,
  tieAttributes: TIE_ATTRIBUTES,
  measurementMoments: MEASUREMENT_MOMENTS,
  participantRoles: PARTICIPANT_ROLES,
};
