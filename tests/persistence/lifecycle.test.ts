import { describe, expect, it, vi } from 'vitest';
import type { PartnerMapDoc } from '../../src/model';
import { attachLifecycleFlush, createAutosaver } from '../../src/persistence';
import { makeMap } from './helpers';

function fakePage(visibilityState: string) {
  return { target: new EventTarget(), doc: { visibilityState } };
}

describe('attachLifecycleFlush', () => {
  it('flushes on visibilitychange only when the page is hidden', () => {
    const flush = vi.fn(() => Promise.resolve());
    const { target, doc } = fakePage('visible');
    attachLifecycleFlush({ flush }, target, doc);
    target.dispatchEvent(new Event('visibilitychange'));
    expect(flush).not.toHaveBeenCalled();
    doc.visibilityState = 'hidden';
    target.dispatchEvent(new Event('visibilitychange'));
    expect(flush).toHaveBeenCalledOnce();
  });

  it('flushes on pagehide', () => {
    const flush = vi.fn(() => Promise.resolve());
    const { target, doc } = fakePage('visible');
    attachLifecycleFlush({ flush }, target, doc);
    target.dispatchEvent(new Event('pagehide'));
    expect(flush).toHaveBeenCalledOnce();
  });

  it('stops flushing once detached', () => {
    const flush = vi.fn(() => Promise.resolve());
    const { target, doc } = fakePage('hidden');
    const detach = attachLifecycleFlush({ flush }, target, doc);
    detach();
    target.dispatchEvent(new Event('visibilitychange'));
    target.dispatchEvent(new Event('pagehide'));
    expect(flush).not.toHaveBeenCalled();
  });

  it('writes the pending map of a real autosaver without waiting for the delay', async () => {
    const save = vi.fn((_map: PartnerMapDoc) => Promise.resolve());
    const autosaver = createAutosaver({ save, delayMs: 60_000 });
    autosaver.markLoaded();
    autosaver.schedule(makeMap({ title: 'closing' }));
    const { target, doc } = fakePage('visible');
    attachLifecycleFlush(autosaver, target, doc);
    target.dispatchEvent(new Event('pagehide'));
    await vi.waitFor(() => expect(save).toHaveBeenCalledOnce());
    expect(save.mock.calls[0]?.[0].title).toBe('closing');
    await autosaver.dispose();
  });

  it('leaves a failed flush to the status report, without an unhandled rejection', async () => {
    const flush = vi.fn(() => Promise.reject(new Error('quota')));
    const { target, doc } = fakePage('hidden');
    attachLifecycleFlush({ flush }, target, doc);
    target.dispatchEvent(new Event('pagehide'));
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(flush).toHaveBeenCalledOnce();
  });
});
