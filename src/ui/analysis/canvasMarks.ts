/**
 * From the analysis and the view state to the canvas marks' input (canvas/elements.ts
 * analysisMarks). Pure: no React, no Cytoscape.
 */
import type { MapAnalysis } from '../../analysis';
import { dependentsOf } from '../../analysis/insights';
import type { AnalysisMarkInput } from '../../canvas/elements';
import type { PartnerMapDoc } from '../../model';
import type { ViewState } from '../../store';

export type MarkView = Pick<
  ViewState,
  'analysisOpen' | 'sizeBy' | 'markStructure' | 'dependsOn' | 'highlight'
>;

export type Focus = NonNullable<AnalysisMarkInput['focus']> & {
  readonly kind: 'dependsOn' | 'highlight';
};

/**
 * What is in focus: "what depends on X" (X with a halo, the actors that would lose the school
 * without X bright) or a highlight (its actors with a halo, its ties and their ends bright).
 * Ids no longer on the map are ignored; null when nothing (left) is in focus.
 */
export function focusOf(map: PartnerMapDoc, view: MarkView): Focus | null {
  if (view.dependsOn !== null) {
    if (!map.actors.some((a) => a.id === view.dependsOn)) return null;
    return {
      kind: 'dependsOn',
      halo: new Set([view.dependsOn]),
      bright: new Set(dependentsOf(map, view.dependsOn)),
      ties: new Set(),
    };
  }
  if (view.highlight.length === 0) return null;
  const wanted = new Set(view.highlight);
  const halo = new Set(map.actors.filter((a) => wanted.has(a.id)).map((a) => a.id));
  const ties = map.ties.filter((t) => wanted.has(t.id));
  if (halo.size === 0 && ties.length === 0) return null;
  const bright = new Set([...halo, ...ties.flatMap((t) => [t.source, t.target])]);
  return { kind: 'highlight', halo, bright, ties: new Set(ties.map((t) => t.id)) };
}

/** The marks to draw; sizes and structure marks only while the analysis panel is open. */
export function markInput(
  analysis: MapAnalysis | null,
  core: readonly { readonly id: string }[],
  view: MarkView,
  focus: Focus | null,
): AnalysisMarkInput {
  const shown = view.analysisOpen && analysis !== null;
  const metric = view.sizeBy;
  const sizes =
    shown && metric !== null
      ? new Map(analysis.actorIds.map((id) => [id, analysis.actors[id]?.[metric] ?? null]))
      : null;
  const structure = shown && view.markStructure;
  return {
    sizes,
    core: new Set(structure ? core.map((a) => a.id) : []),
    cutPoints: new Set(structure ? analysis.map.cutPoints : []),
    bridges: new Set(structure ? analysis.map.bridges.flatMap((b) => b.ties) : []),
    focus,
  };
}
