import { describe, expect, it, vi } from 'vitest';
import { requestPersistentStorage } from '../../src/persistence';

describe('requestPersistentStorage', () => {
  it('is false when the browser has no storage manager or no persist()', async () => {
    expect(await requestPersistentStorage(undefined)).toBe(false);
    expect(await requestPersistentStorage({})).toBe(false);
    expect(await requestPersistentStorage({ storage: {} })).toBe(false);
  });

  it('returns what persist() grants', async () => {
    const persist = vi.fn(() => Promise.resolve(true));
    expect(await requestPersistentStorage({ storage: { persist } })).toBe(true);
    expect(persist).toHaveBeenCalledOnce();
    const refused = vi.fn(() => Promise.resolve(false));
    expect(await requestPersistentStorage({ storage: { persist: refused } })).toBe(false);
  });

  it('does not ask again when storage is already persistent', async () => {
    const persist = vi.fn(() => Promise.resolve(false));
    const persisted = () => Promise.resolve(true);
    expect(await requestPersistentStorage({ storage: { persist, persisted } })).toBe(true);
    expect(persist).not.toHaveBeenCalled();
  });

  it('is false, without throwing, when persist() rejects or throws', async () => {
    const rejects = () => Promise.reject(new DOMException('no', 'SecurityError'));
    const throws = (): Promise<boolean> => {
      throw new TypeError('illegal invocation');
    };
    expect(await requestPersistentStorage({ storage: { persist: rejects } })).toBe(false);
    expect(await requestPersistentStorage({ storage: { persist: throws } })).toBe(false);
  });
});
