import { describe, expect, it } from 'vitest';
import { MIGRATIONS, SCHEMA_VERSION, migrate, type Migration } from '../../src/model';

describe('migrate', () => {
  it('has one migration per version step up to the current schema', () => {
    expect(MIGRATIONS).toHaveLength(SCHEMA_VERSION - 1);
  });

  it('runs the steps in order and stamps each version', () => {
    const steps: Migration[] = [
      (doc) => ({ ...doc, name: String(doc.title) }),
      (doc) => ({ ...doc, tags: [String(doc.name).toUpperCase()] }),
    ];
    const result = migrate({ schemaVersion: 1, title: 'x' }, steps, 3);
    expect(result).toEqual({
      ok: true,
      from: 1,
      doc: { schemaVersion: 3, title: 'x', name: 'x', tags: ['X'] },
    });
  });

  it('leaves a current document as it is', () => {
    const doc = { schemaVersion: 2, a: 1 };
    expect(migrate(doc, [(d) => d], 2)).toEqual({ ok: true, from: 2, doc });
  });

  it('reports a failing step without throwing and without touching the input', () => {
    const input = { schemaVersion: 1 };
    const result = migrate(
      input,
      [
        () => {
          throw new Error('boom');
        },
      ],
      2,
    );
    expect(result).toEqual({ ok: false, error: 'migration from version 1 failed: Error: boom' });
    expect(input).toEqual({ schemaVersion: 1 });
  });

  it('reports a missing step', () => {
    expect(migrate({ schemaVersion: 1 }, [], 2)).toEqual({
      ok: false,
      error: 'schemaVersion: no migration from version 1',
    });
  });
});
