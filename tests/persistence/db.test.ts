import { afterEach, describe, expect, it, vi } from 'vitest';
import { IDBFactory } from 'fake-indexeddb';
import type { DBSchema } from 'idb';
import {
  DB_NAME,
  DB_VERSION,
  createRepository,
  openPartnerMapDb,
  type PersistenceError,
} from '../../src/persistence';
import { openDatabase } from '../../src/persistence/db';
import { freshDb, makeMap } from './helpers';

/** Opens a plain connection, as another tab (or another build) would. */
function openRaw(factory: IDBFactory, version: number): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = factory.open(DB_NAME, version);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('openPartnerMapDb', () => {
  it('creates the maps and settings stores with their key paths', async () => {
    const { db } = await freshDb();
    expect(db.name).toBe('partnermap');
    expect(db.version).toBe(DB_VERSION);
    expect([...db.objectStoreNames].sort()).toEqual(['maps', 'settings']);
    const tx = db.transaction(['maps', 'settings']);
    expect(tx.objectStore('maps').keyPath).toBe('id');
    expect(tx.objectStore('settings').keyPath).toBe('key');
    db.close();
  });

  it('keeps saved maps when opened again', async () => {
    const { factory, db } = await freshDb();
    await createRepository(db).save(makeMap({ id: 'map-kept' }));
    db.close();
    const again = await openPartnerMapDb(factory);
    expect((await createRepository(again).load('map-kept')).status).toBe('ok');
    again.close();
  });

  it('closes itself when another tab upgrades, instead of blocking it', async () => {
    const factory = new IDBFactory();
    const onClose = vi.fn();
    const db = await openPartnerMapDb(factory, { onClose });
    const newer = await openRaw(factory, DB_VERSION + 1);
    expect(newer.version).toBe(DB_VERSION + 1);
    expect(onClose).toHaveBeenCalledWith('versionchange');
    await expect(createRepository(db).list()).rejects.toMatchObject({ kind: 'unavailable' });
    newer.close();
  });

  it('rejects with kind "unavailable" when the database is newer than this build', async () => {
    const factory = new IDBFactory();
    (await openRaw(factory, DB_VERSION + 1)).close();
    await expect(openPartnerMapDb(factory)).rejects.toMatchObject({ kind: 'unavailable' });
  });

  it('rejects with kind "unavailable" when the browser has no IndexedDB', async () => {
    vi.stubGlobal('indexedDB', undefined);
    await expect(openPartnerMapDb()).rejects.toMatchObject({ kind: 'unavailable' });
  });
});

describe('openDatabase', () => {
  interface Schema extends DBSchema {
    things: { key: string; value: { id: string } };
  }

  it('rejects with kind "blocked" while an older connection stays open', async () => {
    const factory = new IDBFactory();
    const old = await openRaw(factory, 1); // an old tab that ignores versionchange
    const error = await openDatabase<Schema>(factory, DB_NAME, 2, () => undefined).catch(
      (e: unknown) => e,
    );
    expect((error as PersistenceError).kind).toBe('blocked');
    old.close();
  });

  it('leaves stored data untouched when an upgrade step throws', async () => {
    const factory = new IDBFactory();
    const v1 = await openDatabase<Schema>(factory, 'test', 1, (db) => {
      db.createObjectStore('things', { keyPath: 'id' });
    });
    await v1.put('things', { id: 'kept' });
    v1.close();
    const failed = openDatabase<Schema>(factory, 'test', 2, (db) => {
      db.deleteObjectStore('things');
      throw new Error('migration bug');
    });
    await expect(failed).rejects.toThrow(/migration bug/);
    const reopened = await openDatabase<Schema>(factory, 'test', 1, () => undefined);
    expect(reopened.version).toBe(1);
    expect(await reopened.get('things', 'kept')).toEqual({ id: 'kept' });
    reopened.close();
  });
});
