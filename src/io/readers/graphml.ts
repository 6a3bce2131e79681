/**
 * GraphML (http://graphml.graphdrawing.org/) to an edge list: the first <graph>, its <node>s
 * with their ids and a label from a <data> whose <key> has attr.name "label" (or else "name"),
 * and its <edge>s with source, target, an optional weight from a key named "weight", and
 * direction from the edge's `directed` attribute or the graph's `edgedefault`. Key defaults
 * (<default>) apply. Nested graphs, hyperedges and ports are refused; other elements (yEd's
 * graphics, for example) are ignored. Files as written by networkx, igraph, Gephi and yEd.
 */
import type { EdgeListInput } from '../../analysis/graph';
import { decodeText } from './text';
import type { EdgeListRead } from './types';
import { parseXml, type XmlElement } from './xml';

type Edge = EdgeListInput['edges'][number];
type Node = NonNullable<EdgeListInput['nodes']>[number];

interface Key {
  readonly id: string;
  readonly name: string;
  readonly default: string | null;
}

class GraphmlError extends Error {}

export function readGraphml(bytes: Uint8Array): EdgeListRead {
  const { text, encoding } = decodeText(bytes);
  const xml = parseXml(text);
  if (!xml.ok) return xml;
  try {
    const notes =
      encoding === 'windows-1252' ? ['The file is not UTF-8; read it as Windows-1252.'] : [];
    return { ok: true, graph: readDocument(xml.root, notes), notes };
  } catch (error) {
    if (error instanceof GraphmlError) return { ok: false, error: error.message };
    throw error;
  }
}

function fail(element: XmlElement, message: string): never {
  throw new GraphmlError(`line ${element.line}: ${message}`);
}

function readDocument(root: XmlElement, notes: string[]): EdgeListInput {
  if (root.local !== 'graphml') {
    fail(root, `this is not GraphML: the root element is <${root.name}>, not <graphml>`);
  }
  const keys = root.children.filter((c) => c.local === 'key').map(readKey);
  const graphs = root.children.filter((c) => c.local === 'graph');
  const graph = graphs[0];
  if (!graph) fail(root, 'the file has no <graph>');
  if (graphs.length > 1) notes.push(`The file holds ${graphs.length} graphs; read the first.`);

  const keysFor = (domain: string, name: string) =>
    keys.filter((k) => (k.for === domain || k.for === 'all') && k.name === name);
  // The label: a key named "label", else one named "name" (networkx writes either).
  const labelKey = keysFor('node', 'label')[0] ?? keysFor('node', 'name')[0];
  const weightKey = keysFor('edge', 'weight')[0];

  const edgedefault = graph.attributes.get('edgedefault') ?? 'undirected';
  if (edgedefault !== 'directed' && edgedefault !== 'undirected') {
    fail(graph, `edgedefault must be "directed" or "undirected", not "${edgedefault}"`);
  }
  const nodes: Node[] = [];
  const edges: Edge[] = [];
  const seen = new Set<string>();
  for (const element of graph.children) {
    if (element.local === 'node') {
      const id = required(element, 'id');
      if (seen.has(id)) fail(element, `the node id "${id}" is used twice`);
      seen.add(id);
      if (element.children.some((c) => c.local === 'graph')) {
        fail(element, `node "${id}" holds a nested graph, which is not supported`);
      }
      const label = labelKey ? dataValue(element, labelKey) : null;
      nodes.push(label !== null && label !== '' ? { id, label } : { id });
    } else if (element.local === 'edge') {
      edges.push(readEdge(element, edges.length, edgedefault === 'directed', weightKey));
    } else if (element.local === 'hyperedge') {
      fail(element, 'hyperedges are not supported');
    }
  }
  return { nodes, edges };
}

function readKey(element: XmlElement): Key & { readonly for: string } {
  const defaults = element.children.filter((c) => c.local === 'default');
  return {
    id: required(element, 'id'),
    for: element.attributes.get('for') ?? 'all',
    name: (element.attributes.get('attr.name') ?? '').trim().toLowerCase(),
    default: defaults[0] ? defaults[0].text.trim() : null,
  };
}

function readEdge(
  element: XmlElement,
  index: number,
  directedByDefault: boolean,
  weightKey: Key | undefined,
): Edge {
  const id = element.attributes.get('id') ?? `edge ${index + 1}`;
  const source = required(element, 'source');
  const target = required(element, 'target');
  if (element.attributes.has('sourceport') || element.attributes.has('targetport')) {
    fail(element, `edge "${id}" uses ports, which are not supported`);
  }
  if (source === target) {
    fail(element, `edge "${id}" ties "${source}" to itself; a tie needs two different actors`);
  }
  const directedAttribute = element.attributes.get('directed');
  if (directedAttribute !== undefined && !['true', 'false'].includes(directedAttribute)) {
    fail(element, `directed must be "true" or "false", not "${directedAttribute}"`);
  }
  const directed =
    directedAttribute === undefined ? directedByDefault : directedAttribute === 'true';
  const raw = weightKey ? dataValue(element, weightKey) : null;
  let weight: number | null = null;
  if (raw !== null && raw !== '') {
    weight = Number(raw);
    if (!(weight > 0) || !Number.isFinite(weight) || !Number.isFinite(1 / weight)) {
      fail(element, `the weight "${raw}" of edge "${id}" must be a positive number`);
    }
  }
  return { id, source, target, weight, directed };
}

/** The text of the element's <data> for `key`, else the key's default, else null. */
function dataValue(element: XmlElement, key: Key): string | null {
  const data = element.children.find(
    (c) => c.local === 'data' && c.attributes.get('key') === key.id,
  );
  return data ? data.text.trim() : key.default;
}

function required(element: XmlElement, attribute: string): string {
  const value = element.attributes.get(attribute);
  if (value === undefined || value === '') {
    fail(element, `<${element.name}> has no ${attribute}`);
  }
  return value;
}
