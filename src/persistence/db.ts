import { wrap, type DBSchema, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import { PersistenceError, toPersistenceError } from './errors';

// Database and store names and the version: do not change without a migration (an upgrade step
// below). Renaming any of them orphans every map saved so far (tldraw's LocalIndexedDb rule).
export const DB_NAME = 'partnermap';
export const DB_VERSION = 1;
export const MAPS_STORE = 'maps';
export const SETTINGS_STORE = 'settings';

/**
 * One saved map. `doc` is the document exactly as written, not a validated type: a record that
 * fails validation later (a bug, a newer PartnerMap in another tab) is listed as damaged and can
 * still be downloaded, never lost. title and updatedAt are copies for the library list.
 */
export interface StoredMapRecord {
  readonly id: string;
  readonly title: string;
  readonly updatedAt: string;
  readonly doc: unknown;
}

export interface StoredSetting {
  readonly key: string;
  readonly value: unknown;
}

export interface PartnerMapDbSchema extends DBSchema {
  [MAPS_STORE]: { key: string; value: StoredMapRecord };
  [SETTINGS_STORE]: { key: string; value: StoredSetting };
}

export type PartnerMapDb = IDBPDatabase<PartnerMapDbSchema>;

export type UpgradeFn<S extends DBSchema> = (
  db: IDBPDatabase<S>,
  oldVersion: number,
  tx: IDBPTransaction<S, StoreNames<S>[], 'versionchange'>,
) => void;

export interface OpenOptions {
  /**
   * The connection was closed under us: another tab opened a newer database version (we close so
   * that it is not blocked) or the browser closed it. Tell the user to reload; further calls fail
   * with kind 'unavailable'.
   */
  readonly onClose?: (reason: 'versionchange' | 'terminated') => void;
}

/** Upgrade steps run in order from the stored version. Never edit a shipped step; append one. */
const upgradePartnerMapDb: UpgradeFn<PartnerMapDbSchema> = (db, oldVersion) => {
  if (oldVersion < 1) {
    db.createObjectStore(MAPS_STORE, { keyPath: 'id' });
    db.createObjectStore(SETTINGS_STORE, { keyPath: 'key' });
  }
};

/** Opens (creating or upgrading) the PartnerMap database. `factory` lets tests pass their own. */
export function openPartnerMapDb(
  factory?: IDBFactory,
  options: OpenOptions = {},
): Promise<PartnerMapDb> {
  return openDatabase(factory, DB_NAME, DB_VERSION, upgradePartnerMapDb, options);
}

/**
 * idb's openDB with an injectable factory (openDB always uses the global `indexedDB`), and with
 * `blocked` turned into a rejection instead of a promise that hangs until the other tab closes.
 * Exported for tests; the app calls openPartnerMapDb.
 */
export function openDatabase<S extends DBSchema>(
  factory: IDBFactory | undefined,
  name: string,
  version: number,
  upgrade: UpgradeFn<S>,
  options: OpenOptions = {},
): Promise<IDBPDatabase<S>> {
  return new Promise((resolve, reject) => {
    const idb = factory ?? (globalThis.indexedDB as IDBFactory | undefined);
    if (!idb) {
      reject(new PersistenceError('unavailable', 'This browser offers no IndexedDB storage.'));
      return;
    }
    let request: IDBOpenDBRequest;
    try {
      request = idb.open(name, version);
    } catch (e) {
      reject(toPersistenceError(e));
      return;
    }
    let settled = false;
    const fail = (error: PersistenceError) => {
      if (!settled) reject(error);
      settled = true;
    };
    request.addEventListener('upgradeneeded', (event) => {
      const tx = request.transaction;
      if (!tx) return;
      try {
        const upgradeTx = wrap(tx) as unknown as IDBPTransaction<
          S,
          StoreNames<S>[],
          'versionchange'
        >;
        // An aborted upgrade is reported through the open request; `done` would reject unheard.
        upgradeTx.done.catch(() => undefined);
        upgrade(wrap(request.result) as IDBPDatabase<S>, event.oldVersion, upgradeTx);
      } catch (e) {
        // Aborting the upgrade leaves the stored data as it was (tldraw: a failed migration
        // must not touch what is saved); the open request then fails with an AbortError.
        fail(new PersistenceError('unknown', `Upgrading browser storage failed: ${String(e)}`, e));
        tx.abort();
      }
    });
    request.addEventListener('blocked', () => {
      fail(
        new PersistenceError(
          'blocked',
          'Another PartnerMap tab is using an older version of the storage. Close other PartnerMap tabs and reload.',
        ),
      );
    });
    request.addEventListener('error', (event) => {
      // Handled here: without preventDefault some browsers also report it as uncaught.
      event.preventDefault();
      fail(toPersistenceError(request.error));
    });
    request.addEventListener('success', () => {
      const raw = request.result;
      if (settled) {
        // We already reported 'blocked'; a connection nobody uses would block other tabs.
        raw.close();
        return;
      }
      settled = true;
      raw.addEventListener('versionchange', () => {
        raw.close();
        options.onClose?.('versionchange');
      });
      raw.addEventListener('close', () => options.onClose?.('terminated'));
      resolve(wrap(raw) as IDBPDatabase<S>);
    });
  });
}
