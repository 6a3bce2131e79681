import { DEFAULT_CODEBOOK } from '../../src/codebook';
import {
  addActor,
  addTie,
  asActorId,
  asMapId,
  asTieId,
  compose,
  createMap,
  makeActor,
  makeTie,
  type PartnerMapDoc,
} from '../../src/model';

export const T0 = '2026-11-01T10:00:00.000Z';
export const SCHOOL = asActorId('a-school');
export const CLB = asActorId('a-clb');
export const UNI = asActorId('a-uni');

/** A small valid map: the school, the CLB and a university, two ties. */
export function smallMap(): PartnerMapDoc {
  const base = createMap({
    school: 'Basisschool De Linde',
    codebook: DEFAULT_CODEBOOK,
    now: T0,
    id: asMapId('map-test'),
    egoId: SCHOOL,
  });
  return compose(
    addActor(makeActor({ label: 'CLB Gent', type: 'clb', position: 'core' }, CLB), {
      x: 200,
      y: 0,
    }),
    addActor(makeActor({ label: 'UGent', type: 'university' }, UNI)),
    addTie(
      makeTie(
        SCHOOL,
        CLB,
        { motives: ['care-and-guidance'], frequency: 'monthly' },
        asTieId('t-1'),
      ),
    ),
    addTie(makeTie(CLB, UNI, { motives: ['teacher-as-researcher'] }, asTieId('t-2'))),
  )(base);
}
