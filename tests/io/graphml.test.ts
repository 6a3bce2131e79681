// GraphML to an edge list: keys, labels, weights, direction, and what is refused.
import { describe, expect, it } from 'vitest';
import { readGraphml } from '../../src/io/readers';
import { bytes, fixture } from './helpers';

const graphml = (body: string, keys = '') =>
  bytes(`<graphml xmlns="http://graphml.graphdrawing.org/xmlns">${keys}${body}</graphml>`);

describe('readGraphml', () => {
  it('reads the fixture: ids, labels (entities, CDATA, none), weights with default, direction', () => {
    expect(readGraphml(fixture('network.graphml'))).toEqual({
      ok: true,
      notes: [],
      graph: {
        nodes: [
          { id: 'school', label: 'Basisschool De Regenboog' },
          { id: 'clb', label: 'CLB Gent' },
          { id: 'bib', label: 'Bibliotheek' },
          { id: 'gemeente', label: 'Stad & Welzijn' },
          { id: 'caw', label: 'CAW Oost-Vlaanderen' },
          { id: 'ocmw', label: 'OCMW' },
          { id: 'hogeschool', label: 'Arteveldehogeschool' },
          { id: 'lerarenopleiding' },
          { id: 'solo', label: "Café 't Hoekske" },
        ],
        edges: [
          { id: 'e0', source: 'school', target: 'clb', weight: 5, directed: false },
          { id: 'e1', source: 'school', target: 'bib', weight: 3, directed: true },
          { id: 'e2', source: 'school', target: 'gemeente', weight: 2, directed: false },
          { id: 'e3', source: 'clb', target: 'caw', weight: 4, directed: false },
          { id: 'e4', source: 'caw', target: 'ocmw', weight: 1, directed: false },
          { id: 'e5', source: 'gemeente', target: 'ocmw', weight: 2, directed: false },
          { id: 'e6', source: 'school', target: 'hogeschool', weight: 3, directed: false },
          {
            id: 'e7',
            source: 'hogeschool',
            target: 'lerarenopleiding',
            weight: 1,
            directed: false,
          },
        ],
      },
    });
  });

  it('takes a "name" key when there is no "label" key, and edgedefault="directed"', () => {
    const result = readGraphml(
      graphml(
        '<graph edgedefault="directed"><node id="1"><data key="n">One</data></node><node id="2"/>' +
          '<edge source="1" target="2"/><edge source="2" target="1" directed="false"/></graph>',
        '<key id="n" for="node" attr.name="name"/>',
      ),
    );
    expect(result).toEqual({
      ok: true,
      notes: [],
      graph: {
        nodes: [{ id: '1', label: 'One' }, { id: '2' }],
        edges: [
          { id: 'edge 1', source: '1', target: '2', weight: null, directed: true },
          { id: 'edge 2', source: '2', target: '1', weight: null, directed: false },
        ],
      },
    });
  });

  it.each([
    [
      '<graphml/>'.replace('graphml', 'gexf'),
      'line 1: this is not GraphML: the root element is <gexf>, not <graphml>',
    ],
    ['<graphml></graphml>', 'line 1: the file has no <graph>'],
    ['<graphml><graph><node/></graph></graphml>', 'line 1: <node> has no id'],
    [
      '<graphml><graph><node id="a"/><node id="a"/></graph></graphml>',
      'line 1: the node id "a" is used twice',
    ],
    [
      '<graphml><graph>\n<edge source="a" target="a"/></graph></graphml>',
      'line 2: edge "edge 1" ties "a" to itself; a tie needs two different actors',
    ],
    ['<graphml><graph><hyperedge/></graph></graphml>', 'line 1: hyperedges are not supported'],
    [
      '<graphml><graph><node id="a"><graph/></node></graph></graphml>',
      'line 1: node "a" holds a nested graph, which is not supported',
    ],
    [
      '<graphml><graph edgedefault="both"/></graphml>',
      'line 1: edgedefault must be "directed" or "undirected", not "both"',
    ],
    [
      '<graphml><graph><edge source="a" target="b" directed="yes"/></graph></graphml>',
      'line 1: directed must be "true" or "false", not "yes"',
    ],
    [
      '<graphml><key id="w" for="edge" attr.name="Weight"/><graph><edge id="x" source="a" target="b"><data key="w">-2</data></edge></graph></graphml>',
      'line 1: the weight "-2" of edge "x" must be a positive number',
    ],
    [
      '<graphml><graph><edge source="a" target="b" sourceport="p"/></graph></graphml>',
      'line 1: edge "edge 1" uses ports, which are not supported',
    ],
  ])('refuses %s', (text, error) => {
    expect(readGraphml(bytes(text))).toEqual({ ok: false, error });
  });

  it('refuses a DOCTYPE (entity expansion) before parsing anything', () => {
    expect(readGraphml(fixture('doctype.graphml'))).toEqual({
      ok: false,
      error: 'line 2: files with a DOCTYPE declaration are refused',
    });
  });

  it('reports malformed XML with its line', () => {
    expect(readGraphml(bytes('<graphml>\n<graph>\n</graphml>'))).toEqual({
      ok: false,
      error: 'line 3: </graphml> closes <graph> (line 2)',
    });
  });
});
