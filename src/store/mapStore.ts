import { touch, type PartnerMapDoc, type Producer } from '../model';
import {
  canRedo,
  canUndo,
  record,
  redo,
  replacePresent,
  startHistory,
  undo,
  type History,
} from './history';

export interface MapState {
  readonly history: History<PartnerMapDoc> | null;
}

export interface ApplyOptions {
  /** false for changes that must not become an undo step (default true). */
  readonly history?: boolean;
}

type Listener = () => void;

/**
 * The open map and its undo history. Framework-free: React reads it through
 * useSyncExternalStore, autosave subscribes to it, tests drive it directly.
 */
export interface MapStore {
  getState(): MapState;
  subscribe(listener: Listener): () => void;
  /** Opens a map with a fresh history (or closes with null). */
  open(map: PartnerMapDoc | null): void;
  apply(producer: Producer, options?: ApplyOptions): void;
  undo(): void;
  redo(): void;
  canUndo(): boolean;
  canRedo(): boolean;
  current(): PartnerMapDoc | null;
}

export function createMapStore(now: () => string = () => new Date().toISOString()): MapStore {
  let state: MapState = { history: null };
  const listeners = new Set<Listener>();
  const set = (history: History<PartnerMapDoc> | null) => {
    if (history === state.history) return;
    state = { history };
    for (const l of listeners) l();
  };
  const stamp = (h: History<PartnerMapDoc>) =>
    h === state.history ? h : replacePresent(h, touch(now())(h.present));
  return {
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    open: (map) => set(map ? startHistory(map) : null),
    apply(producer, options = {}) {
      const h = state.history;
      if (!h) return;
      const changed = producer(h.present);
      if (changed === h.present) return;
      const next = touch(now())(changed);
      set(options.history === false ? replacePresent(h, next) : record(h, next));
    },
    // Undo and redo are changes too: the restored document is stamped with the time.
    undo: () => state.history && set(stamp(undo(state.history))),
    redo: () => state.history && set(stamp(redo(state.history))),
    canUndo: () => (state.history ? canUndo(state.history) : false),
    canRedo: () => (state.history ? canRedo(state.history) : false),
    current: () => state.history?.present ?? null,
  };
}
