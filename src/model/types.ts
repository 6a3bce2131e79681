import type { Codebook } from '../codebook/types';
import type { ActorId, MapId, TieId } from './ids';

/** The schema version this build writes. Older documents are migrated on load (migrations.ts). */
export const SCHEMA_VERSION = 1;

/** ego = the focal school; internal = a team or person inside it; external = a partner. */
export const ACTOR_KINDS = ['ego', 'internal', 'external'] as const;
export type ActorKind = (typeof ACTOR_KINDS)[number];

export interface Actor {
  readonly id: ActorId;
  readonly label: string;
  readonly kind: ActorKind;
  /** Codebook id: an actor type for externals, an internal role for internals, null for the school. */
  readonly type: string | null;
  /** Position cluster id (core / context / anchoring / framing), or null when not discussed. */
  readonly position: string | null;
  /** Living-triangle role id (initiator / executor / supporter), or null. */
  readonly triangleRole: string | null;
  readonly resources: readonly string[];
  readonly notes: string;
}

export interface Tie {
  readonly id: TieId;
  readonly source: ActorId;
  readonly target: ActorId;
  /** Undirected by default; directed = "source initiates / brings" where the group says so. */
  readonly directed: boolean;
  /** Motive ids (domain.md §3), a set: no duplicates. */
  readonly motives: readonly string[];
  /** Frequency id (domain.md §10), or null when not yet discussed. */
  readonly frequency: string | null;
  /** Coded 5W1H attributes and tie qualities: attribute id → value ids. */
  readonly attributes: Readonly<Record<string, readonly string[]>>;
  /** The partnership's duration, a free value (domain.md §4 "When"). */
  readonly duration: string;
  readonly notes: string;
  /** Verbatim quotes from the focus-group discussion. */
  readonly quotes: readonly string[];
}

export interface Point {
  readonly x: number;
  readonly y: number;
}

export interface Participant {
  readonly id: string;
  /** Participant-role id (domain.md §7). */
  readonly role: string;
  /** A name or pseudonym; may be left empty. */
  readonly name: string;
}

export interface SessionInfo {
  readonly school: string;
  /** ISO date (YYYY-MM-DD) of the focus group, or ''. */
  readonly date: string;
  readonly facilitator: string;
  /** Measurement-moment id (baseline / during / end / follow-up), a free label, or ''. */
  readonly moment: string;
  readonly participants: readonly Participant[];
  readonly notes: string;
}

export interface PartnerMapDoc {
  readonly schemaVersion: typeof SCHEMA_VERSION;
  readonly id: MapId;
  readonly title: string;
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly session: SessionInfo;
  readonly actors: readonly Actor[];
  readonly ties: readonly Tie[];
  /** Layout positions by actor id; an actor without one is placed by the canvas. */
  readonly positions: Readonly<Record<string, Point>>;
  /** The map's own codebook: a copy of the default that the map may extend or relabel. */
  readonly codebook: Codebook;
}
