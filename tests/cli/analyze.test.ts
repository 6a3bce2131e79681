// `partnermap analyze` in-process: the three input formats, both output formats, and that its
// figures are analyzeMap's / analyzeEdgeList's.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeEdgeList, analyzeMap, type MapAnalysis } from '../../src/analysis';
import { rankActors } from '../../src/analysis/insights/coreActors';
import { ACTOR_COLUMNS, type Report } from '../../src/cli/report';
import { parseCsv, readGraphml } from '../../src/io/readers';
import { SAMPLE_DIR } from '../../sample-maps/generate';
import { analysisOf, loadSample, SAMPLE_FILES } from '../workers/helpers';
import { fixture } from '../io/helpers';
import { CLI_FIXTURES, runCli } from './run';

async function report(...args: string[]): Promise<Report> {
  const run = await runCli('analyze', ...args);
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  return JSON.parse(run.stdout) as Report;
}

function expectFigures(out: Report, analysis: MapAnalysis) {
  expect(out.actors.map((a) => a.id)).toEqual(analysis.actorIds);
  for (const actor of out.actors) {
    const m = analysis.actors[actor.id]!;
    expect(actor.degree).toBe(m.degree);
    expect(actor.betweenness).toBe(m.betweenness);
    expect(actor.closeness).toBe(m.closeness);
    expect(actor.constraint).toBe(m.constraint);
  }
  expect(out.map.actors).toBe(analysis.map.actors);
  expect(out.map.ties).toBe(analysis.map.ties);
  expect(out.map.density).toBe(analysis.map.density);
}

describe.each(SAMPLE_FILES)('partnermap analyze %s', (file) => {
  const map = loadSample(file);
  const path = join(SAMPLE_DIR, file);

  it.each([false, true])('prints one JSON object equal to analyzeMap (weighted: %s)', async (w) => {
    const analysis = analysisOf(analyzeMap(map, { weighted: w }));
    const out = await report(path, ...(w ? ['--weighted'] : []));
    expect(out.weighted).toBe(w);
    expectFigures(out, analysis);
    const core = rankActors(map, analysis)
      .filter((a) => a.core)
      .map((a) => a.id);
    expect(core.length).toBeGreaterThan(0);
    expect(out.map.coreActors).toEqual(core);
    expect(
      out.actors
        .filter((a) => a.core)
        .map((a) => a.id)
        .sort(),
    ).toEqual([...core].sort());
    // Maps add motive profiles and layers.
    expect(out.actors[0]!.layers?.task).toEqual(analysis.actors[map.actors[0]!.id]!.layers!.task);
    expect(Object.keys(out.actors[0]!).slice(0, ACTOR_COLUMNS.length)).toEqual([...ACTOR_COLUMNS]);
  });

  it('prints one CSV row per actor with the same figures', async () => {
    const run = await runCli('analyze', path, '--format', 'csv');
    expect(run.code).toBe(0);
    expect(run.stdout.endsWith('\r\n')).toBe(true);
    const parsed = parseCsv(run.stdout, ',');
    if (!parsed.ok) throw new Error(parsed.error);
    const [header, ...rows] = parsed.records.map((r) => r.fields);
    expect(header).toEqual([...ACTOR_COLUMNS]);
    const analysis = analysisOf(analyzeMap(map));
    expect(rows.map((r) => r[0])).toEqual(analysis.actorIds);
    for (const row of rows) {
      const m = analysis.actors[row[0]!]!;
      const cell = (c: string) => row[ACTOR_COLUMNS.indexOf(c as never)]!;
      expect(Number(cell('degree'))).toBe(m.degree);
      expect(Number(cell('betweenness'))).toBe(m.betweenness);
      expect(cell('constraint')).toBe(m.constraint === null ? '' : String(m.constraint));
      expect(cell('cutPoint')).toBe(String(m.cutPoint));
    }
  });
});

describe('partnermap analyze on GraphML and CSV', () => {
  const read = readGraphml(fixture('network.graphml'));
  if (!read.ok) throw new Error(read.error);

  it('GraphML: node ids, labels, weights and directed edges', async () => {
    const out = await report(`${CLI_FIXTURES}network.graphml`, '--weighted');
    expectFigures(out, analysisOf(analyzeEdgeList(read.graph, { weighted: true })));
    const byId = new Map(out.actors.map((a) => [a.id, a]));
    expect(byId.get('gemeente')?.label).toBe('Stad & Welzijn');
    expect(byId.get('lerarenopleiding')?.label).toBe('lerarenopleiding');
    expect(byId.get('school')).toMatchObject({ outDegree: 1, weightedDegree: 13, degree: 4 });
    expect(byId.get('bib')).toMatchObject({ inDegree: 1 });
    expect(byId.get('solo')).toMatchObject({ isolate: true, core: false });
    expect(out.map).toMatchObject({ actors: 9, ties: 8, directedTies: 1, isolates: ['solo'] });
    expect(out.map.components).toHaveLength(2);
    expect(out.actors[0]!.layers).toBeUndefined();
  });

  it('CSV: the same network gives the same figures whatever the delimiter and encoding', async () => {
    const comma = await runCli('analyze', `${CLI_FIXTURES}edges.csv`);
    expect(comma.stderr).toBe('partnermap: note: Ignored columns: note.\n');
    const out = JSON.parse(comma.stdout) as Report;
    // edges.csv adds solo–school; labels are the ids.
    expect(out.actors.map((a) => a.id)).toEqual([
      'school',
      'clb',
      'bib',
      'gemeente',
      'caw',
      'ocmw',
      'hogeschool',
      'lerarenopleiding',
      'solo',
    ]);
    expect(out.actors.find((a) => a.id === 'school')).toMatchObject({ degree: 5, label: 'school' });
    expect(out.map.addedNodes).toHaveLength(9);

    const semicolon = await report(`${CLI_FIXTURES}edges-semicolon.csv`);
    expect(semicolon.actors.find((a) => a.id === 'school')?.weightedDegree).toBe(5 + 2.5 + 2 + 2.5);

    const legacy = await runCli(
      'analyze',
      `${CLI_FIXTURES}edges-windows-1252.csv`,
      '--format',
      'csv',
    );
    expect(legacy.code).toBe(0);
    expect(legacy.stderr).toMatch(/Windows-1252/);
    expect(legacy.stdout).toContain('\r\nCafé Sint-Jozef,Café Sint-Jozef,2,');
    expect(legacy.stdout).toContain('\r\nPaul Coëmans,Paul Coëmans,3,');
  });

  it('defuses spreadsheet formulas in the CSV output, and quotes as RFC 4180 says', async () => {
    const run = await runCli('analyze', `${CLI_FIXTURES}formulas.csv`, '--format', 'csv');
    expect(run.code).toBe(0);
    const lines = run.stdout.split('\r\n');
    expect(lines[1]).toMatch(/^"'=HYPERLINK\(""http:\/\/x""\)","'=HYPERLINK\(""http:\/\/x""\)",1,/);
    expect(lines[2]).toMatch(/^'\+32 9 123 45 67,'\+32 9 123 45 67,1,/);
    expect(lines[3]).toMatch(/^'@school,'@school,1,/);
    expect(lines[4]).toMatch(/^'-leaf,'-leaf,1,/);
    // The JSON output keeps the ids as they are.
    const json = await report(`${CLI_FIXTURES}formulas.csv`);
    expect(json.actors[0]!.id).toBe('=HYPERLINK("http://x")');
  });
});
