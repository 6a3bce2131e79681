import type { MapAnalysis } from '../../analysis';
import { coreActors, insightsFor, type Insight, type RankedActor } from '../../analysis/insights';
import type { PartnerMapDoc } from '../../model';

/** What the insights module makes of an analysis: plain-language insights and the core actors. */
export interface Findings {
  readonly insights: readonly Insight[];
  /** Best first, with the ranks that made them core actors. */
  readonly core: readonly RankedActor[];
}

export const NO_FINDINGS: Findings = { insights: [], core: [] };

/** Computed with the map the analysis was computed from, so that every id in it exists. */
export function deriveFindings(map: PartnerMapDoc, analysis: MapAnalysis): Findings {
  return { insights: insightsFor(map, analysis), core: coreActors(map, analysis) };
}
