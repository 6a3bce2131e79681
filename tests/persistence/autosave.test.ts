import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PartnerMapDoc } from '../../src/model';
import { createAutosaver, type SaveStatus } from '../../src/persistence';
import { makeMap } from './helpers';

const mapNamed = (title: string): PartnerMapDoc => makeMap({ title });
const titles = (save: { mock: { calls: [PartnerMapDoc][] } }) =>
  save.mock.calls.map(([m]) => m.title);

/** A save whose promises the test settles by hand. */
function deferredSave() {
  const calls: { map: PartnerMapDoc; resolve: () => void; reject: (e: unknown) => void }[] = [];
  let active = 0;
  let maxActive = 0;
  const save = vi.fn(
    (map: PartnerMapDoc) =>
      new Promise<void>((resolve, reject) => {
        active++;
        maxActive = Math.max(maxActive, active);
        const done = () => active--;
        calls.push({
          map,
          resolve: () => (done(), resolve()),
          reject: (e) => (done(), reject(e)),
        });
      }),
  );
  return { save, calls, maxActive: () => maxActive };
}

function setup(save = vi.fn((_map: PartnerMapDoc) => Promise.resolve())) {
  const statuses: SaveStatus[] = [];
  const autosaver = createAutosaver({
    save,
    onStatus: (s) => statuses.push(s),
    now: () => '2024-03-01T12:00:00.000Z',
  });
  return { autosaver, save, statuses };
}

beforeEach(() => {
  vi.useFakeTimers();
});

afterEach(() => {
  vi.useRealTimers();
});

describe('debounce', () => {
  it('writes once, with the last map, 300 ms after the last of many changes', async () => {
    const { autosaver, save } = setup();
    autosaver.markLoaded();
    for (const title of ['a', 'b', 'c', 'd', 'e']) {
      autosaver.schedule(mapNamed(title));
      await vi.advanceTimersByTimeAsync(50);
    }
    await vi.advanceTimersByTimeAsync(240); // 290 ms after the last change
    expect(save).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(10);
    expect(titles(save)).toEqual(['e']);
    await vi.advanceTimersByTimeAsync(5000);
    expect(save).toHaveBeenCalledOnce();
  });

  it('still writes during an endless burst of changes, at the latest after maxWaitMs', async () => {
    const { autosaver, save } = setup();
    autosaver.markLoaded();
    for (let i = 0; i < 25; i++) {
      autosaver.schedule(mapNamed(`m${i}`));
      await vi.advanceTimersByTimeAsync(100);
    }
    // 2.5 s of changes 100 ms apart: the 300 ms debounce alone would not have written yet.
    expect(titles(save)).toEqual(['m19']);
  });

  it('reports pending, saving, then saved with the time', async () => {
    const { autosaver, statuses } = setup();
    autosaver.markLoaded();
    autosaver.schedule(mapNamed('a'));
    autosaver.schedule(mapNamed('b'));
    await vi.advanceTimersByTimeAsync(300);
    expect(statuses).toEqual([
      { state: 'saved' },
      { state: 'pending' },
      { state: 'saving' },
      { state: 'saved', lastSavedAt: '2024-03-01T12:00:00.000Z' },
    ]);
    expect(autosaver.status.state).toBe('saved');
  });
});

describe('before the first load', () => {
  it('writes nothing until markLoaded, then writes the pending map', async () => {
    const { autosaver, save } = setup();
    autosaver.schedule(mapNamed('early'));
    await vi.advanceTimersByTimeAsync(10_000);
    await autosaver.flush();
    expect(save).not.toHaveBeenCalled();
    autosaver.markLoaded();
    autosaver.schedule(mapNamed('loaded'));
    await vi.advanceTimersByTimeAsync(300);
    expect(titles(save)).toEqual(['loaded']);
  });

  it('writes a map scheduled before the load once markLoaded is called', async () => {
    const { autosaver, save } = setup();
    autosaver.schedule(mapNamed('early'));
    autosaver.markLoaded();
    expect(save).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(300);
    expect(titles(save)).toEqual(['early']);
  });
});

describe('flush', () => {
  it('writes the pending map at once and resolves when it is written', async () => {
    const { autosaver, save, statuses } = setup();
    autosaver.markLoaded();
    autosaver.schedule(mapNamed('a'));
    await autosaver.flush();
    expect(titles(save)).toEqual(['a']);
    expect(statuses.at(-1)?.state).toBe('saved');
    await vi.advanceTimersByTimeAsync(1000);
    expect(save).toHaveBeenCalledOnce();
  });

  it('does not write when nothing is pending', async () => {
    const { autosaver, save } = setup();
    autosaver.markLoaded();
    await autosaver.flush();
    expect(save).not.toHaveBeenCalled();
  });
});

describe('serialisation', () => {
  it('follows a slow save with exactly one more save of the newest map', async () => {
    const { save, calls, maxActive } = deferredSave();
    const { autosaver } = setup(save);
    autosaver.markLoaded();
    autosaver.schedule(mapNamed('first'));
    await vi.advanceTimersByTimeAsync(300);
    expect(calls).toHaveLength(1);
    autosaver.schedule(mapNamed('second'));
    autosaver.schedule(mapNamed('third'));
    await vi.advanceTimersByTimeAsync(1000); // the delay ends while the first save still runs
    expect(calls).toHaveLength(1);
    calls[0]?.resolve();
    await vi.advanceTimersByTimeAsync(0);
    expect(calls.map((c) => c.map.title)).toEqual(['first', 'third']);
    calls[1]?.resolve();
    await vi.advanceTimersByTimeAsync(5000);
    expect(calls).toHaveLength(2);
    expect(maxActive()).toBe(1);
  });

  it('waits for the save in flight when flushed, then writes the newer map', async () => {
    const { save, calls, maxActive } = deferredSave();
    const { autosaver } = setup(save);
    autosaver.markLoaded();
    autosaver.schedule(mapNamed('first'));
    await vi.advanceTimersByTimeAsync(300);
    autosaver.schedule(mapNamed('second'));
    let flushed = false;
    const flushing = autosaver.flush().then(() => (flushed = true));
    await vi.advanceTimersByTimeAsync(0);
    expect(calls).toHaveLength(1);
    calls[0]?.resolve();
    await vi.advanceTimersByTimeAsync(0);
    expect(calls.map((c) => c.map.title)).toEqual(['first', 'second']);
    expect(flushed).toBe(false);
    calls[1]?.resolve();
    await flushing;
    expect(maxActive()).toBe(1);
  });
});

describe('errors', () => {
  it('reports a quota error and keeps the map until a later flush succeeds', async () => {
    const save = vi.fn((_map: PartnerMapDoc): Promise<void> =>
      Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError')),
    );
    const { autosaver, statuses } = setup(save);
    autosaver.markLoaded();
    autosaver.schedule(mapNamed('precious'));
    await vi.advanceTimersByTimeAsync(300);
    expect(statuses.at(-1)).toMatchObject({ state: 'error', errorKind: 'quota' });
    expect(statuses.at(-1)?.error).toMatch(/full/);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(save).toHaveBeenCalledOnce(); // no retry storm while nothing changes

    save.mockImplementation(() => Promise.resolve());
    await autosaver.flush();
    expect(titles(save)).toEqual(['precious', 'precious']);
    expect(statuses.at(-1)).toEqual({ state: 'saved', lastSavedAt: '2024-03-01T12:00:00.000Z' });
  });

  it('rejects flush with the PersistenceError while saving fails', async () => {
    const save = vi.fn((_map: PartnerMapDoc) => Promise.reject(new TypeError('disk on fire')));
    const { autosaver } = setup(save);
    autosaver.markLoaded();
    autosaver.schedule(mapNamed('a'));
    await expect(autosaver.flush()).rejects.toMatchObject({ kind: 'unknown' });
  });

  it('retries with the newer map when one was scheduled during the failed save', async () => {
    const { save, calls } = deferredSave();
    const { autosaver } = setup(save);
    autosaver.markLoaded();
    autosaver.schedule(mapNamed('old'));
    await vi.advanceTimersByTimeAsync(300);
    autosaver.schedule(mapNamed('new'));
    calls[0]?.reject(new Error('transient'));
    await vi.advanceTimersByTimeAsync(300);
    expect(calls.map((c) => c.map.title)).toEqual(['old', 'new']);
  });
});

describe('dispose', () => {
  it('writes the pending map, then refuses new ones loudly', async () => {
    const { autosaver, save } = setup();
    autosaver.markLoaded();
    autosaver.schedule(mapNamed('last'));
    await autosaver.dispose();
    expect(titles(save)).toEqual(['last']);
    expect(() => autosaver.schedule(mapNamed('late'))).toThrow(/after dispose/);
    await vi.advanceTimersByTimeAsync(5000);
    expect(save).toHaveBeenCalledOnce();
  });
});
