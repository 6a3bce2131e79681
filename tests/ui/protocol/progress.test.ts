import { describe, expect, it } from 'vitest';
import {
  addActor,
  asActorId,
  asTieId,
  compose,
  makeActor,
  removeTies,
  updateTie,
  type PartnerMapDoc,
} from '../../../src/model';
import {
  reviewSummary,
  tieLabel,
  tiesWithoutHowWhat,
  tiesWithoutMotive,
  whenWhereProgress,
  whoProgress,
} from '../../../src/ui/protocol/progress';
import { loadSampleMap, type SampleName } from '../../fixtures/samples';
import { smallMap } from '../../model/fixtures';

const T1 = asTieId('t-1');
const T2 = asTieId('t-2');

const sample = (name: SampleName): PartnerMapDoc => loadSampleMap(name);

describe('whoProgress', () => {
  it('counts partners and internal actors, and lists partners without a tie', () => {
    const map = compose(
      addActor(makeActor({ label: 'Zorgteam', kind: 'internal', type: 'team' })),
      addActor(makeActor({ label: 'Bibliotheek', type: 'library-staff' }, asActorId('a-lib'))),
    )(smallMap());
    const who = whoProgress(map);
    expect(who.partners).toBe(3); // CLB, UGent, Bibliotheek; not the school, not the team
    expect(who.internal).toBe(1);
    expect(who.unconnected).toEqual([{ id: 'a-lib', label: 'Bibliotheek' }]);
  });

  it('on a map with only the school there is nothing listed yet', () => {
    const map = removeTies([T1, T2])(smallMap());
    const empty = { ...map, actors: map.actors.filter((a) => a.kind === 'ego') };
    expect(whoProgress(empty)).toEqual({ partners: 0, internal: 0, unconnected: [] });
  });
});

describe('whenWhereProgress', () => {
  it('lists ties without a frequency and ties without a setting, by their ends', () => {
    const progress = whenWhereProgress(smallMap());
    expect(progress.withoutFrequency).toEqual([{ id: T2, label: 'CLB Gent – UGent' }]);
    expect(progress.withoutSetting.map((item) => item.id)).toEqual([T1, T2]);
  });

  it('a tie with a setting, or with a frequency, leaves the list', () => {
    const map = compose(
      updateTie(T1, { attributes: { setting: ['online'] } }),
      updateTie(T2, { frequency: 'yearly', attributes: { setting: [] } }),
    )(smallMap());
    const progress = whenWhereProgress(map);
    expect(progress.withoutFrequency).toEqual([]);
    // An empty value list is no setting.
    expect(progress.withoutSetting.map((item) => item.id)).toEqual([T2]);
  });
});

describe('tiesWithoutMotive', () => {
  it('lists ties with an empty motive set only', () => {
    expect(tiesWithoutMotive(smallMap())).toEqual([]);
    const map = updateTie(T2, { motives: [] })(smallMap());
    expect(tiesWithoutMotive(map)).toEqual([{ id: T2, label: 'CLB Gent – UGent' }]);
  });
});

describe('tiesWithoutHowWhat', () => {
  it('counts How and What attributes, not Where, When, Who or qualities', () => {
    const map = compose(
      updateTie(T1, { attributes: { setting: ['online'], initiator: ['teachers'] } }),
      updateTie(T2, { attributes: { 'goal-cluster': ['content'] } }),
    )(smallMap());
    expect(tiesWithoutHowWhat(map).map((item) => item.id)).toEqual([T1]);
    const both = updateTie(T1, { attributes: { origin: ['spontaneous'] } })(map);
    expect(tiesWithoutHowWhat(both)).toEqual([]);
  });
});

describe('tieLabel', () => {
  it('falls back to the id for an actor without a label', () => {
    const map = smallMap();
    const unnamed = {
      ...map,
      actors: map.actors.map((a) => (a.id === 'a-uni' ? { ...a, label: '' } : a)),
    };
    expect(tieLabel(unnamed, unnamed.ties[1]!)).toBe('CLB Gent – a-uni');
  });
});

describe('reviewSummary', () => {
  it('sums up the small map', () => {
    const summary = reviewSummary(smallMap());
    expect(summary.partners).toBe(2);
    expect(summary.ties).toBe(2);
    expect(summary.byDimension.map((d) => [d.dimension.id, d.ties])).toEqual([
      ['task', 2],
      ['relation', 0],
      ['growth', 0],
    ]);
    // CLB (education support) and UGent (higher education) are there; the other seven are not.
    const missing = summary.missingTypeGroups.map((g) => g.id);
    expect(missing).not.toContain('education-support');
    expect(missing).not.toContain('higher-education');
    expect(missing).toContain('international');
    expect(missing).toHaveLength(7);
    expect(summary.missingTypeGroups[0]!.label.nl).toBe('Scholen en structuren');
    expect(summary.open).toEqual({ withoutFrequency: 1, withoutMotive: 0, withoutHowWhat: 2 });
  });

  it('counts a tie in every dimension its motives belong to, ignoring unknown motives', () => {
    const map = updateTie(T1, {
      motives: ['care-and-guidance', 'fallback-network', 'quality-development', 'no-such-motive'],
    })(smallMap());
    expect(reviewSummary(map).byDimension.map((d) => d.ties)).toEqual([2, 1, 1]);
  });

  it('on the primary-school sample: only the international group is missing', () => {
    const map = sample('primary-school');
    const summary = reviewSummary(map);
    expect(summary.partners).toBe(map.actors.filter((a) => a.kind === 'external').length);
    expect(summary.ties).toBe(map.ties.length);
    expect(summary.missingTypeGroups.map((g) => g.id)).toEqual(['international']);
    expect(summary.open.withoutFrequency).toBe(0);
    expect(summary.open.withoutMotive).toBe(0);
    expect(summary.byDimension.every((d) => d.ties > 0)).toBe(true);
  });
});
