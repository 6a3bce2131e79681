/**
 * GraphML export (http://graphml.graphdrawing.org/): every actor and tie field as a typed
 * <key> named like the native field, positions as x / y, the map's fields, session and
 * codebook as graph data (participants and codebook as JSON text), so that PartnerMap reads
 * its own file back whole.
 *
 * Direction: networkx refuses a file whose edges' `directed` attribute differs from the
 * graph's `edgedefault` ("directed=true edge found in undirected graph"), and igraph has no
 * mixed graphs. So edgedefault is "directed" only when every tie is directed, and each edge
 * carries its direction as a boolean data field `directed` (which PartnerMap reads back).
 */
import type { PartnerMapDoc } from '../../model/types';
import { FILE_FORMAT, type MapField } from '../fields';
import type { ExportFile } from '../types';
import { baseFileName, textFile } from './files';
import {
  ACTOR_COLUMNS,
  actorRow,
  isEmpty,
  labelsById,
  tieColumns,
  tieRow,
  type Cell,
  type Column,
  type Row,
} from './records';
import { XmlWriter } from './xmlWriter';

const GRAPHML_NS = 'http://graphml.graphdrawing.org/xmlns';
const SCHEMA_LOCATION = `${GRAPHML_NS} http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd`;

type Domain = 'graph' | 'node' | 'edge';
type KeyType = Column['type'] | 'int';

interface Key {
  readonly id: string;
  readonly domain: Domain;
  readonly name: string;
  readonly type: KeyType;
}

/** Map-level values, by graph field. */
function mapRow(map: PartnerMapDoc): Readonly<Record<MapField, Cell>> {
  const s = map.session;
  return {
    format: FILE_FORMAT,
    schemaVersion: map.schemaVersion,
    id: map.id,
    title: map.title,
    createdAt: map.createdAt,
    updatedAt: map.updatedAt,
    'session.school': s.school,
    'session.date': s.date,
    'session.facilitator': s.facilitator,
    'session.moment': s.moment,
    'session.notes': s.notes,
    'session.participants': s.participants.length > 0 ? JSON.stringify(s.participants) : null,
    codebook: JSON.stringify(map.codebook),
  };
}

/** Written even when empty: an empty label is not the same as no label (which means "the id"). */
const ALWAYS = new Set(['label', 'directed']);

export function graphmlText(map: PartnerMapDoc): string {
  const keys: Key[] = [];
  const declare = (domain: Domain, name: string, type: KeyType) => {
    keys.push({ id: `d${keys.length}`, domain, name, type });
  };
  const graphRow = mapRow(map);
  for (const name of Object.keys(graphRow)) {
    declare('graph', name, name === 'schemaVersion' ? 'int' : 'string');
  }
  for (const c of ACTOR_COLUMNS) if (c.name !== 'id') declare('node', c.name, c.type);
  for (const c of tieColumns(map, { motiveFlags: false })) {
    if (!['source', 'target', 'id'].includes(c.name)) declare('edge', c.name, c.type);
  }
  const keysOf = (domain: Domain) => keys.filter((k) => k.domain === domain);
  const writeData = (w: XmlWriter, domainKeys: readonly Key[], row: Row) => {
    for (const key of domainKeys) {
      const cell = row[key.name] ?? null;
      if (isEmpty(cell) && !ALWAYS.has(key.name)) continue;
      w.leaf('data', { key: key.id }, cell === null ? '' : String(cell));
    }
  };

  const w = new XmlWriter();
  w.start('graphml', {
    xmlns: GRAPHML_NS,
    'xmlns:xsi': 'http://www.w3.org/2001/XMLSchema-instance',
    'xsi:schemaLocation': SCHEMA_LOCATION,
  });
  for (const k of keys) {
    w.leaf('key', { id: k.id, for: k.domain, 'attr.name': k.name, 'attr.type': k.type });
  }
  const allDirected = map.ties.length > 0 && map.ties.every((t) => t.directed);
  w.start('graph', { id: 'G', edgedefault: allDirected ? 'directed' : 'undirected' });
  writeData(w, keysOf('graph'), graphRow);
  const nodeKeys = keysOf('node');
  for (const actor of map.actors) {
    w.start('node', { id: actor.id });
    writeData(w, nodeKeys, actorRow(map, actor));
    w.end();
  }
  const edgeKeys = keysOf('edge');
  const labels = labelsById(map);
  for (const tie of map.ties) {
    w.start('edge', { id: tie.id, source: tie.source, target: tie.target });
    writeData(w, edgeKeys, tieRow(map, tie, labels));
    w.end();
  }
  w.end().end();
  return w.toString();
}

export function exportGraphml(map: PartnerMapDoc): ExportFile {
  return textFile(`${baseFileName(map)}.graphml`, 'application/graphml+xml', graphmlText(map));
}
