import { describe, expect, it } from 'vitest';
import { DEFAULT_CODEBOOK } from '../../../src/codebook';
import { updateActor, updateTie, asTieId } from '../../../src/model';
import {
  buildActorRows,
  buildTieRows,
  groupMotives,
  makeLabels,
  newRowCache,
  tieCounts,
  type ActorRow,
  type TieRow,
} from '../../../src/ui/table/rowModels';
import { CLB, SCHOOL, smallMap, UNI } from '../../model/fixtures';

describe('table rows', () => {
  const labels = makeLabels(DEFAULT_CODEBOOK, 'nl');

  it('counts ties per actor', () => {
    const counts = tieCounts(smallMap().ties);
    expect([counts.get(SCHOOL), counts.get(CLB), counts.get(UNI)]).toEqual([1, 2, 1]);
  });

  it('labels in the chosen language and reuses unchanged rows', () => {
    const map = smallMap();
    const cache = newRowCache<ActorRow>();
    const first = buildActorRows(map.actors, map.ties, labels, cache);
    const clb = first.find((r) => r.key === CLB)!;
    expect(clb.typeLabel.startsWith('CLB')).toBe(true);
    expect(clb.positionLabel).toBe('Kernactor');
    const renamed = updateActor(UNI, { label: 'KU Leuven' })(map);
    const second = buildActorRows(renamed.actors, renamed.ties, labels, cache);
    expect(second.find((r) => r.key === CLB)).toBe(clb);
    expect(second.find((r) => r.key === UNI)).not.toBe(first.find((r) => r.key === UNI));
    // Another language: every row is built anew.
    const english = buildActorRows(
      renamed.actors,
      renamed.ties,
      makeLabels(DEFAULT_CODEBOOK, 'en'),
      cache,
    );
    expect(english.find((r) => r.key === CLB)?.positionLabel).toBe('Core actor');
  });

  it('groups motives by dimension with the map markers; unknown ids stay visible', () => {
    const groups = groupMotives(['fallback-network', 'care-and-guidance', 'mystery'], labels);
    expect(groups.map((g) => g.dimension?.marker ?? null)).toEqual(['T', 'R', null]);
    expect(groups[2]?.labels).toEqual(['mystery']);
  });

  it('shows actor names, frequency level and formality of a tie', () => {
    const map = updateTie(asTieId('t-1'), { attributes: { formality: ['informal'] } })(smallMap());
    const rows = buildTieRows(map.actors, map.ties, labels, newRowCache<TieRow>());
    const row = rows[0]!;
    expect([row.sourceLabel, row.targetLabel]).toEqual(['Basisschool De Linde', 'CLB Gent']);
    expect([row.frequencyLabel, row.frequencyLevel]).toEqual(['Maandelijks', 4]);
    expect(row.formality).toBe('informal');
    expect(row.formalityLabel.startsWith('Informeel')).toBe(true);
  });
});
