/** The PartnerMap file (envelope or bare map) as an import: exact, validated and migrated. */
import { SCHEMA_VERSION } from '../../model/types';
import { parseNativeMap } from '../readers/nativeMap';
import { decodeText } from '../readers/text';
import { ReportCollector } from '../report';
import type { ImportResult } from '../types';

export function importNative(bytes: Uint8Array): ImportResult {
  const { text, encoding } = decodeText(bytes);
  const parsed = parseNativeMap(text);
  if (!parsed.ok) return parsed;
  const report = new ReportCollector();
  if (encoding !== 'utf-8') report.add('encoding-fallback', { encoding });
  if (parsed.migratedFrom < SCHEMA_VERSION) {
    report.add('migrated', { from: parsed.migratedFrom, to: SCHEMA_VERSION });
  }
  const { map } = parsed;
  return {
    ok: true,
    map,
    report: {
      format: 'native',
      actors: map.actors.length,
      ties: map.ties.length,
      entries: report.entries,
    },
  };
}
