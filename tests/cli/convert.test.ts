// `partnermap convert IN OUT` in-process: every output format read back, CSV folders both
// ways, the report on stderr, and the refusals (wrong command: exit 2; bad file: exit 1).
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importCsvFiles, importFile } from '../../src/io';
import { SAMPLE_DIR } from '../../sample-maps/generate';
import { loadSampleMap } from '../fixtures/samples';
import { CLI_FIXTURES, runCli } from './run';

const SAMPLE = join(SAMPLE_DIR, 'primary-school.partnermap.json');
const map = loadSampleMap('primary-school');
const folder = () => mkdtempSync(join(tmpdir(), 'partnermap-convert-'));
const readBack = (path: string) => {
  const result = importFile(path, readFileSync(path));
  if (!result.ok) throw new Error(result.error.code);
  return result.map;
};

describe('partnermap convert', () => {
  it.each(['map.json', 'map.graphml'])('writes %s that reads back as the same map', async (out) => {
    const path = join(folder(), out);
    const run = await runCli('convert', SAMPLE, path);
    expect(run).toMatchObject({ code: 0, stdout: '' });
    expect(run.stderr).toBe(
      `partnermap: read ${SAMPLE}: 27 actors, 34 ties\npartnermap: wrote ${path}\n`,
    );
    expect(readBack(path)).toEqual(map);
  });

  it.each([
    ['map.gexf', []],
    ['map.gexf', ['--gexf-version', '1.3']],
    ['map.zip', ['--delimiter', ';']],
  ])('writes %s %j with every actor and tie', async (out, options) => {
    const path = join(folder(), out);
    expect((await runCli('convert', SAMPLE, path, ...options)).code).toBe(0);
    const back = readBack(path);
    expect(back.actors).toEqual(map.actors);
    expect(back.ties).toEqual(map.ties);
    if (options[1] === '1.3') expect(readFileSync(path, 'utf8')).toContain('http://gexf.net/1.3');
  });

  it('writes a CSV folder and reads one back', async () => {
    const out = join(folder(), 'csv');
    const run = await runCli('convert', SAMPLE, out, '--delimiter', ';');
    expect(run.code).toBe(0);
    expect(run.stderr).toContain(`wrote ${join(out, 'actors.csv')} and ${join(out, 'ties.csv')}`);
    const files = {
      actors: readFileSync(join(out, 'actors.csv')),
      ties: readFileSync(join(out, 'ties.csv')),
    };
    expect(files.ties.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(files.ties.toString('utf8')).toMatch(/^\uFEFFsource;target;id;/);
    const back = importCsvFiles(files);
    expect(back.ok && back.map.ties).toEqual(map.ties);

    const json = join(folder(), 'again.json');
    expect((await runCli('convert', out, json)).code).toBe(0);
    expect(readBack(json).actors).toEqual(map.actors);
  });

  it('reads a CSV edge list and prints the import report', async () => {
    const path = join(folder(), 'edges.json');
    const run = await runCli('convert', `${CLI_FIXTURES}edges.csv`, path);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe(
      `partnermap: read ${CLI_FIXTURES}edges.csv: 9 actors, 9 ties\n` +
        'partnermap: note: 9 actors were created from the ends of the ties.\n' +
        `partnermap: wrote ${path}\n`,
    );
    expect(readBack(path).ties[0]!.notes).toBe('first, and most important\nweight: 5');
  });

  it('keeps an existing file unless --force', async () => {
    const path = join(folder(), 'map.graphml');
    writeFileSync(path, 'old');
    const run = await runCli('convert', SAMPLE, path);
    expect(run).toMatchObject({
      code: 1,
      stderr: expect.stringContaining(`${path} exists; add --force`),
    });
    expect(readFileSync(path, 'utf8')).toBe('old');
    expect((await runCli('convert', SAMPLE, path, '--force')).code).toBe(0);
    expect(readBack(path)).toEqual(map);
  });

  it.each([
    [['convert', 'a.json'], /convert needs IN and OUT/],
    [['convert', 'a.json', 'b.json', 'c.json'], /one IN and one OUT \(also given: c.json\)/],
    [['convert', 'a.json', 'out.csv'], /CSV is written as a folder .* "out\/" \(or a .zip\)/],
    [['convert', 'a.json', 'out.pdf'], /cannot tell the format of "out.pdf"/],
    [['convert', 'a.json', 'out/', '--delimiter', '|'], /--delimiter must be "," or ";", not "\|"/],
    [
      ['convert', 'a.json', 'o.gexf', '--gexf-version', '2'],
      /--gexf-version must be 1.2draft or 1.3/,
    ],
    [['convert', 'a.json', 'o.gexf', '--weighted'], /--weighted is an option of analyze/],
    [['analyze', 'a.json', '--force'], /--force is an option of convert, not of analyze/],
  ])('%j is a usage error (exit 2)', async (args, message) => {
    const run = await runCli(...args);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
  });

  it.each([
    ['missing.json', 'partnermap: cannot read missing.json: no such file\n'],
    [
      'tests/fixtures/hostile/malformed.graphml',
      'partnermap: tests/fixtures/hostile/malformed.graphml: line 7: </graph> closes <node> (line 5)\n',
    ],
    [
      'tests/fixtures/hostile/billion-laughs.graphml',
      'partnermap: tests/fixtures/hostile/billion-laughs.graphml: line 2: files with a DOCTYPE declaration are refused (they can hide entity attacks)\n',
    ],
  ])('%s is a bad input (exit 1), one line, nothing written', async (input, message) => {
    const out = join(folder(), 'out.json');
    const run = await runCli('convert', input, out);
    expect(run).toMatchObject({ code: 1, stdout: '', stderr: message });
  });
});
