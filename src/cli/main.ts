/**
 * `partnermap analyze FILE [--weighted] [--format json|csv]`: the network analysis of a map
 * file, in the terminal; `partnermap convert IN OUT`: a map from one data format to another
 * (convert.ts). main() takes its arguments and its input/output as parameters, so tests run it
 * in-process; partnermap.mjs runs it with Node's.
 *
 * Exit codes: 0 done, 1 the file could not be read or analysed, 2 the command was wrong.
 * User errors are one line on stderr, never a stack trace.
 */
import { mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { parseArgs } from 'node:util';
import { analyzeEdgeList, analyzeMap } from '../analysis/analyze';
import type { AnalysisResult } from '../analysis/types';
import { readCsvEdgeList } from '../io/readers/csvEdgeList';
import { readGraphml } from '../io/readers/graphml';
import { readNativeMap } from '../io/readers/nativeMap';
import type { PartnerMapDoc } from '../model/types';
import { convert, outputTarget, type ConvertIo, type PathKind } from './convert';
import { fsErrorText } from './fsErrors';
import { buildReport, coreActorIds, reportCsv, reportJson } from './report';

export interface CliIo extends ConvertIo {
  stdout(text: string): void;
}

export const nodeIo: CliIo = {
  stdout: (text) => void process.stdout.write(text),
  stderr: (text) => void process.stderr.write(text),
  readFile: (path) => readFile(path),
  writeFile: (path, bytes) => writeFile(path, bytes),
  makeDirectory: async (path) => void (await mkdir(path, { recursive: true })),
  pathKind: (path) =>
    stat(path).then(
      (s): PathKind => (s.isDirectory() ? 'directory' : 'file'),
      () => null,
    ),
};

export const EXIT_OK = 0;
export const EXIT_BAD_INPUT = 1;
export const EXIT_USAGE = 2;

export const USAGE = `Usage: partnermap analyze FILE [--weighted] [--format json|csv]
       partnermap convert IN OUT [--delimiter ,|;] [--gexf-version 1.2draft|1.3] [--force]

analyze: analyses the network in FILE and prints every actor's metrics and the map's figures.

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

convert: reads the map in IN and writes it to OUT, each in the format of its name.
The import report (what was skipped, mapped or added) goes to stderr.

IN    .json      a PartnerMap file
      .graphml   GraphML (PartnerMap's own, networkx, igraph, Gephi, yEd)
      .gexf      GEXF 1.1, 1.2 or 1.3 (Gephi, networkx)
      .csv       a tie list (source,target,...) or an actor list (id,label,...)
      .zip       a CSV export (actors.csv and ties.csv)
      FOLDER     a folder holding actors.csv and/or ties.csv
OUT   .json, .graphml, .gexf, .zip (actors.csv and ties.csv in a zip), or a FOLDER
      (a name without extension, or ending in /) for actors.csv and ties.csv

Options:
  --delimiter ,|;             the CSV delimiter (default ","; ";" for Excel in Dutch)
  --gexf-version 1.2draft|1.3 the GEXF version (default 1.2draft: networkx before 3.6
                              reads no 1.3; Gephi reads both)
  --force                     overwrite existing files

Exit codes: 0 done, 1 the file could not be read, analysed or written, 2 wrong command.

This command runs inside the PartnerMap repository after \`npm install\`:
  npx partnermap analyze sample-maps/primary-school.partnermap.json
  npx partnermap convert sample-maps/primary-school.partnermap.json primary.graphml
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
        weighted: { type: 'boolean' },
        format: { type: 'string' },
        delimiter: { type: 'string' },
        'gexf-version': { type: 'string' },
        force: { type: 'boolean' },
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
  if (command === 'convert') return runConvert(positionals.slice(1), values, io, usage);
  if (command !== 'analyze') {
    return usage(`unknown command "${command}"; the commands are analyze and convert`);
  }
  if (file === undefined) return usage('analyze needs a FILE');
  if (extra.length > 0) return usage(`one FILE at a time (also given: ${extra.join(' ')})`);
  const convertOnly = { delimiter: values.delimiter, 'gexf-version': values['gexf-version'] };
  const foreign = Object.entries({ ...convertOnly, force: values.force }).find(
    ([, value]) => value !== undefined,
  )?.[0];
  if (foreign) return usage(`--${foreign} is an option of convert, not of analyze`);
  const format = values.format ?? 'json';
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
    io.stderr(`partnermap: cannot read ${file}: ${fsErrorText(error)}\n`);
    return EXIT_BAD_INPUT;
  }
  const badInput = (message: string) => {
    io.stderr(`partnermap: ${file}: ${message}\n`);
    return EXIT_BAD_INPUT;
  };
  const input = analyse(extension, bytes, values.weighted ?? false);
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

async function runConvert(
  args: readonly string[],
  values: {
    weighted?: boolean;
    format?: string;
    delimiter?: string;
    'gexf-version'?: string;
    force?: boolean;
  },
  io: CliIo,
  usage: (message: string) => number,
): Promise<number> {
  const [input, output, ...extra] = args;
  if (input === undefined || output === undefined) return usage('convert needs IN and OUT');
  if (extra.length > 0)
    return usage(`convert takes one IN and one OUT (also given: ${extra.join(' ')})`);
  if (values.weighted !== undefined || values.format !== undefined) {
    const option = values.weighted !== undefined ? 'weighted' : 'format';
    return usage(`--${option} is an option of analyze, not of convert`);
  }
  const delimiter = values.delimiter ?? ',';
  if (delimiter !== ',' && delimiter !== ';') {
    return usage(`--delimiter must be "," or ";", not "${delimiter}"`);
  }
  const gexfVersion = values['gexf-version'] ?? '1.2draft';
  if (gexfVersion !== '1.2draft' && gexfVersion !== '1.3') {
    return usage(`--gexf-version must be 1.2draft or 1.3, not "${gexfVersion}"`);
  }
  const out = outputTarget(output, await io.pathKind(output));
  if (!out.ok) return usage(out.message);
  const options = { delimiter, gexfVersion, force: values.force ?? false } as const;
  return convert(input, output, out.target, options, io);
}
