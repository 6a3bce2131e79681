import { describe, expect, it } from 'vitest';
import { analyzeMap, type MapAnalysis } from '../../../src/analysis';
import { analysisMarks } from '../../../src/canvas/elements';
import { METRIC_SIZE_RANGE, metricSize } from '../../../src/canvas/encoding';
import {
  addActor,
  addTie,
  asActorId,
  asTieId,
  compose,
  makeActor,
  makeTie,
  type PartnerMapDoc,
} from '../../../src/model';
import { INITIAL_VIEW } from '../../../src/store';
import { focusOf, markInput, type MarkView } from '../../../src/ui/analysis/canvasMarks';
import { CLB, SCHOOL, smallMap, UNI } from '../../model/fixtures';

const TEAM = asActorId('a-team');
const LONE = asActorId('a-lone');

/** School – CLB – UGent, plus an internal team tied to the school and an isolate. */
function map(): PartnerMapDoc {
  return compose(
    addActor(makeActor({ label: 'Zorgteam', kind: 'internal', type: null }, TEAM)),
    addActor(makeActor({ label: '=Lone', type: 'business' }, LONE)),
    addTie(makeTie(SCHOOL, TEAM, {}, asTieId('t-team'))),
  )(smallMap());
}

function analysis(doc: PartnerMapDoc): MapAnalysis {
  const result = analyzeMap(doc);
  if (!result.ok) throw new Error(result.error);
  return result.analysis;
}

const view = (patch: Partial<MarkView> = {}): MarkView => ({
  ...INITIAL_VIEW,
  analysisOpen: true,
  ...patch,
});

describe('metricSize', () => {
  it('scales min–max into the size range by area; missing values are smallest', () => {
    const [small, large] = METRIC_SIZE_RANGE;
    expect(metricSize(0, 0, 4)).toBe(small);
    expect(metricSize(4, 0, 4)).toBe(large);
    expect(metricSize(1, 0, 4)).toBe((small + large) / 2);
    expect(metricSize(null, 0, 4)).toBe(small);
    expect(metricSize(3, 3, 3)).toBe((small + large) / 2);
  });
});

describe('analysisMarks', () => {
  it('sizes actors by the chosen metric; internal actors keep their proportions', () => {
    const doc = map();
    const a = analysis(doc);
    const marks = analysisMarks(doc, markInput(a, [], view({ sizeBy: 'degree' }), null));
    // Degrees: school 2, CLB 2, UGent 1, team 1, isolate 0.
    expect(marks.get(SCHOOL)).toMatchObject({ markWidth: 70, markHeight: 70 });
    expect(marks.get(CLB)).toMatchObject({ markWidth: 70, markHeight: 70 });
    // Area grows with the value: half the range gives √½ of the extra width.
    const half = 20 + Math.SQRT1_2 * 50;
    expect(marks.get(UNI)!['markWidth']).toBeCloseTo(half, 9);
    expect(marks.get(UNI)!['markHeight']).toBeCloseTo(half, 9);
    expect(marks.get(TEAM)!['markWidth']).toBeCloseTo(half, 9);
    expect(marks.get(TEAM)!['markHeight']).toBeCloseTo((half * 22) / 32, 9);
    expect(marks.get(LONE)).toMatchObject({ markWidth: 20, markHeight: 20 });
  });

  it('draws usual sizes without a metric or with the panel closed', () => {
    const doc = map();
    const a = analysis(doc);
    for (const v of [view(), view({ sizeBy: 'betweenness', analysisOpen: false })]) {
      const marks = analysisMarks(doc, markInput(a, [], v, null));
      expect(marks.get(SCHOOL)!['markWidth']).toBe(0);
    }
  });

  it('marks core actors (with a star label), cut-points and bridges', () => {
    const doc = map();
    const a = analysis(doc);
    const marks = analysisMarks(doc, markInput(a, [{ id: CLB }], view(), null));
    expect(marks.get(CLB)).toMatchObject({
      markCore: true,
      markLabel: '★ CLB Gent',
      markCutPoint: true,
    });
    expect(marks.get(SCHOOL)).toMatchObject({ markCore: false, markCutPoint: true });
    expect(marks.get(UNI)).toMatchObject({ markCore: false, markCutPoint: false });
    expect(marks.get(UNI)).not.toHaveProperty('markLabel');
    // Every tie of this tree is a bridge.
    for (const id of ['t-1', 't-2', 't-team']) expect(marks.get(id)!['markBridge']).toBe(true);
    const off = analysisMarks(
      doc,
      markInput(a, [{ id: CLB }], view({ markStructure: false }), null),
    );
    expect(off.get(CLB)).toMatchObject({ markCore: false, markCutPoint: false });
    expect(off.get(CLB)).not.toHaveProperty('markLabel');
    expect(off.get('t-1')!['markBridge']).toBe(false);
  });

  it('with no focus nothing fades', () => {
    const doc = map();
    const marks = analysisMarks(doc, {});
    for (const data of marks.values()) expect(data['markDim']).toBe(false);
  });
});

describe('focusOf', () => {
  it('"what depends on the CLB": the CLB haloed, UGent bright, the rest faded', () => {
    const doc = map();
    const focus = focusOf(doc, view({ dependsOn: CLB }))!;
    expect(focus.kind).toBe('dependsOn');
    const marks = analysisMarks(doc, { focus });
    expect(marks.get(CLB)).toMatchObject({ markFocus: true, markDim: false });
    expect(marks.get(UNI)).toMatchObject({ markFocus: false, markDim: false });
    expect(marks.get(SCHOOL)!['markDim']).toBe(true);
    expect(marks.get(TEAM)!['markDim']).toBe(true);
    expect(marks.get('t-2')!['markDim']).toBe(false);
    expect(marks.get('t-1')!['markDim']).toBe(true);
  });

  it('a highlight lights its actors, its ties and their ends', () => {
    const doc = map();
    const focus = focusOf(doc, view({ highlight: [TEAM, 't-2'] }))!;
    expect(focus.kind).toBe('highlight');
    const marks = analysisMarks(doc, { focus });
    expect(marks.get(TEAM)).toMatchObject({ markFocus: true, markDim: false });
    expect(marks.get(CLB)).toMatchObject({ markFocus: false, markDim: false });
    expect(marks.get(UNI)!['markDim']).toBe(false);
    expect(marks.get(SCHOOL)!['markDim']).toBe(true);
    expect(marks.get(LONE)!['markDim']).toBe(true);
    expect(marks.get('t-2')!['markDim']).toBe(false);
    expect(marks.get('t-team')!['markDim']).toBe(true);
  });

  it('ignores ids no longer on the map', () => {
    const doc = map();
    expect(focusOf(doc, view({ dependsOn: asActorId('a-gone') }))).toBeNull();
    expect(focusOf(doc, view({ highlight: ['a-gone'] }))).toBeNull();
    expect(focusOf(doc, view())).toBeNull();
  });
});
