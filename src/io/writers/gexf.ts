/**
 * GEXF export (https://gexf.net): every actor and tie field as a typed <attribute> titled like
 * the native field, positions as <viz:position>, the frequency level as the edge weight, the
 * title as the description. GEXF has no graph-level attributes, so the session and the map's
 * own codebook are not carried (use the PartnerMap file or GraphML for those). No colours.
 *
 * Version: "1.2draft" by default. networkx reads only 1.1draft and 1.2draft up to 3.5 (GEXF
 * 1.3 came in networkx PR #8196, 2025), so a 1.3 file fails in Debian's networkx ("No <graph>
 * element"); Gephi reads both. "1.3" is an option. Direction as in GraphML (see graphml.ts):
 * networkx refuses edges whose type differs from defaultedgetype, so each edge carries a
 * boolean attribute `directed` and defaultedgetype is "directed" only when all ties are.
 */
import type { PartnerMapDoc } from '../../model/types';
import type { ExportFile } from '../types';
import { baseFileName, textFile } from './files';
import {
  ACTOR_COLUMNS,
  actorRow,
  isEmpty,
  labelsById,
  tieColumns,
  tieRow,
  type Column,
  type Row,
} from './records';
import { XmlWriter } from './xmlWriter';

export type GexfVersion = '1.2draft' | '1.3';

export const GEXF_NAMESPACES: Readonly<
  Record<GexfVersion, { readonly ns: string; readonly viz: string; readonly version: string }>
> = {
  '1.2draft': {
    ns: 'http://www.gexf.net/1.2draft',
    viz: 'http://www.gexf.net/1.2draft/viz',
    version: '1.2',
  },
  '1.3': { ns: 'http://gexf.net/1.3', viz: 'http://gexf.net/1.3/viz', version: '1.3' },
};

export interface GexfExportOptions {
  readonly version?: GexfVersion;
}

const NODE_NATIVE = new Set(['id', 'label', 'x', 'y']);
const EDGE_NATIVE = new Set(['source', 'target', 'id', 'weight']);

interface Attribute {
  readonly id: string;
  readonly column: Column;
}

function declare(columns: readonly Column[], native: ReadonlySet<string>): Attribute[] {
  return columns.filter((c) => !native.has(c.name)).map((column, i) => ({ id: String(i), column }));
}

function writeAttributes(w: XmlWriter, attributes: readonly Attribute[], klass: string) {
  w.start('attributes', { class: klass, mode: 'static' });
  for (const a of attributes) {
    w.leaf('attribute', { id: a.id, title: a.column.name, type: a.column.type });
  }
  w.end();
}

function writeValues(w: XmlWriter, attributes: readonly Attribute[], row: Row) {
  const present = attributes.filter(
    (a) => !isEmpty(row[a.column.name]) || a.column.name === 'directed',
  );
  if (present.length === 0) return;
  w.start('attvalues');
  for (const a of present) w.leaf('attvalue', { for: a.id, value: String(row[a.column.name]) });
  w.end();
}

export function gexfText(map: PartnerMapDoc, options: GexfExportOptions = {}): string {
  const names = GEXF_NAMESPACES[options.version ?? '1.2draft'];
  const nodeAttributes = declare(ACTOR_COLUMNS, NODE_NATIVE);
  const edgeAttributes = declare(tieColumns(map, { motiveFlags: false }), EDGE_NATIVE);
  const w = new XmlWriter();
  w.start('gexf', {
    xmlns: names.ns,
    'xmlns:viz': names.viz,
    version: names.version,
  });
  const date = /^\d{4}-\d{2}-\d{2}/.exec(map.updatedAt)?.[0];
  w.start('meta', { lastmodifieddate: date });
  w.leaf('creator', {}, 'PartnerMap');
  w.leaf('description', {}, map.title);
  w.end();
  const allDirected = map.ties.length > 0 && map.ties.every((t) => t.directed);
  w.start('graph', { mode: 'static', defaultedgetype: allDirected ? 'directed' : 'undirected' });
  writeAttributes(w, nodeAttributes, 'node');
  writeAttributes(w, edgeAttributes, 'edge');
  w.start('nodes');
  for (const actor of map.actors) {
    const row = actorRow(map, actor);
    w.start('node', { id: actor.id, label: actor.label });
    writeValues(w, nodeAttributes, row);
    if (row.x !== null && row.y !== null) {
      w.leaf('viz:position', { x: Number(row.x), y: Number(row.y), z: 0 });
    }
    w.end();
  }
  w.end();
  w.start('edges');
  const labels = labelsById(map);
  for (const tie of map.ties) {
    const row = tieRow(map, tie, labels);
    const weight = row.weight === null ? undefined : Number(row.weight);
    w.start('edge', { id: tie.id, source: tie.source, target: tie.target, weight });
    writeValues(w, edgeAttributes, row);
    w.end();
  }
  w.end().end().end();
  return w.toString();
}

export function exportGexf(map: PartnerMapDoc, options: GexfExportOptions = {}): ExportFile {
  return textFile(`${baseFileName(map)}.gexf`, 'application/gexf+xml', gexfText(map, options));
}
