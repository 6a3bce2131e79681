/** Branded ids: a TieId can never be passed where an ActorId is expected. */
declare const brand: unique symbol;
type Branded<T, B extends string> = T & { readonly [brand]: B };

export type MapId = Branded<string, 'MapId'>;
export type ActorId = Branded<string, 'ActorId'>;
export type TieId = Branded<string, 'TieId'>;

const ALPHABET = '0123456789abcdefghijklmnopqrstuvwxyz';

/**
 * A random id with a readable prefix. Uses getRandomValues, which (unlike randomUUID)
 * also exists when the static site is served over plain http on a school network.
 */
export function randomId(prefix: string, length = 12): string {
  const bytes = new Uint8Array(length);
  globalThis.crypto.getRandomValues(bytes);
  let out = '';
  for (const b of bytes) out += ALPHABET[b % ALPHABET.length];
  return `${prefix}-${out}`;
}

export const newMapId = (): MapId => randomId('map') as MapId;
export const newActorId = (): ActorId => randomId('a') as ActorId;
export const newTieId = (): TieId => randomId('t') as TieId;

/** For ids read from a validated document or a file. */
export const asActorId = (id: string): ActorId => id as ActorId;
export const asTieId = (id: string): TieId => id as TieId;
export const asMapId = (id: string): MapId => id as MapId;
