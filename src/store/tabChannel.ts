/**
 * Tells other tabs of this browser which map was just saved, so that two tabs never overwrite
 * each other's work on the same map (Excalidraw #10770). Framework-free; a no-op where
 * BroadcastChannel is missing.
 */
export interface TabChannel {
  announceSaved(mapId: string): void;
  onSavedElsewhere(listener: (mapId: string) => void): () => void;
  close(): void;
}

const CHANNEL = 'partnermap-tabs';

export function createTabChannel(
  tabId: string = globalThis.crypto.getRandomValues(new Uint32Array(2)).join('-'),
): TabChannel {
  if (typeof BroadcastChannel === 'undefined') {
    return { announceSaved() {}, onSavedElsewhere: () => () => {}, close() {} };
  }
  const channel = new BroadcastChannel(CHANNEL);
  const listeners = new Set<(mapId: string) => void>();
  channel.onmessage = (event: MessageEvent<unknown>) => {
    const data = event.data as { type?: unknown; mapId?: unknown; tabId?: unknown } | null;
    if (data?.type !== 'saved' || typeof data.mapId !== 'string' || data.tabId === tabId) return;
    for (const l of listeners) l(data.mapId);
  };
  return {
    announceSaved: (mapId) => channel.postMessage({ type: 'saved', mapId, tabId }),
    onSavedElsewhere(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    close: () => channel.close(),
  };
}
