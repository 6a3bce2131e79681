// Real readers: networkx and igraph (Debian's python3-networkx and python3-igraph, through
// /usr/bin/python3) read the GraphML and GEXF exports of both sample maps, and check_exports.py
// compares what they see with the maps. Then networkx and igraph write the graphs again and
// PartnerMap reads their files back. Without those packages the test is skipped, except in CI
// (CI=true), where it fails: .ci/run installs them.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { exportMap, importFile } from '../../src/io';
import { pairKey, type PartnerMapDoc } from '../../src/model';
import { loadSampleMap, type SampleName } from '../fixtures/samples';

const PYTHON = '/usr/bin/python3';
const SCRIPT = fileURLToPath(new URL('./check_exports.py', import.meta.url));
const SAMPLES: readonly SampleName[] = ['primary-school', 'secondary-school'];

const hasReaders =
  spawnSync(PYTHON, ['-c', 'import networkx, igraph'], { stdio: 'ignore' }).status === 0;
const inCi = process.env.CI === 'true';
const MISSING =
  `${PYTHON} cannot import networkx and igraph ` +
  '(apt-get install python3-networkx python3-igraph)';
if (!hasReaders && !inCi) console.warn(`tests/interop skipped: ${MISSING}`);

/** What the readers should see, taken from the map itself (not from the writers). */
function expected(map: PartnerMapDoc) {
  return {
    actors: map.actors.map((a) => ({ id: a.id, label: a.label, kind: a.kind, type: a.type })),
    ties: map.ties.map((t) => ({
      id: t.id,
      source: t.source,
      target: t.target,
      motives: t.motives,
      frequency: t.frequency,
      directed: t.directed,
    })),
  };
}

describe.skipIf(!hasReaders && !inCi)('exports read by networkx and igraph', () => {
  it('count every actor and tie and see their labels, types, motives and frequency', () => {
    expect(hasReaders, MISSING).toBe(true);
    const folder = mkdtempSync(join(tmpdir(), 'partnermap-interop-'));
    for (const name of SAMPLES) {
      const map = loadSampleMap(name);
      const write = (suffix: string, bytes: Uint8Array | string) =>
        writeFileSync(join(folder, name + suffix), bytes);
      write('.graphml', exportMap(map, 'graphml').bytes);
      write('.gexf', exportMap(map, 'gexf', { gexfVersion: '1.2draft' }).bytes);
      write('.1.3.gexf', exportMap(map, 'gexf', { gexfVersion: '1.3' }).bytes);
      write('.expected.json', JSON.stringify(expected(map)));
    }
    const run = spawnSync(PYTHON, [SCRIPT, folder, ...SAMPLES], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const summary = JSON.parse(run.stdout) as { checked: string[]; skipped: string[] };
    expect(
      summary.checked.filter((c) => /read_graphml|Read_GraphML|1\.2draft/.test(c)),
    ).toHaveLength(6);
    if (summary.skipped.length > 0) console.warn(`tests/interop: ${summary.skipped.join('; ')}`);

    // PartnerMap reads what networkx and igraph wrote from its exports.
    for (const name of SAMPLES) {
      const map = loadSampleMap(name);
      for (const suffix of ['.nx.graphml', '.nx.gexf', '.ig.graphml']) {
        const file = name + suffix;
        const result = importFile(file, readFileSync(join(folder, file)));
        if (!result.ok) throw new Error(`${file}: ${result.error.code}`);
        expect(result.map.actors.map((a) => a.label)).toEqual(map.actors.map((a) => a.label));
        expect(result.map.actors.map((a) => a.type)).toEqual(map.actors.map((a) => a.type));
        // networkx and igraph write edges in their own order, and may swap the ends.
        const byPair = (m: PartnerMapDoc) =>
          new Map(m.ties.map((t) => [pairKey(t.source, t.target), [t.motives, t.frequency]]));
        expect(byPair(result.map)).toEqual(byPair(map));
      }
    }
  }, 60_000);

  it('the script fails on a mismatch (it is not a test that cannot fail)', () => {
    expect(hasReaders, MISSING).toBe(true);
    const folder = mkdtempSync(join(tmpdir(), 'partnermap-interop-'));
    const map = loadSampleMap('primary-school');
    writeFileSync(join(folder, 'm.graphml'), exportMap(map, 'graphml').bytes);
    writeFileSync(join(folder, 'm.gexf'), exportMap(map, 'gexf').bytes);
    writeFileSync(join(folder, 'm.1.3.gexf'), exportMap(map, 'gexf', { gexfVersion: '1.3' }).bytes);
    const wrong = expected(map);
    wrong.actors[1] = { ...wrong.actors[1]!, label: 'Not the label' };
    writeFileSync(join(folder, 'm.expected.json'), JSON.stringify(wrong));
    expect(() => execFileSync(PYTHON, [SCRIPT, folder, 'm'], { stdio: 'pipe' })).toThrow(
      /label is 'Zorgteam', expected 'Not the label'/,
    );
  }, 60_000);
});
