import type { Codebook } from '../codebook';
import type { MessageKey, MessageParams } from '../i18n';
import { createMap, duplicateMap, renameMap, type PartnerMapDoc } from '../model';
import {
  createAutosaver,
  toPersistenceError,
  type Autosaver,
  type LibraryEntry,
  type MapRepository,
  type SaveStatus,
} from '../persistence';
import type { MapStore } from './mapStore';
import { createTabChannel, type TabChannel } from './tabChannel';

export interface Notice {
  readonly kind: 'info' | 'error';
  readonly message: MessageKey;
  readonly params?: MessageParams;
}

export interface LibraryState {
  readonly phase: 'loading' | 'ready';
  readonly entries: readonly LibraryEntry[];
  readonly openId: string | null;
  readonly save: SaveStatus;
  readonly notice: Notice | null;
  /** Set when IndexedDB cannot be used at all: the app then works in memory and says so. */
  readonly storageError: string | null;
  /**
   * The open map was saved by another tab: this tab stops saving it (so neither overwrites the
   * other) until the user reopens it with the newest version.
   */
  readonly changedElsewhere: boolean;
}

export interface LibraryDeps {
  /** A promise, so that a failing IndexedDB (private mode, blocked) is reported, not thrown. */
  readonly repository: Promise<MapRepository>;
  readonly store: MapStore;
  readonly codebook: Codebook;
  /** Fresh copies of the bundled sample maps. */
  readonly samples: () => readonly PartnerMapDoc[];
  readonly now?: () => string;
  readonly autosaveDelayMs?: number;
  /** How this tab hears of saves in other tabs (default: a BroadcastChannel). */
  readonly tabs?: TabChannel;
}

const SETTING_LAST_OPEN = 'lastOpenMapId';
const SETTING_SAMPLES_INSTALLED = 'samplesInstalled';

export interface LibraryController {
  getState(): LibraryState;
  subscribe(listener: () => void): () => void;
  /** Loads the library, installs the samples on first start and reopens the last map. */
  init(): Promise<void>;
  open(id: string): Promise<void>;
  /** Reopens the open map from storage (after another tab changed it). */
  reload(): Promise<void>;
  /** Saves the open map as a new map under `title` and opens it (keeps this tab's version). */
  saveCopy(title: string): Promise<void>;
  create(school: string): Promise<void>;
  rename(id: string, title: string): Promise<void>;
  duplicate(id: string, title: string): Promise<void>;
  remove(id: string): Promise<void>;
  addSamples(): Promise<void>;
  /**
   * Saves an imported map in the library and opens it. A map whose id is already in the
   * library is kept as a separate copy (new id): an import never overwrites a stored map.
   * Resolves to whether it became a copy; rejects when it could not be saved.
   */
  importMap(map: PartnerMapDoc): Promise<{ readonly asCopy: boolean }>;
  /** The stored record as it is, for "download as it is" (also for damaged maps). */
  rawFor(id: string): Promise<unknown>;
  flush(): Promise<void>;
  dismissNotice(): void;
  readonly autosaver: Autosaver;
}

export function createLibraryController(deps: LibraryDeps): LibraryController {
  const now = deps.now ?? (() => new Date().toISOString());
  const { store } = deps;
  const tabs = deps.tabs ?? createTabChannel();
  let repo: MapRepository | null = null;
  let state: LibraryState = {
    phase: 'loading',
    entries: [],
    openId: null,
    save: { state: 'saved' },
    notice: null,
    storageError: null,
    changedElsewhere: false,
  };
  const listeners = new Set<() => void>();
  const set = (patch: Partial<LibraryState>) => {
    state = { ...state, ...patch };
    for (const l of listeners) l();
  };
  const fail = (e: unknown) =>
    set({
      notice: {
        kind: 'error',
        message: 'error.generic',
        params: { message: toPersistenceError(e).message },
      },
    });

  const autosaver = createAutosaver({
    delayMs: deps.autosaveDelayMs ?? 300,
    save: async (map) => {
      if (!repo) throw new Error(state.storageError ?? 'storage is not available');
      // Only a version of the map open now is written: after "keep a copy" or "open the newest
      // version" a pending older version must never overwrite what the other tab saved.
      const h = store.getState().history;
      if (!h || !(h.present === map || h.past.includes(map) || h.future.includes(map))) return;
      if (state.changedElsewhere && map.id === state.openId) {
        throw new Error('this map was changed in another tab');
      }
      await repo.save(map);
      tabs.announceSaved(map.id);
      void refresh();
    },
    onStatus: (save) => set({ save }),
  });

  // Every change to the open document is saved (debounced); opening a map is not a change.
  let lastSeen: PartnerMapDoc | null = null;
  store.subscribe(() => {
    const doc = store.current();
    // While changed elsewhere the save refuses, so the header says "Not saved" and why.
    if (doc && lastSeen && doc !== lastSeen && doc.id === lastSeen.id) autosaver.schedule(doc);
    lastSeen = doc;
  });
  tabs.onSavedElsewhere((mapId) => {
    if (mapId === state.openId) set({ changedElsewhere: true });
    void refresh();
  });

  async function refresh(): Promise<void> {
    if (!repo) return;
    set({ entries: await repo.list() });
  }

  function show(map: PartnerMapDoc | null): void {
    lastSeen = map;
    store.open(map);
    set({ openId: map?.id ?? null, changedElsewhere: false });
    if (repo && map) repo.setSetting(SETTING_LAST_OPEN, map.id).catch(fail);
  }

  /** Saves fresh copies of the samples; returns their ids in the samples' order. */
  async function installSamples(): Promise<string[]> {
    if (!repo) return [];
    const samples = deps.samples();
    for (const sample of samples) await repo.save(sample);
    await repo.setSetting(SETTING_SAMPLES_INSTALLED, true);
    return samples.map((s) => s.id);
  }

  async function loadMap(id: string): Promise<PartnerMapDoc | null> {
    const open = store.current();
    if (open && open.id === id) return open;
    if (!repo) return null;
    const loaded = await repo.load(id);
    if (loaded.status === 'ok') return loaded.map;
    set({
      notice: {
        kind: 'error',
        message: 'map.loadFailed',
        params: { reason: loaded.status === 'damaged' ? loaded.reason : 'not found' },
      },
    });
    return null;
  }

  const guard =
    <A extends unknown[]>(fn: (...args: A) => Promise<void>) =>
    async (...args: A): Promise<void> => {
      try {
        await fn(...args);
      } catch (e) {
        fail(e);
      }
    };

  return {
    autosaver,
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async init() {
      try {
        repo = await deps.repository;
      } catch (e) {
        // No storage: keep working in memory on a sample, and say so plainly.
        set({ phase: 'ready', storageError: toPersistenceError(e).message });
        show(deps.samples()[0] ?? null);
        return;
      }
      try {
        let entries = await repo.list();
        const installed = await repo.getSetting<boolean>(SETTING_SAMPLES_INSTALLED);
        let last = await repo.getSetting<string>(SETTING_LAST_OPEN);
        if (entries.length === 0 && !installed) {
          // First start: the first sample (the primary school) opens.
          last = (await installSamples())[0];
          entries = await repo.list();
        }
        const usable = entries.filter((e) => e.status === 'ok');
        const target = usable.find((e) => e.id === last) ?? usable[0];
        set({ entries });
        show(target ? await loadMap(target.id) : null);
      } catch (e) {
        fail(e);
      } finally {
        // Only now may autosave write: before the first load it could wipe a stored map.
        autosaver.markLoaded();
        set({ phase: 'ready' });
      }
    },
    open: guard(async (id) => {
      if (state.openId === id) return;
      await autosaver.flush();
      const map = await loadMap(id);
      if (map) show(map);
    }),
    reload: guard(async () => {
      const id = state.openId;
      if (!id || !repo) return;
      const loaded = await repo.load(id);
      if (loaded.status === 'ok') show(loaded.map);
    }),
    saveCopy: guard(async (title) => {
      const map = store.current();
      if (!map || !repo) return;
      const copy = duplicateMap(map, title, now());
      await repo.save(copy);
      await refresh();
      show(copy);
    }),
    create: guard(async (school) => {
      if (!repo) throw new Error(state.storageError ?? 'storage is not available');
      await autosaver.flush();
      const map = createMap({ school, codebook: deps.codebook, now: now() });
      await repo.save(map);
      await refresh();
      show(map);
    }),
    rename: guard(async (id, title) => {
      if (store.current()?.id === id) {
        store.apply(renameMap(title));
        return;
      }
      const map = await loadMap(id);
      if (!map || !repo) return;
      const renamed = renameMap(title)(map);
      if (renamed !== map) await repo.save({ ...renamed, updatedAt: now() });
      await refresh();
    }),
    duplicate: guard(async (id, title) => {
      await autosaver.flush();
      const map = await loadMap(id);
      if (!map || !repo) return;
      await repo.save(duplicateMap(map, title, now()));
      await refresh();
    }),
    remove: guard(async (id) => {
      if (!repo) return;
      if (store.current()?.id === id) {
        await autosaver.flush();
        show(null);
      }
      await repo.delete(id);
      await refresh();
    }),
    addSamples: guard(async () => {
      const count = (await installSamples()).length;
      await refresh();
      set({ notice: { kind: 'info', message: 'library.samplesAdded', params: { count } } });
    }),
    async importMap(map) {
      if (!repo) throw new Error(state.storageError ?? 'storage is not available');
      await autosaver.flush();
      const asCopy = (await repo.list()).some((entry) => entry.id === map.id);
      const doc = asCopy ? duplicateMap(map, map.title, now()) : map;
      await repo.save(doc);
      await refresh();
      show(doc);
      const message = asCopy ? 'import.doneAsCopy' : 'import.done';
      set({ notice: { kind: 'info', message, params: { title: doc.title } } });
      return { asCopy };
    },
    rawFor: async (id) => (repo ? repo.loadRaw(id) : undefined),
    flush: () => autosaver.flush(),
    dismissNotice: () => set({ notice: null }),
  };
}
