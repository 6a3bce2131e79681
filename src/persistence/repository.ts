import type { IDBPTransaction } from 'idb';
import { parseMap, type PartnerMapDoc } from '../model';
import {
  MAPS_STORE,
  SETTINGS_STORE,
  openPartnerMapDb,
  type OpenOptions,
  type PartnerMapDb,
  type PartnerMapDbSchema,
  type StoredMapRecord,
} from './db';
import { PersistenceError, toPersistenceError } from './errors';

export type LibraryEntry =
  | {
      readonly status: 'ok';
      readonly id: string;
      readonly title: string;
      readonly updatedAt: string;
      readonly actors: number;
      readonly ties: number;
    }
  | {
      readonly status: 'damaged';
      readonly id: string;
      readonly title: string;
      readonly updatedAt: string;
      readonly reason: string;
    };

export type LoadResult =
  | { readonly status: 'ok'; readonly map: PartnerMapDoc; readonly migratedFrom: number }
  | { readonly status: 'damaged'; readonly reason: string; readonly raw: unknown }
  | { readonly status: 'missing' };

export interface SaveOptions {
  /** Replace a stored copy that fails validation. Only after the user chose so explicitly. */
  readonly overwriteDamaged?: boolean;
}

/** The only view of storage the rest of the app has. Every failure rejects with PersistenceError. */
export interface MapRepository {
  /** All stored maps, the most recently changed first; damaged ones included, with the reason. */
  list(): Promise<LibraryEntry[]>;
  load(id: string): Promise<LoadResult>;
  /** The stored document exactly as it is (for "download as it is"), or undefined when absent. */
  loadRaw(id: string): Promise<unknown>;
  /** Validates, then writes. Rejects with kind 'invalid' or, over a damaged copy, 'damaged'. */
  save(map: PartnerMapDoc, options?: SaveOptions): Promise<void>;
  delete(id: string): Promise<void>;
  /** The caller checks the shape: settings are stored as given and read back unchecked. */
  getSetting<T>(key: string): Promise<T | undefined>;
  setSetting(key: string, value: unknown): Promise<void>;
}

type Inspected =
  | { ok: true; map: PartnerMapDoc; migratedFrom: number }
  | { ok: false; reason: string; raw: unknown };

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** The stored document; a record not shaped like ours is itself the raw data to hand back. */
function rawDocOf(record: unknown): unknown {
  return isObject(record) && 'doc' in record ? record.doc : record;
}

function textOf(value: unknown, field: string): string | undefined {
  return isObject(value) && typeof value[field] === 'string' ? value[field] : undefined;
}

/** Reads a stored record without trusting it: anything may have been written by another build. */
function inspect(key: string, record: unknown): Inspected {
  const raw = rawDocOf(record);
  if (!isObject(record) || !('doc' in record)) {
    return { ok: false, reason: 'the stored record holds no map document', raw };
  }
  const parsed = parseMap(raw);
  if (!parsed.ok) return { ok: false, reason: parsed.error, raw };
  if (parsed.map.id !== key) {
    return {
      ok: false,
      reason: `id: the document says "${parsed.map.id}", stored as "${key}"`,
      raw,
    };
  }
  return { ok: true, map: parsed.map, migratedFrom: parsed.migratedFrom };
}

function entryOf(key: string, record: unknown): LibraryEntry {
  const found = inspect(key, record);
  if (found.ok) {
    const { map } = found;
    const { title, updatedAt } = map;
    return {
      status: 'ok',
      id: key,
      title,
      updatedAt,
      actors: map.actors.length,
      ties: map.ties.length,
    };
  }
  const field = (name: string) => textOf(record, name) ?? textOf(found.raw, name) ?? '';
  return {
    status: 'damaged',
    id: key,
    title: field('title'),
    updatedAt: field('updatedAt'),
    reason: found.reason,
  };
}

function newestFirst(a: LibraryEntry, b: LibraryEntry): number {
  // ISO timestamps order as strings; the id breaks ties so the order is stable.
  if (a.updatedAt !== b.updatedAt) return a.updatedAt < b.updatedAt ? 1 : -1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

type StoreName = typeof MAPS_STORE | typeof SETTINGS_STORE;

/**
 * Runs fn in one transaction and resolves only once it has committed: a quota error often
 * arrives at commit, not on the request. Any failure rejects as a PersistenceError.
 */
async function inTransaction<N extends StoreName, M extends IDBTransactionMode, T>(
  db: PartnerMapDb,
  store: N,
  mode: M,
  fn: (tx: IDBPTransaction<PartnerMapDbSchema, [N], M>) => Promise<T>,
): Promise<T> {
  try {
    const tx = db.transaction(store, mode);
    // When a request fails, `done` rejects too; the request's error is the one reported below,
    // so this handler only keeps `done` from counting as an unhandled rejection.
    tx.done.catch(() => undefined);
    try {
      const result = await fn(tx);
      await tx.done;
      return result;
    } catch (e) {
      abortIfActive(tx);
      throw e;
    }
  } catch (e) {
    throw toPersistenceError(e);
  }
}

function abortIfActive(tx: { abort(): void }): void {
  try {
    tx.abort();
  } catch {
    // InvalidStateError: the transaction already finished or aborted; nothing left to undo.
  }
}

export function createRepository(db: PartnerMapDb): MapRepository {
  return {
    async list() {
      const [keys, records] = await inTransaction(db, MAPS_STORE, 'readonly', (tx) =>
        Promise.all([tx.store.getAllKeys(), tx.store.getAll()]),
      );
      // Both come in key order from one transaction, so they line up.
      return keys.map((key, i) => entryOf(String(key), records[i])).sort(newestFirst);
    },

    async load(id) {
      const record: unknown = await inTransaction(db, MAPS_STORE, 'readonly', (tx) =>
        tx.store.get(id),
      );
      if (record === undefined) return { status: 'missing' };
      const found = inspect(id, record);
      return found.ok
        ? { status: 'ok', map: found.map, migratedFrom: found.migratedFrom }
        : { status: 'damaged', reason: found.reason, raw: found.raw };
    },

    async loadRaw(id) {
      const record: unknown = await inTransaction(db, MAPS_STORE, 'readonly', (tx) =>
        tx.store.get(id),
      );
      return record === undefined ? undefined : rawDocOf(record);
    },

    async save(map, options = {}) {
      const parsed = parseMap(map);
      if (!parsed.ok) {
        throw new PersistenceError(
          'invalid',
          `The map was not saved: it is invalid (${parsed.error}).`,
        );
      }
      const doc = parsed.map;
      const record: StoredMapRecord = {
        id: doc.id,
        title: doc.title,
        updatedAt: doc.updatedAt,
        doc,
      };
      await inTransaction(db, MAPS_STORE, 'readwrite', async (tx) => {
        // Checked inside the write transaction, so no other tab can slip in between.
        const existing: unknown = await tx.store.get(doc.id);
        if (existing !== undefined && !options.overwriteDamaged) {
          const found = inspect(doc.id, existing);
          if (!found.ok) {
            throw new PersistenceError(
              'damaged',
              `The stored copy of "${doc.title}" is damaged (${found.reason}); it was kept. Download it before replacing it.`,
            );
          }
        }
        await tx.store.put(record);
      });
    },

    async delete(id) {
      await inTransaction(db, MAPS_STORE, 'readwrite', (tx) => tx.store.delete(id));
    },

    async getSetting<T>(key: string) {
      const setting = await inTransaction(db, SETTINGS_STORE, 'readonly', (tx) =>
        tx.store.get(key),
      );
      // Unchecked by design (see the interface): T is the caller's claim about what it stored.
      return setting?.value as T | undefined;
    },

    async setSetting(key, value) {
      await inTransaction(db, SETTINGS_STORE, 'readwrite', (tx) => tx.store.put({ key, value }));
    },
  };
}

/** Opens the database and returns its repository. */
export async function openRepository(
  factory?: IDBFactory,
  options?: OpenOptions,
): Promise<MapRepository> {
  return createRepository(await openPartnerMapDb(factory, options));
}
