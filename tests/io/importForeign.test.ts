// Files written by other tools (tests/fixtures/foreign/: networkx and igraph files made by
// make_foreign.py, yEd- and Gephi-shaped files written by hand) import with their labels;
// attributes PartnerMap does not know go to the notes, drawing attributes are reported.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { importFile, type ImportResult } from '../../src/io';

const FOREIGN = fileURLToPath(new URL('../fixtures/foreign/', import.meta.url));

function load(name: string): Extract<ImportResult, { ok: true }> {
  const result = importFile(name, readFileSync(FOREIGN + name), {
    now: '2030-01-01T00:00:00.000Z',
  });
  if (!result.ok) throw new Error(`${result.error.code} ${JSON.stringify(result.error.params)}`);
  return result;
}

describe.each(['networkx.graphml', 'networkx.gexf'])('%s', (name) => {
  const { map, report } = load(name);

  it('imports every node with its label and type, and every edge', () => {
    expect(report).toMatchObject({ actors: 4, ties: 3 });
    expect(map.title).toBe('networkx');
    expect(map.actors.map((a) => [a.id, a.label, a.type])).toEqual([
      ['ugent', 'Universiteit Gent', 'universiteit'],
      ['clb', 'CLB Gent', 'clb'],
      ['school', 'Basisschool De Linde', null],
      ['city', 'Stad Gent', 'overheid'],
    ]);
    expect(map.ties.map((t) => [t.source, t.target, t.frequency, t.motives])).toEqual([
      ['ugent', 'school', 'monthly', ['teacher-as-researcher']],
      ['clb', 'school', 'weekly', []],
      ['school', 'city', null, []],
    ]);
  });

  it('keeps unknown attributes in the notes and reports the drawing attribute', () => {
    expect(map.actors[0]!.notes).toBe('sector: hoger onderwijs');
    expect(map.ties[0]!.notes).toBe('weight: 2.5');
    expect(map.ties[2]!.notes).toBe('since: 2019');
    expect(report.entries).toEqual(
      expect.arrayContaining([
        { code: 'attribute-ignored', params: { name: 'color' } },
        { code: 'attribute-to-notes', params: { name: 'sector', count: 1 } },
        {
          code: 'value-added',
          params: { field: 'type', value: 'Overheid', id: 'overheid', count: 1 },
        },
        {
          code: 'value-mapped',
          params: { field: 'frequency', value: 'Wekelijks of vaker', id: 'weekly', count: 1 },
        },
      ]),
    );
    expect(map.codebook.actorTypes.at(-1)).toMatchObject({ id: 'overheid', group: 'imported' });
  });
});

describe('other tools', () => {
  it('networkx, directed: every tie directed', () => {
    const { map } = load('networkx-directed.graphml');
    expect(map.ties.map((t) => [t.source, t.target, t.directed])).toEqual([
      ['a', 'b', true],
      ['b', 'c', true],
    ]);
  });

  it('igraph: labels from "name", weights kept in the notes', () => {
    const { map, report } = load('igraph-karate.graphml');
    expect(report).toMatchObject({ actors: 34, ties: 78 });
    expect(map.actors[5]).toMatchObject({ id: 'n5', label: 'member 5', notes: 'club: Mr Hi' });
    expect(map.ties[1]!.notes).toBe('weight: 2');
  });

  it("yEd: labels from <y:NodeLabel>, positions from the node's middle, descriptions as notes", () => {
    const { map } = load('yed.graphml');
    expect(map.actors.map((a) => a.label)).toEqual(['Zorgteam', 'Universiteit Gent', 'CLB']);
    expect(map.actors[0]!.notes).toBe('Meets every week & more');
    expect(map.actors[1]!.notes).toBe('url: https://www.ugent.be');
    expect(map.positions).toEqual({
      n0: { x: 0, y: 0 },
      n1: { x: 200, y: 100 },
      n2: { x: 15, y: 215 },
    });
    expect(map.ties[0]).toMatchObject({ id: 'e0', directed: true, notes: 'Started in 2020' });
  });

  it('Gephi GEXF 1.3: title, mapped types, positions, per-edge type and defaults', () => {
    const { map, report } = load('gephi.gexf');
    expect(map.title).toBe('Netwerk De Linde');
    expect(map.actors.map((a) => a.type)).toEqual([null, 'university', 'lokale-overheid']);
    expect(map.positions['1']).toEqual({ x: -120.25, y: 64.5 });
    expect(map.ties.map((t) => [t.directed, t.frequency, t.notes])).toEqual([
      [false, 'monthly', ''],
      [true, 'yearly', 'weight: 3.0'],
      [false, 'yearly', 'label: projectpartner'],
    ]);
    expect(report.entries.filter((e) => e.code === 'attribute-to-notes')).toEqual([
      { code: 'attribute-to-notes', params: { name: 'label', count: 1 } },
      { code: 'attribute-to-notes', params: { name: 'Modularity Class', count: 3 } },
    ]);
  });
});
