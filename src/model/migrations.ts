import { SCHEMA_VERSION } from './types';

/**
 * Migrations as an ordered list of pure functions: MIGRATIONS[i] turns a version i+1 document
 * into a version i+2 document. Never edit a shipped entry; append a new one and bump SCHEMA_VERSION.
 */
export type Migration = (doc: Record<string, unknown>) => Record<string, unknown>;

export const MIGRATIONS: readonly Migration[] = [];

export type MigrationResult =
  { ok: true; doc: Record<string, unknown>; from: number } | { ok: false; error: string };

export function migrate(
  raw: unknown,
  migrations: readonly Migration[] = MIGRATIONS,
  target: number = SCHEMA_VERSION,
): MigrationResult {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { ok: false, error: 'the document is not a JSON object' };
  }
  const doc = raw as Record<string, unknown>;
  const version = doc.schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { ok: false, error: 'schemaVersion: missing or not a positive whole number' };
  }
  if (version > target) {
    return {
      ok: false,
      error: `schemaVersion: ${version} was written by a newer PartnerMap (this one reads up to ${target})`,
    };
  }
  let current = doc;
  for (let v = version; v < target; v++) {
    const step = migrations[v - 1];
    if (!step) return { ok: false, error: `schemaVersion: no migration from version ${v}` };
    try {
      current = { ...step(current), schemaVersion: v + 1 };
    } catch (e) {
      return { ok: false, error: `migration from version ${v} failed: ${String(e)}` };
    }
  }
  return { ok: true, doc: current, from: version };
}
