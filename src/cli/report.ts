/**
 * What `partnermap analyze` prints: one JSON object, or a CSV table with one row per actor.
 */
import { rankActors } from '../analysis/insights/coreActors';
import type { ActorMetrics, MapAnalysis, MapFigures } from '../analysis/types';
import type { PartnerMapDoc } from '../model/types';

/** The per-actor columns, in output order (JSON keys and CSV header). */
export const ACTOR_COLUMNS = [
  'id',
  'label',
  'degree',
  'degreeNormalized',
  'inDegree',
  'outDegree',
  'weightedDegree',
  'betweenness',
  'closeness',
  'harmonic',
  'constraint',
  'effectiveSize',
  'coreNumber',
  'component',
  'isolate',
  'cutPoint',
  'core',
] as const;

type Column = (typeof ACTOR_COLUMNS)[number];
type Cell = string | number | boolean | null;

export type ActorRow = Record<Column, Cell> &
  Partial<Pick<ActorMetrics, 'motives' | 'layers'>> & { readonly id: string };

export interface Report {
  readonly weighted: boolean;
  readonly actors: readonly ActorRow[];
  readonly map: MapFigures & { readonly coreActors: readonly string[] };
}

/**
 * The core actors by the app's rule (src/analysis/insights/coreActors.ts), best first. For
 * GraphML and CSV input no actor is the school, so none is left out of the ranking.
 */
export function coreActorIds(analysis: MapAnalysis, map: PartnerMapDoc | null): string[] {
  // rankActors reads only map.actors (to leave the school out); an edge list has no school.
  const actorsOnly: Pick<PartnerMapDoc, 'actors'> = map ?? { actors: [] };
  return rankActors(actorsOnly as PartnerMapDoc, analysis)
    .filter((a) => a.core)
    .map((a) => a.id);
}

export function buildReport(analysis: MapAnalysis, core: readonly string[]): Report {
  const isCore = new Set(core);
  const actors = analysis.actorIds.map((id): ActorRow => {
    const m = analysis.actors[id]!;
    return {
      id: m.id,
      label: m.label,
      degree: m.degree,
      degreeNormalized: m.degreeNormalized,
      inDegree: m.inDegree,
      outDegree: m.outDegree,
      weightedDegree: m.weightedDegree,
      betweenness: m.betweenness,
      closeness: m.closeness,
      harmonic: m.harmonic,
      constraint: m.constraint,
      effectiveSize: m.effectiveSize,
      coreNumber: m.coreNumber,
      component: m.component,
      isolate: m.isolate,
      cutPoint: m.cutPoint,
      core: isCore.has(id),
      ...(m.motives ? { motives: m.motives } : {}),
      ...(m.layers ? { layers: m.layers } : {}),
    };
  });
  return { weighted: analysis.weighted, actors, map: { ...analysis.map, coreActors: core } };
}

export function reportJson(report: Report): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}

/** RFC 4180: CRLF line ends, fields with a quote, delimiter or line break in double quotes. */
export function reportCsv(report: Report): string {
  const lines = [ACTOR_COLUMNS.join(',')];
  for (const row of report.actors) {
    lines.push(ACTOR_COLUMNS.map((column) => csvCell(row[column])).join(','));
  }
  return `${lines.join('\r\n')}\r\n`;
}

export function csvCell(value: Cell): string {
  if (value === null) return '';
  if (typeof value !== 'string') return String(value);
  // A spreadsheet would run text starting with = + - @ (or a tab / CR) as a formula.
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
