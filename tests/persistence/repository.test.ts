import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { asActorId, type PartnerMapDoc } from '../../src/model';
import {
  PersistenceError,
  createRepository,
  type MapRepository,
  type PartnerMapDb,
} from '../../src/persistence';
import { freshDb, makeMap } from './helpers';

let db: PartnerMapDb;
let repo: MapRepository;

beforeEach(async () => {
  ({ db } = await freshDb());
  repo = createRepository(db);
});

afterEach(() => {
  vi.restoreAllMocks();
  db.close();
});

/** A map whose only tie points at an actor that does not exist. */
function brokenDoc(id = 'map-broken'): PartnerMapDoc {
  const map = makeMap({ id, title: 'Broken', updatedAt: '2024-05-01T00:00:00.000Z', partners: 1 });
  const [tie] = map.ties;
  if (!tie) throw new Error('fixture has a tie');
  return { ...map, ties: [{ ...tie, target: asActorId('a-ghost') }] };
}

async function rejection(promise: Promise<unknown>): Promise<PersistenceError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(PersistenceError);
  return error as PersistenceError;
}

describe('save and load', () => {
  it('returns an equal document', async () => {
    const map = makeMap({ id: 'map-a', partners: 2 });
    await repo.save(map);
    const loaded = await repo.load('map-a');
    expect(loaded).toEqual({ status: 'ok', map, migratedFrom: 1 });
  });

  it('replaces the stored copy on a second save', async () => {
    await repo.save(makeMap({ id: 'map-a', title: 'First' }));
    await repo.save(makeMap({ id: 'map-a', title: 'Second', partners: 1 }));
    const loaded = await repo.load('map-a');
    expect(loaded.status === 'ok' && loaded.map.title).toBe('Second');
    expect(await repo.list()).toHaveLength(1);
  });

  it('reports a missing map', async () => {
    expect(await repo.load('map-none')).toEqual({ status: 'missing' });
    expect(await repo.loadRaw('map-none')).toBeUndefined();
  });

  it('refuses an invalid map with a message naming the field, and writes nothing', async () => {
    const error = await rejection(repo.save(brokenDoc('map-bad')));
    expect(error.kind).toBe('invalid');
    expect(error.message).toContain('ties[0].target');
    expect(await repo.loadRaw('map-bad')).toBeUndefined();
  });
});

describe('list', () => {
  it('lists the most recently changed first, with actor and tie counts', async () => {
    await repo.save(
      makeMap({ id: 'map-old', title: 'Old', updatedAt: '2023-01-01T00:00:00.000Z' }),
    );
    await repo.save(
      makeMap({ id: 'map-new', title: 'New', updatedAt: '2024-06-01T00:00:00.000Z', partners: 3 }),
    );
    await repo.save(
      makeMap({ id: 'map-mid', title: 'Mid', updatedAt: '2024-01-01T00:00:00.000Z', partners: 1 }),
    );
    expect(await repo.list()).toEqual([
      {
        status: 'ok',
        id: 'map-new',
        title: 'New',
        updatedAt: '2024-06-01T00:00:00.000Z',
        actors: 4,
        ties: 3,
      },
      {
        status: 'ok',
        id: 'map-mid',
        title: 'Mid',
        updatedAt: '2024-01-01T00:00:00.000Z',
        actors: 2,
        ties: 1,
      },
      {
        status: 'ok',
        id: 'map-old',
        title: 'Old',
        updatedAt: '2023-01-01T00:00:00.000Z',
        actors: 1,
        ties: 0,
      },
    ]);
  });

  it('is empty for a new database', async () => {
    expect(await repo.list()).toEqual([]);
  });
});

describe('a damaged record', () => {
  const broken = brokenDoc();

  beforeEach(async () => {
    // Written past the repository, as a bug or another build might have done.
    await db.put('maps', {
      id: broken.id,
      title: 'Broken',
      updatedAt: broken.updatedAt,
      doc: broken,
    });
  });

  it('is listed as damaged with a reason naming the field', async () => {
    await repo.save(makeMap({ id: 'map-fine', updatedAt: '2024-01-01T00:00:00.000Z' }));
    const entries = await repo.list();
    expect(entries.map((e) => [e.id, e.status])).toEqual([
      ['map-broken', 'damaged'],
      ['map-fine', 'ok'],
    ]);
    const [damaged] = entries;
    expect(damaged).toMatchObject({ title: 'Broken', updatedAt: '2024-05-01T00:00:00.000Z' });
    expect(damaged?.status === 'damaged' && damaged.reason).toMatch(/ties\[0\]\.target.*a-ghost/);
  });

  it('loads as damaged with the raw document, and loadRaw returns it unchanged', async () => {
    const loaded = await repo.load(broken.id);
    expect(loaded.status).toBe('damaged');
    if (loaded.status !== 'damaged') return;
    expect(loaded.reason).toContain('ties[0].target');
    expect(loaded.raw).toEqual(broken);
    expect(await repo.loadRaw(broken.id)).toEqual(broken);
  });

  it('is not overwritten by save without overwriteDamaged', async () => {
    const error = await rejection(repo.save(makeMap({ id: broken.id, title: 'Replacement' })));
    expect(error.kind).toBe('damaged');
    expect(await repo.loadRaw(broken.id)).toEqual(broken);
  });

  it('is overwritten when the caller passes overwriteDamaged', async () => {
    const replacement = makeMap({ id: broken.id, title: 'Replacement' });
    await repo.save(replacement, { overwriteDamaged: true });
    expect(await repo.load(broken.id)).toEqual({ status: 'ok', map: replacement, migratedFrom: 1 });
  });
});

describe('records that are damaged in other ways', () => {
  it('takes title and updatedAt defensively, empty when absent', async () => {
    await db.put('maps', { id: 'map-junk', doc: 42 } as never);
    const [entry] = await repo.list();
    expect(entry).toEqual({
      status: 'damaged',
      id: 'map-junk',
      title: '',
      updatedAt: '',
      reason: 'the document is not a JSON object',
    });
    expect(await repo.loadRaw('map-junk')).toBe(42);
  });

  it('treats a map from a newer PartnerMap as damaged and keeps it from being overwritten', async () => {
    const newer = { ...makeMap({ id: 'map-newer' }), schemaVersion: 99, extra: 'kept' };
    await db.put('maps', { id: 'map-newer', title: 'Newer', updatedAt: '', doc: newer });
    const loaded = await repo.load('map-newer');
    expect(loaded.status === 'damaged' && loaded.reason).toMatch(/schemaVersion: 99.*newer/);
    const error = await rejection(repo.save(makeMap({ id: 'map-newer' })));
    expect(error.kind).toBe('damaged');
    expect(await repo.loadRaw('map-newer')).toEqual(newer);
  });

  it('is damaged when the document id differs from the key it is stored under', async () => {
    await db.put('maps', { id: 'map-x', title: 'X', updatedAt: '', doc: makeMap({ id: 'map-y' }) });
    const loaded = await repo.load('map-x');
    expect(loaded.status === 'damaged' && loaded.reason).toContain('"map-y"');
  });
});

describe('delete', () => {
  it('removes one map and leaves the others', async () => {
    await repo.save(makeMap({ id: 'map-a' }));
    await repo.save(makeMap({ id: 'map-b' }));
    await repo.delete('map-a');
    expect(await repo.load('map-a')).toEqual({ status: 'missing' });
    expect((await repo.list()).map((e) => e.id)).toEqual(['map-b']);
  });

  it('accepts an id that is not stored', async () => {
    await expect(repo.delete('map-none')).resolves.toBeUndefined();
  });
});

describe('settings', () => {
  it('stores, reads back and replaces values', async () => {
    expect(await repo.getSetting('locale')).toBeUndefined();
    await repo.setSetting('locale', 'nl');
    await repo.setSetting('recent', { ids: ['map-a'] });
    expect(await repo.getSetting<string>('locale')).toBe('nl');
    expect(await repo.getSetting('recent')).toEqual({ ids: ['map-a'] });
    await repo.setSetting('locale', 'en');
    expect(await repo.getSetting('locale')).toBe('en');
  });
});

describe('storage failures surface as PersistenceError', () => {
  it('rejects with kind "quota" when the browser refuses the write', async () => {
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    const error = await rejection(repo.save(makeMap({ id: 'map-a' })));
    expect(error.kind).toBe('quota');
    vi.restoreAllMocks();
    expect(await repo.loadRaw('map-a')).toBeUndefined();
  });

  it('rejects with kind "unavailable" once the connection is closed', async () => {
    db.close();
    expect((await rejection(repo.list())).kind).toBe('unavailable');
    expect((await rejection(repo.save(makeMap()))).kind).toBe('unavailable');
    expect((await rejection(repo.setSetting('k', 1))).kind).toBe('unavailable');
  });

  it('rejects with kind "invalid" when a setting cannot be stored', async () => {
    const error = await rejection(repo.setSetting('fn', () => undefined));
    expect(error.kind).toBe('invalid');
  });
});
