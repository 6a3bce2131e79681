import type { PartnerMapDoc } from '../model';
import { toPersistenceError, type PersistenceError } from './errors';

export interface SaveStatus {
  readonly state: 'saved' | 'pending' | 'saving' | 'error';
  /** Set in state 'error': what the last attempt reported. */
  readonly error?: string;
  readonly errorKind?: PersistenceError['kind'];
  readonly lastSavedAt?: string;
}

export interface AutosaverOptions {
  readonly save: (map: PartnerMapDoc) => Promise<void>;
  /** Quiet time after the last change before writing (Excalidraw debounces by 300 ms). */
  readonly delayMs?: number;
  /** Upper bound on the wait during a long burst of changes, so a crash loses little. */
  readonly maxWaitMs?: number;
  readonly onStatus?: (status: SaveStatus) => void;
  readonly now?: () => string;
}

export interface Autosaver {
  /** Allows writing. Until then nothing is written (tldraw: it would wipe the stored map). */
  markLoaded(): void;
  /** Debounced; the latest map wins. Throws after dispose(), rather than dropping the map. */
  schedule(map: PartnerMapDoc): void;
  /** Writes the pending map now and waits for it; rejects with the PersistenceError on failure. */
  flush(): Promise<void>;
  /** Flushes, then stops accepting maps. */
  dispose(): Promise<void>;
  readonly status: SaveStatus;
}

export function createAutosaver(options: AutosaverOptions): Autosaver {
  const { save, onStatus, delayMs = 300, maxWaitMs = 2000 } = options;
  const now = options.now ?? (() => new Date().toISOString());
  let loaded = false;
  let disposed = false;
  let pending: PartnerMapDoc | null = null;
  let debounceTimer: ReturnType<typeof setTimeout> | null = null;
  let maxWaitTimer: ReturnType<typeof setTimeout> | null = null;
  let running: Promise<void> | null = null;
  let saving = false;
  let lastError: PersistenceError | null = null;
  let lastSavedAt: string | undefined;
  let status: SaveStatus | null = null;

  function report(): void {
    const state = saving ? 'saving' : lastError ? 'error' : pending ? 'pending' : 'saved';
    const next: SaveStatus = {
      state,
      ...(state === 'error' &&
        lastError && { error: lastError.message, errorKind: lastError.kind }),
      ...(lastSavedAt !== undefined && { lastSavedAt }),
    };
    if (
      status?.state === next.state &&
      status.error === next.error &&
      status.errorKind === next.errorKind &&
      status.lastSavedAt === next.lastSavedAt
    ) {
      return;
    }
    status = next;
    onStatus?.(next);
  }

  const waiting = () => debounceTimer !== null || maxWaitTimer !== null;

  function clearTimers(): void {
    if (debounceTimer !== null) clearTimeout(debounceTimer);
    if (maxWaitTimer !== null) clearTimeout(maxWaitTimer);
    debounceTimer = maxWaitTimer = null;
  }

  function onTimer(): void {
    clearTimers();
    // A failure is already reported through onStatus and the map stays pending for a retry.
    drain().catch(() => undefined);
  }

  function arm(): void {
    if (debounceTimer !== null) clearTimeout(debounceTimer);
    debounceTimer = setTimeout(onTimer, delayMs);
    maxWaitTimer ??= setTimeout(onTimer, maxWaitMs);
  }

  /** Writes pending maps one at a time; never two writes at once. */
  async function loop(): Promise<void> {
    // Stops while a timer waits: a map scheduled during a save is written when its delay ends.
    while (pending && loaded && !waiting()) {
      const map = pending;
      pending = null;
      saving = true;
      report();
      try {
        await save(map);
        lastError = null;
        lastSavedAt = now();
      } catch (e) {
        pending ??= map; // a map scheduled during the failed save is newer and replaces it
        lastError = toPersistenceError(e);
        throw lastError;
      } finally {
        saving = false;
        report();
      }
    }
  }

  function drain(): Promise<void> {
    // `.finally` runs after the assignment, so `running` is never left pointing at a done loop.
    running ??= loop().finally(() => {
      running = null;
    });
    return running;
  }

  async function flush(): Promise<void> {
    if (!loaded) return;
    // Loops because a map may be scheduled while the previous one is written.
    do {
      clearTimers();
      await drain();
    } while (pending && loaded);
  }

  return {
    markLoaded() {
      loaded = true;
      if (pending && !disposed) arm();
      report();
    },
    schedule(map) {
      if (disposed) throw new Error('Autosaver.schedule() after dispose(): the map would be lost.');
      pending = map;
      if (loaded) arm();
      report();
    },
    flush,
    async dispose() {
      disposed = true;
      await flush();
      clearTimers();
    },
    get status() {
      return status ?? { state: 'saved' };
    },
  };
}

type Listener = () => void;

export interface LifecycleTarget {
  addEventListener(type: string, listener: Listener): void;
  removeEventListener(type: string, listener: Listener): void;
}

/**
 * Flushes when the page is hidden or unloaded, so the last edits before closing a tab are kept
 * (tldraw PR #10102). Pass `window` and `document`: visibilitychange bubbles from the document
 * to the window. Returns a function that detaches the listeners.
 */
export function attachLifecycleFlush(
  autosaver: Pick<Autosaver, 'flush'>,
  target: LifecycleTarget,
  doc: { readonly visibilityState: string },
): () => void {
  // A failure is reported through the autosaver's onStatus; the map stays pending.
  const flush = () => void autosaver.flush().catch(() => undefined);
  const onVisibility = () => {
    if (doc.visibilityState === 'hidden') flush();
  };
  target.addEventListener('visibilitychange', onVisibility);
  target.addEventListener('pagehide', flush);
  return () => {
    target.removeEventListener('visibilitychange', onVisibility);
    target.removeEventListener('pagehide', flush);
  };
}
