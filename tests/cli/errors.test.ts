// What the command says when it is used wrongly (exit 2) or given a bad file (exit 1):
// one clear line on stderr, nothing on stdout, never a stack trace.
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSample } from '../workers/helpers';
import { CLI_FIXTURES, runCli, runCliWith } from './run';

const noStack = (text: string) => expect(text).not.toMatch(/\n\s+at /);

describe('partnermap usage errors (exit 2)', () => {
  it.each([
    [[], /no command given/],
    [['analyse', 'x.csv'], /unknown command "analyse"; the commands are analyze and convert/],
    [['analyze'], /analyze needs a FILE/],
    [['analyze', 'a.csv', 'b.csv'], /one FILE at a time \(also given: b.csv\)/],
    [['analyze', 'a.csv', '--format', 'xml'], /--format must be json or csv, not "xml"/],
    [['analyze', 'a.csv', '--format'], /--format/],
    [['analyze', 'a.csv', '--weigted'], /Unknown option '--weigted'/],
    [
      ['analyze', 'notes.txt'],
      /cannot tell the file type of "notes.txt": use .json, .graphml or .csv/,
    ],
  ])('%j', async (args, message) => {
    const run = await runCli(...args);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(message);
    expect(run.stderr).toMatch(/^partnermap: .*\nRun "partnermap --help" for usage.\n$/);
    noStack(run.stderr);
  });
});

describe('partnermap bad input (exit 1)', () => {
  it.each([
    ['missing.csv', 'partnermap: cannot read missing.csv: no such file\n'],
    [
      `${CLI_FIXTURES}bad-line.csv`,
      `partnermap: ${CLI_FIXTURES}bad-line.csv: line 4: the weight "often" must be a positive number\n`,
    ],
    [
      `${CLI_FIXTURES}doctype.graphml`,
      `partnermap: ${CLI_FIXTURES}doctype.graphml: line 2: files with a DOCTYPE declaration are refused\n`,
    ],
  ])('%s', async (file, message) => {
    const run = await runCli('analyze', file);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(message);
    noStack(run.stderr);
  });
});

describe('partnermap on an invalid map', () => {
  it('passes on the validation message of the model (exit 1)', async () => {
    const map = loadSample('primary-school.partnermap.json');
    const tie = map.ties[0]!;
    const looped = { ...map, ties: [{ ...tie, target: tie.source }, ...map.ties.slice(1)] };
    const file = new TextEncoder().encode(JSON.stringify({ format: 'partnermap', map: looped }));
    const run = await runCliWith(() => Promise.resolve(file), ['analyze', 'map.json']);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(
      `partnermap: map.json: not a valid map: ties[0]: a tie cannot connect "${tie.source}" to itself\n`,
    );
  });

  it('says so when FILE is a folder', async () => {
    const folder = join(mkdtempSync(join(tmpdir(), 'partnermap-')), 'edges.csv');
    mkdirSync(folder);
    const run = await runCli('analyze', folder);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(`partnermap: cannot read ${folder}: it is a folder\n`);
  });
});

describe('partnermap --help', () => {
  it('prints the usage on stdout and says it runs inside the repository', async () => {
    for (const args of [['--help'], ['-h'], ['help'], ['analyze', 'x.csv', '--help']]) {
      const run = await runCli(...args);
      expect(run.code).toBe(0);
      expect(run.stderr).toBe('');
      expect(run.stdout).toMatch(
        /^Usage: partnermap analyze FILE \[--weighted\] \[--format json\|csv\]/,
      );
      expect(run.stdout).toContain('after `npm install`');
    }
  });
});
