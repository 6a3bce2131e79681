import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import {
  addActor,
  addTie,
  asActorId,
  asMapId,
  createMap,
  makeActor,
  makeTie,
  type PartnerMapDoc,
} from '../../src/model';
import { openPartnerMapDb, type PartnerMapDb } from '../../src/persistence';
import { tinyCodebook } from '../fixtures/tinyCodebook';

export interface MapSpec {
  readonly id?: string;
  readonly title?: string;
  readonly updatedAt?: string;
  /** External actors besides the school; each is tied to the school. */
  readonly partners?: number;
}

/** A valid map: the school plus `partners` external actors, each tied to the school. */
export function makeMap(spec: MapSpec = {}): PartnerMapDoc {
  const now = spec.updatedAt ?? '2024-03-01T10:00:00.000Z';
  let map = createMap({
    school: 'De Linde',
    codebook: tinyCodebook,
    now,
    title: spec.title ?? 'Partners 2024',
    id: asMapId(spec.id ?? 'map-test'),
    egoId: asActorId('a-school'),
  });
  for (let i = 0; i < (spec.partners ?? 0); i++) {
    const id = asActorId(`a-p${i}`);
    map = addActor(makeActor({ label: `Partner ${i}`, type: 'primary-school' }, id))(map);
    map = addTie(
      makeTie(asActorId('a-school'), id, { motives: ['learning'], frequency: 'weekly' }),
    )(map);
  }
  return map;
}

/** A fresh in-memory IndexedDB per test, so tests never see each other's data. */
export async function freshDb(): Promise<{ factory: IDBFactory; db: PartnerMapDb }> {
  const factory = new IDBFactory();
  return { factory, db: await openPartnerMapDb(factory) };
}
