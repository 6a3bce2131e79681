import 'fake-indexeddb/auto'; // idb's wrap() looks up IDBRequest and friends on globalThis
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_CODEBOOK } from '../../src/codebook';
import { asMapId, moveActors, type PartnerMapDoc } from '../../src/model';
import { openRepository, type MapRepository } from '../../src/persistence';
import { createMapStore } from '../../src/store';
import { createLibraryController } from '../../src/store/library';
import { UNI, smallMap } from '../model/fixtures';

let counter = 0;
const samples = (): PartnerMapDoc[] => [
  { ...smallMap(), id: asMapId(`sample-a-${++counter}`), title: 'Sample A' },
  { ...smallMap(), id: asMapId(`sample-b-${++counter}`), title: 'Sample B' },
];

function setup(repository: Promise<MapRepository> = openRepository(new IDBFactory())) {
  const store = createMapStore();
  const library = createLibraryController({
    repository,
    store,
    codebook: DEFAULT_CODEBOOK,
    samples,
    autosaveDelayMs: 5,
  });
  return { store, library, repository };
}

describe('library controller', () => {
  it('installs the samples on first start and opens one; not again once deleted', async () => {
    const factory = new IDBFactory();
    const first = setup(openRepository(factory));
    await first.library.init();
    const state = first.library.getState();
    expect(state.phase).toBe('ready');
    expect(state.entries.map((e) => e.title).sort()).toEqual(['Sample A', 'Sample B']);
    expect(state.openId).toBe(first.store.current()?.id);
    expect(first.store.current()?.title).toBe('Sample A');

    for (const entry of state.entries) await first.library.remove(entry.id);
    expect(first.library.getState().entries).toEqual([]);
    expect(first.store.current()).toBeNull();

    const second = setup(openRepository(factory));
    await second.library.init();
    expect(second.library.getState().entries).toEqual([]); // the user's choice holds
    await second.library.addSamples();
    expect(second.library.getState().entries).toHaveLength(2);
    expect(second.library.getState().notice?.message).toBe('library.samplesAdded');
  });

  it('autosaves edits and reopens the last map after a restart', async () => {
    const factory = new IDBFactory();
    const a = setup(openRepository(factory));
    await a.library.init();
    await a.library.create('GO! Basisschool De Wilg');
    const created = a.store.current()!;
    expect(created.actors).toHaveLength(1);
    a.store.apply(moveActors({ [created.actors[0]!.id]: { x: 7, y: 8 } }));
    await a.library.flush();
    expect(a.library.getState().save.state).toBe('saved');

    const b = setup(openRepository(factory));
    await b.library.init();
    expect(b.store.current()?.id).toBe(created.id);
    expect(b.store.current()?.positions[created.actors[0]!.id]).toEqual({ x: 7, y: 8 });
  });

  it('imports a map and opens it; the same map again becomes a copy, never an overwrite', async () => {
    const factory = new IDBFactory();
    const { library, store } = setup(openRepository(factory));
    await library.init();
    const imported = { ...smallMap(), id: asMapId('imported-1'), title: 'Imported' };
    expect(await library.importMap(imported)).toEqual({ asCopy: false });
    expect(store.current()).toEqual(imported);
    expect(library.getState().notice).toMatchObject({ message: 'import.done' });

    const edited = { ...imported, title: 'Edited elsewhere' };
    expect(await library.importMap(edited)).toEqual({ asCopy: true });
    const copy = store.current()!;
    expect(copy.id).not.toBe(imported.id);
    expect(copy.title).toBe('Edited elsewhere');
    expect(copy.actors).toEqual(imported.actors);
    expect(library.getState().notice).toMatchObject({ message: 'import.doneAsCopy' });

    const again = setup(openRepository(factory));
    await again.library.init();
    const titles = again.library.getState().entries.map((e) => e.title);
    expect(titles).toContain('Imported'); // the first import is still stored as it was
    expect(titles).toContain('Edited elsewhere');
  });

  it('renames the open map as an undoable step, and a closed one in storage', async () => {
    const { library, store } = setup();
    await library.init();
    const [open, other] = [store.current()!, library.getState().entries[1]!];
    await library.rename(open.id, 'Nieuwe naam');
    expect(store.current()?.title).toBe('Nieuwe naam');
    store.undo();
    expect(store.current()?.title).toBe(open.title);
    await library.rename(other.id, 'Andere naam');
    expect(library.getState().entries.find((e) => e.id === other.id)?.title).toBe('Andere naam');
  });

  it('duplicates a map with its content under a new id', async () => {
    const { library, store } = setup();
    await library.init();
    const open = store.current()!;
    store.apply(moveActors({ [UNI]: { x: 1, y: 1 } }));
    await library.duplicate(open.id, 'Kopie');
    const entries = library.getState().entries;
    expect(entries).toHaveLength(3);
    const copy = entries.find((e) => e.title === 'Kopie');
    expect(copy && copy.id !== open.id).toBe(true);
    expect(copy).toMatchObject({ status: 'ok', actors: open.actors.length });
  });

  it('reports a damaged map instead of opening it', async () => {
    const factory = new IDBFactory();
    const { library, repository } = setup(openRepository(factory));
    await library.init();
    const repo = await repository;
    const open = library.getState().openId!;
    // A damaged record written behind the app's back.
    const db = await new Promise<IDBDatabase>((resolve) => {
      const r = factory.open('partnermap');
      r.onsuccess = () => resolve(r.result);
    });
    await new Promise<void>((resolve) => {
      const tx = db.transaction('maps', 'readwrite');
      tx.objectStore('maps').put({ id: 'bad', title: 'Bad', updatedAt: '', doc: { nope: 1 } });
      tx.oncomplete = () => resolve();
    });
    db.close();
    const entries = await repo.list();
    expect(entries.find((e) => e.id === 'bad')?.status).toBe('damaged');
    await library.open('bad');
    expect(library.getState().openId).toBe(open);
    expect(library.getState().notice?.message).toBe('map.loadFailed');
    expect(await library.rawFor('bad')).toEqual({ nope: 1 });
  });

  it('works in memory on a sample and says so when storage cannot be opened', async () => {
    const { library, store } = setup(Promise.reject(new Error('IndexedDB is disabled')));
    await library.init();
    expect(library.getState().storageError).toContain('IndexedDB is disabled');
    expect(store.current()?.title).toBe('Sample A');
  });
});

describe('two tabs on the same map', () => {
  it('stops saving in the tab whose map was changed elsewhere, and offers both ways out', async () => {
    const factory = new IDBFactory();
    const a = setup(openRepository(factory));
    await a.library.init();
    const b = setup(openRepository(factory));
    await b.library.init();
    const id = a.store.current()!.id;
    expect(b.store.current()!.id).toBe(id);

    a.store.apply(moveActors({ [UNI]: { x: 11, y: 11 } }));
    await a.library.flush();
    await vi.waitFor(() => expect(b.library.getState().changedElsewhere).toBe(true));
    expect(a.library.getState().changedElsewhere).toBe(false);

    // B's own edit is not written over A's: its save fails with a clear reason.
    b.store.apply(moveActors({ [UNI]: { x: 22, y: 22 } }));
    await b.library.flush().catch(() => undefined);
    expect(b.library.getState().save).toMatchObject({ state: 'error' });
    expect(b.library.getState().save.error).toContain('another tab');
    const stored = await (await openRepository(factory)).load(id);
    expect(stored.status === 'ok' && stored.map.positions[UNI]).toEqual({ x: 11, y: 11 });

    // Keep B's version as a copy: a new map with B's edit, saved and open.
    await b.library.saveCopy('Kopie');
    const copy = b.store.current()!;
    expect(copy.id).not.toBe(id);
    expect(copy.positions[UNI]).toEqual({ x: 22, y: 22 });
    expect(b.library.getState().changedElsewhere).toBe(false);

    // And A's version can be reopened in B.
    await b.library.open(id);
    await b.library.reload();
    expect(b.store.current()!.positions[UNI]).toEqual({ x: 11, y: 11 });
  });
});
