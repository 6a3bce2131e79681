/**
 * GEXF (1.1draft, 1.2draft, 1.3) → map: node ids and labels, attributes by their title
 * (defaults applied), <viz:position> as the actor's position, edge direction from the edge's
 * `type`, a `directed` attribute (PartnerMap's own files), or the graph's defaultedgetype
 * ("mutual" counts as undirected). Edge weights other than GEXF's default 1 are kept. The
 * title comes from <meta><title> or <description>. Nested nodes (GEXF hierarchies) are refused.
 */
import type { XmlElement } from '../readers/xml';
import { ReportCollector } from '../report';
import type { ImportOptions, ImportResult } from '../types';
import { assemble } from './assemble';
import { rawRecord, type RawGraph, type RawRecord } from './raw';
import { childrenNamed, readXml, required, XmlImportError } from './xmlInput';

interface Attribute {
  readonly title: string;
  readonly default: string | null;
}

type AttributeTable = ReadonlyMap<string, Attribute>;

export function importGexf(bytes: Uint8Array, options: ImportOptions = {}): ImportResult {
  const xml = readXml(bytes);
  if (!xml.ok) return xml;
  const report = new ReportCollector();
  if (xml.encoding !== 'utf-8') report.add('encoding-fallback', { encoding: xml.encoding });
  try {
    return assemble(readGraph(xml.root), report, options);
  } catch (error) {
    if (error instanceof XmlImportError) return { ok: false, error: error.error };
    throw error;
  }
}

function readGraph(root: XmlElement): RawGraph {
  if (root.local !== 'gexf') {
    throw new XmlImportError({
      code: 'wrong-root',
      params: { expected: 'GEXF', found: root.name, line: root.line },
    });
  }
  const graph = childrenNamed(root, 'graph')[0];
  if (!graph) {
    throw new XmlImportError({ code: 'no-graph', params: { element: root.name, line: root.line } });
  }
  const meta = new Map<string, string>();
  const metaElement = childrenNamed(root, 'meta')[0];
  const title =
    (metaElement && childrenNamed(metaElement, 'title')[0]?.text.trim()) ||
    (metaElement && childrenNamed(metaElement, 'description')[0]?.text.trim());
  if (title) meta.set('title', title);

  const tables = { node: new Map<string, Attribute>(), edge: new Map<string, Attribute>() };
  for (const block of childrenNamed(graph, 'attributes')) {
    const table = block.attributes.get('class') === 'edge' ? tables.edge : tables.node;
    for (const a of childrenNamed(block, 'attribute')) {
      const id = required(a, 'id');
      const fallback = childrenNamed(a, 'default')[0];
      table.set(id, { title: a.attributes.get('title') ?? id, default: fallback?.text ?? null });
    }
  }
  const actors: RawRecord[] = [];
  for (const nodes of childrenNamed(graph, 'nodes')) {
    for (const node of childrenNamed(nodes, 'node')) actors.push(readNode(node, tables.node));
  }
  const ties: RawRecord[] = [];
  for (const edges of childrenNamed(graph, 'edges')) {
    for (const edge of childrenNamed(edges, 'edge')) ties.push(readEdge(edge, tables.edge));
  }
  return {
    format: 'gexf',
    meta,
    actors,
    ties,
    directedByDefault: graph.attributes.get('defaultedgetype') === 'directed',
    decimalComma: false,
  };
}

function readNode(node: XmlElement, attributes: AttributeTable): RawRecord {
  if (childrenNamed(node, 'nodes').length > 0) {
    throw new XmlImportError({
      code: 'unsupported',
      params: { feature: 'nested nodes', line: node.line },
    });
  }
  const values = readValues(node, attributes);
  values.set('id', required(node, 'id'));
  const label = node.attributes.get('label');
  if (label !== undefined) values.set('label', label);
  const position = childrenNamed(node, 'position')[0];
  for (const axis of ['x', 'y'] as const) {
    const value = position?.attributes.get(axis);
    if (value !== undefined) values.set(axis, value);
  }
  return rawRecord(node.line, values);
}

function readEdge(edge: XmlElement, attributes: AttributeTable): RawRecord {
  const values = readValues(edge, attributes);
  values.set('source', required(edge, 'source', true));
  values.set('target', required(edge, 'target', true));
  const id = edge.attributes.get('id');
  if (id !== undefined) values.set('id', id);
  const type = edge.attributes.get('type');
  if (type !== undefined) values.set('directed', String(type === 'directed'));
  const weight = edge.attributes.get('weight');
  if (weight !== undefined && Number(weight) !== 1) values.set('weight', weight);
  const label = edge.attributes.get('label');
  if (label !== undefined && label !== '') values.set('label', label);
  return rawRecord(edge.line, values);
}

/** <attvalues> by attribute title, with the attributes' defaults for the missing ones. */
function readValues(element: XmlElement, attributes: AttributeTable): Map<string, string> {
  const values = new Map<string, string>();
  for (const block of childrenNamed(element, 'attvalues')) {
    for (const v of childrenNamed(block, 'attvalue')) {
      const key = v.attributes.get('for') ?? v.attributes.get('id') ?? '';
      const title = attributes.get(key)?.title ?? key;
      values.set(title, v.attributes.get('value') ?? '');
    }
  }
  for (const a of attributes.values()) {
    if (a.default !== null && !values.has(a.title)) values.set(a.title, a.default);
  }
  return values;
}
