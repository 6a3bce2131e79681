/**
 * A RawGraph from any format → a validated map and its report. The map-level fields come
 * from the file where it has them (PartnerMap's own GraphML carries id, title, session and
 * codebook), else from the options. The result passes parseMap (schema and consistency), or
 * the import fails as a whole.
 */
import * as v from 'valibot';
import { DEFAULT_CODEBOOK } from '../../codebook/default';
import type { Codebook } from '../../codebook/types';
import { newMapId } from '../../model/ids';
import { codebookSchema } from '../../model/schema';
import { SCHEMA_VERSION, type Participant, type PartnerMapDoc } from '../../model/types';
import { parseMap } from '../../model/validate';
import { parseNumber, splitList } from '../fields';
import { ReportCollector } from '../report';
import type { ImportOptions, ImportResult } from '../types';
import { buildActors } from './assembleActors';
import { buildTies } from './assembleTies';
import { CodebookResolver } from './codebookResolver';
import type { AssemblyContext } from './context';
import type { RawGraph, RawRecord } from './raw';
import { mapRecords } from './recordFields';

const participantsSchema = v.array(
  v.object({ id: v.pipe(v.string(), v.minLength(1)), role: v.string(), name: v.string() }),
);

export function assemble(
  raw: RawGraph,
  report: ReportCollector,
  options: ImportOptions = {},
): ImportResult {
  const meta = (field: string) => raw.meta.get(field);
  const resolver = new CodebookResolver(readCodebook(meta('codebook'), options, report), report);
  const ctx: AssemblyContext = {
    format: raw.format,
    resolver,
    report,
    number: (text) => parseNumber(text, raw.decimalComma),
    list: (text) => (text === undefined ? [] : splitList(text)),
  };
  const tieRecords = mapRecords(raw.ties, 'ties', ctx);
  const actorRecords = raw.actors
    ? mapRecords(raw.actors, 'actors', ctx)
    : mapRecords(actorsFromEnds(tieRecords, report), 'actors', ctx);
  const actors = buildActors(actorRecords, ctx);
  if (actors.actors.length === 0)
    return { ok: false, error: { code: 'nothing-to-import', params: {} } };
  const ties = buildTies(tieRecords, actors, raw.directedByDefault, ctx);

  const now = options.now ?? new Date().toISOString();
  const title =
    meta('title')?.trim() || meta('name')?.trim() || options.title?.trim() || 'Imported map';
  const doc: PartnerMapDoc = {
    schemaVersion: SCHEMA_VERSION,
    id: asMapIdOrNew(meta('id')),
    title,
    createdAt: meta('createdAt') || now,
    updatedAt: meta('updatedAt') || now,
    session: {
      school: meta('session.school') ?? '',
      date: meta('session.date') ?? '',
      facilitator: meta('session.facilitator') ?? '',
      moment: meta('session.moment') ?? '',
      participants: readParticipants(meta('session.participants'), resolver, report),
      notes: meta('session.notes') ?? '',
    },
    actors: actors.actors,
    ties,
    positions: actors.positions,
    codebook: resolver.codebook(),
  };
  const parsed = parseMap(doc);
  if (!parsed.ok)
    return { ok: false, error: { code: 'invalid-map', params: { detail: parsed.error } } };
  return {
    ok: true,
    map: parsed.map,
    report: {
      format: raw.format,
      actors: parsed.map.actors.length,
      ties: parsed.map.ties.length,
      entries: report.entries,
    },
  };
}

function asMapIdOrNew(raw: string | undefined): PartnerMapDoc['id'] {
  const id = raw?.trim();
  return id ? (id as PartnerMapDoc['id']) : newMapId();
}

function readCodebook(
  json: string | undefined,
  options: ImportOptions,
  report: ReportCollector,
): Codebook {
  const fallback = options.codebook ?? DEFAULT_CODEBOOK;
  if (json === undefined || json.trim() === '') return fallback;
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch (error) {
    report.add('codebook-invalid', { detail: (error as Error).message });
    return fallback;
  }
  const result = v.safeParse(codebookSchema, parsed);
  if (result.success) return result.output;
  report.add('codebook-invalid', { detail: result.issues[0]?.message ?? 'not a codebook' });
  return fallback;
}

function readParticipants(
  json: string | undefined,
  resolver: CodebookResolver,
  report: ReportCollector,
): Participant[] {
  if (json === undefined || json.trim() === '') return [];
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    parsed = null;
  }
  const result = v.safeParse(participantsSchema, parsed);
  if (!result.success) {
    report.add('value-invalid', { field: 'session.participants', value: json.slice(0, 80) });
    return [];
  }
  const participants: Participant[] = [];
  for (const p of result.output) {
    const role = resolver.resolve('participantRoles', p.role, 'session.participants');
    if (role === null) report.add('value-invalid', { field: 'session.participants', value: p.id });
    else participants.push({ ...p, role });
  }
  return participants;
}

/** An edge list's actors: each tie end once, in order of appearance, labelled by its name. */
function actorsFromEnds(
  ties: readonly { readonly values: ReadonlyMap<string, string> }[],
  report: ReportCollector,
): RawRecord[] {
  const seen = new Map<string, RawRecord>();
  for (const tie of ties) {
    for (const end of ['source', 'target'] as const) {
      const id = (tie.values.get(end) ?? '').trim();
      if (id === '' || seen.has(id)) continue;
      const label = tie.values.get(`${end}Label`)?.trim() || id;
      seen.set(id, {
        line: 0,
        values: new Map([
          ['id', id],
          ['label', label],
        ]),
        extras: [],
      });
    }
  }
  if (seen.size > 0) report.add('actors-created', { count: seen.size });
  return [...seen.values()];
}
