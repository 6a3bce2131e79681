/**
 * `partnermap analyze FILE [--weighted] [--format json|csv]`: the network analysis of a map
 * file, in the terminal. main() takes its arguments and its input/output as parameters, so
 * tests run it in-process; partnermap.mjs runs it with Node's.
 *
 * Exit codes: 0 done, 1 the file could not be read or analysed, 2 the command was wrong.
 * User errors are one line on stderr, never a stack trace.
 */
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { parseArgs } from 'node:util';
import { analyzeEdgeList, analyzeMap } from '../analysis/analyze';
import type { AnalysisResult } from '../analysis/types';
import { readCsvEdgeList } from '../io/readers/csvEdgeList';
import { readGraphml } from '../io/readers/graphml';
import { readNativeMap } from '../io/readers/nativeMap';
import type { PartnerMapDoc } from '../model/types';
import { buildReport, coreActorIds, reportCsv, reportJson } from './report';

export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  readFile(path: string): Promise<Uint8Array>;
}

export const nodeIo: CliIo = {
  stdout: (text) => void process.stdout.write(text),
  stderr: (text) => void process.stderr.write(text),
  readFile: (path) => readFile(path),
};

export const EXIT_OK = 0;
export const EXIT_BAD_INPUT = 1;
export const EXIT_USAGE = 2;

export const USAGE = `Usage: partnermap analyze FILE [--weighted] [--format json|csv]

Analyses the network in FILE and prints every actor's metrics and the map's figures.

FILE, by its extension:
  .json      a PartnerMap file (as exported by the app) or a bare map document
  .graphml   GraphML: node ids, a label from a key named "label" or "name",
             an edge weight from a key named "weight", directed or undirected edges
  .csv       an edge list with the header source,target (and optionally weight);
             delimiter "," or ";", UTF-8 or Windows-1252

Options:
  --weighted        shortest paths count a strong tie as short (length 1 / weight or
                    1 / frequency level) for betweenness, closeness and harmonic closeness
  --format json     one JSON object { "actors": [...], "map": {...} } (the default)
  --format csv      one row per actor (RFC 4180)
  -h, --help        show this help

Exit codes: 0 done, 1 the file could not be read or analysed, 2 wrong command.

This command runs inside the PartnerMap repository after \`npm install\`:
  npx partnermap analyze sample-maps/primary-school.partnermap.json
`;

type Input =
  | {
      readonly ok: true;
      readonly map: PartnerMapDoc | null;
      readonly notes: readonly string[];
      readonly result: AnalysisResult;
    }
  | { readonly ok: false; readonly error: string };

export async function main(argv: readonly string[], io: CliIo = nodeIo): Promise<number> {
  const usage = (message: string) => {
    io.stderr(`partnermap: ${message}\nRun "partnermap --help" for usage.\n`);
    return EXIT_USAGE;
  };
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        weighted: { type: 'boolean', default: false },
        format: { type: 'string', default: 'json' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    return usage((error as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help || positionals[0] === 'help') {
    io.stdout(USAGE);
    return EXIT_OK;
  }
  const [command, file, ...extra] = positionals;
  if (command === undefined) return usage('no command given; try "partnermap analyze FILE"');
  if (command !== 'analyze') return usage(`unknown command "${command}"; the command is analyze`);
  if (file === undefined) return usage('analyze needs a FILE');
  if (extra.length > 0) return usage(`one FILE at a time (also given: ${extra.join(' ')})`);
  const format = values.format;
  if (format !== 'json' && format !== 'csv') {
    return usage(`--format must be json or csv, not "${format}"`);
  }
  const extension = extname(file).toLowerCase();
  if (!['.json', '.graphml', '.csv'].includes(extension)) {
    return usage(`cannot tell the file type of "${file}": use .json, .graphml or .csv`);
  }

  let bytes: Uint8Array;
  try {
    bytes = await io.readFile(file);
  } catch (error) {
    io.stderr(`partnermap: cannot read ${file}: ${readError(error)}\n`);
    return EXIT_BAD_INPUT;
  }
  const badInput = (message: string) => {
    io.stderr(`partnermap: ${file}: ${message}\n`);
    return EXIT_BAD_INPUT;
  };
  const input = analyse(extension, bytes, values.weighted);
  if (!input.ok) return badInput(input.error);
  for (const note of input.notes) io.stderr(`partnermap: note: ${note}\n`);
  if (!input.result.ok) return badInput(input.result.error);
  const analysis = input.result.analysis;
  const report = buildReport(analysis, coreActorIds(analysis, input.map));
  io.stdout(format === 'csv' ? reportCsv(report) : reportJson(report));
  return EXIT_OK;
}

function analyse(extension: string, bytes: Uint8Array, weighted: boolean): Input {
  if (extension === '.json') {
    const read = readNativeMap(bytes);
    if (!read.ok) return read;
    const notes =
      read.migratedFrom < read.map.schemaVersion
        ? [`Read a version ${read.migratedFrom} map.`]
        : [];
    return { ok: true, map: read.map, notes, result: analyzeMap(read.map, { weighted }) };
  }
  const read = extension === '.graphml' ? readGraphml(bytes) : readCsvEdgeList(bytes);
  if (!read.ok) return read;
  return {
    ok: true,
    map: null,
    notes: read.notes,
    result: analyzeEdgeList(read.graph, { weighted }),
  };
}

function readError(error: unknown): string {
  const code = (error as { code?: unknown }).code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EISDIR') return 'it is a folder';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  return error instanceof Error ? error.message : String(error);
}
