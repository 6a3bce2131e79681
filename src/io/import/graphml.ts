/**
 * GraphML → map. Reads PartnerMap's own files whole (every field, the session and the
 * codebook from graph data) and files from networkx, igraph, Gephi and yEd: node ids, a label
 * from a key named label / name (or yEd's <y:NodeLabel>), edge direction from the edge's
 * `directed` attribute or data field, else the graph's edgedefault; yEd's node positions. Key
 * defaults apply. The first <graph> is read; nested graphs, hyperedges and ports are refused
 * with their line.
 */
import type { XmlElement } from '../readers/xml';
import { ReportCollector } from '../report';
import type { ImportOptions, ImportResult, Params } from '../types';
import { assemble } from './assemble';
import { rawRecord, type RawGraph, type RawRecord } from './raw';
import { childrenNamed, findDescendant, readXml, required, XmlImportError } from './xmlInput';

type Domain = 'graph' | 'node' | 'edge';

interface Key {
  readonly id: string;
  readonly domain: Domain | 'all';
  readonly name: string;
  readonly yfiles: string | null;
  readonly default: string | null;
}

export function importGraphml(bytes: Uint8Array, options: ImportOptions = {}): ImportResult {
  const xml = readXml(bytes);
  if (!xml.ok) return xml;
  const report = new ReportCollector();
  if (xml.encoding !== 'utf-8') report.add('encoding-fallback', { encoding: xml.encoding });
  try {
    return assemble(readGraph(xml.root, report), report, options);
  } catch (error) {
    if (error instanceof XmlImportError) return { ok: false, error: error.error };
    throw error;
  }
}

function fail(element: XmlElement, code: 'unsupported' | 'no-graph', feature: string): never {
  const params: Params =
    code === 'unsupported'
      ? { feature, line: element.line }
      : { element: element.name, line: element.line };
  throw new XmlImportError({ code, params });
}

function readGraph(root: XmlElement, report: ReportCollector): RawGraph {
  if (root.local !== 'graphml') {
    throw new XmlImportError({
      code: 'wrong-root',
      params: { expected: 'GraphML', found: root.name, line: root.line },
    });
  }
  const keys = new Map(childrenNamed(root, 'key').map((k) => [required(k, 'id'), readKey(k)]));
  const graphs = childrenNamed(root, 'graph');
  const graph = graphs[0];
  if (!graph) return fail(root, 'no-graph', '');
  if (graphs.length > 1) report.add('graphs-ignored', { count: graphs.length });
  const edgedefault = graph.attributes.get('edgedefault') ?? 'undirected';

  const meta = readData(graph, 'graph', keys).values;
  const actors: RawRecord[] = [];
  const ties: RawRecord[] = [];
  const renamed = new Map<string, string>();
  for (const element of graph.children) {
    if (element.local === 'node') {
      const id = required(element, 'id');
      if (element.children.some((c) => c.local === 'graph'))
        fail(element, 'unsupported', 'nested graphs');
      const { values, yed } = readData(element, 'node', keys);
      // igraph writes its own node ids (n0, n1, …) and a graph's earlier ids as data "id".
      const dataId = values.get('id')?.trim();
      if (dataId) renamed.set(id, dataId);
      else values.set('id', id);
      if (yed.label !== null && !values.has('label')) values.set('label', yed.label);
      if (yed.center && !values.has('x') && !values.has('y')) {
        values.set('x', yed.center.x);
        values.set('y', yed.center.y);
      }
      actors.push(rawRecord(element.line, values));
    } else if (element.local === 'edge') {
      if (element.attributes.has('sourceport') || element.attributes.has('targetport')) {
        fail(element, 'unsupported', 'ports');
      }
      const { values } = readData(element, 'edge', keys);
      values.set('source', required(element, 'source', true));
      values.set('target', required(element, 'target', true));
      const id = element.attributes.get('id');
      if (id !== undefined) values.set('id', id);
      const directed = element.attributes.get('directed');
      if (directed !== undefined) values.set('directed', directed);
      ties.push(rawRecord(element.line, values));
    } else if (element.local === 'hyperedge') {
      fail(element, 'unsupported', 'hyperedges');
    }
  }
  for (const tie of ties) {
    for (const end of ['source', 'target']) {
      const values = tie.values as Map<string, string>;
      const id = renamed.get(values.get(end)!);
      if (id !== undefined) values.set(end, id);
    }
  }
  return {
    format: 'graphml',
    meta,
    actors,
    ties,
    directedByDefault: edgedefault === 'directed',
    decimalComma: false,
  };
}

function readKey(element: XmlElement): Key {
  const id = required(element, 'id');
  const domain = element.attributes.get('for') ?? 'all';
  const fallback = childrenNamed(element, 'default')[0];
  return {
    id,
    domain: (['graph', 'node', 'edge'].includes(domain) ? domain : 'all') as Key['domain'],
    name: (element.attributes.get('attr.name') ?? id).trim(),
    yfiles: element.attributes.get('yfiles.type') ?? null,
    default: fallback ? fallback.text : null,
  };
}

/** The element's <data> by key name, key defaults filled in; yEd's node label apart. */
function readData(element: XmlElement, domain: Domain, keys: ReadonlyMap<string, Key>) {
  const values = new Map<string, string>();
  const yed: { label: string | null; center: { x: string; y: string } | null } = {
    label: null,
    center: null,
  };
  for (const data of childrenNamed(element, 'data')) {
    const keyId = data.attributes.get('key') ?? '';
    const key = keys.get(keyId);
    if (key?.yfiles) {
      if (key.yfiles === 'nodegraphics') {
        yed.label ??= findDescendant(data, 'NodeLabel')?.text.trim() ?? null;
        yed.center ??= centerOf(findDescendant(data, 'Geometry'));
      }
      continue;
    }
    values.set(key ? key.name : keyId, data.text);
  }
  for (const key of keys.values()) {
    const applies = key.domain === domain || key.domain === 'all';
    if (applies && key.default !== null && !key.yfiles && !values.has(key.name)) {
      values.set(key.name, key.default);
    }
  }
  return { values, yed };
}

/** The middle of yEd's <y:Geometry x y width height> (its x and y are the top left corner). */
function centerOf(geometry: XmlElement | null): { x: string; y: string } | null {
  if (!geometry) return null;
  const read = (name: string) => Number(geometry.attributes.get(name) ?? NaN);
  const x = read('x') + read('width') / 2;
  const y = read('y') + read('height') / 2;
  return Number.isFinite(x) && Number.isFinite(y) ? { x: String(x), y: String(y) } : null;
}
