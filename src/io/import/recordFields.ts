/**
 * Raw records (names as in the file) → records under PartnerMap's field names (fieldNames.ts).
 * Names that are no field go to the notes as "name: value", except drawing attributes of other
 * tools (colour, size, shape), which are reported once and left out.
 */
import type { RawExtra, RawRecord } from './raw';
import type { AssemblyContext } from './context';
import { compactName, DRAWING_ATTRIBUTES, guessFields, type TableRole } from './fieldNames';

export interface RecordFields {
  readonly line: number;
  readonly values: ReadonlyMap<string, string>;
  readonly extras: readonly RawExtra[];
}

export function mapRecords(
  records: readonly RawRecord[],
  role: TableRole,
  ctx: AssemblyContext,
): RecordFields[] {
  const names = [...new Set(records.flatMap((r) => [...r.values.keys()]))];
  const guessed = guessFields(names, role, ctx.resolver.codebook());
  const fieldOf = new Map(names.map((name, i) => [name, guessed[i] ?? null]));
  const ignored = new Set<string>();
  const keep = (extras: RawExtra[], extra: RawExtra) => {
    if (extra.value.trim() === '') return;
    extras.push(extra);
    if (ctx.format === 'csv') ctx.report.add('column-to-notes', { column: extra.name });
    else ctx.report.add('attribute-to-notes', { name: extra.name });
  };
  return records.map((record) => {
    const values = new Map<string, string>();
    const extras: RawExtra[] = [];
    for (const [name, value] of record.values) {
      const field = fieldOf.get(name);
      if (field) values.set(field, value);
      else if (DRAWING_ATTRIBUTES.has(compactName(name))) {
        if (!ignored.has(name)) ctx.report.add('attribute-ignored', { name });
        ignored.add(name);
      } else keep(extras, { name, value });
    }
    for (const extra of record.extras) keep(extras, extra);
    return { line: record.line, values, extras };
  });
}

/** Notes with the extras appended, one "name: value" per line. */
export function joinExtras(notes: string, extras: readonly RawExtra[]): string {
  const lines = extras.map((e) => `${e.name}: ${e.value.trim()}`);
  return [notes, ...lines].filter((part) => part !== '').join('\n');
}
