import { mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { main, type CliIo } from '../../src/cli/main';

export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Files on disk, as the real command sees them. */
const diskIo: Omit<CliIo, 'stdout' | 'stderr'> = {
  readFile: (path) => readFile(path),
  writeFile: (path, bytes) => writeFile(path, bytes),
  makeDirectory: async (path) => void (await mkdir(path, { recursive: true })),
  pathKind: (path) =>
    stat(path).then(
      (s) => (s.isDirectory() ? 'directory' : 'file'),
      () => null,
    ),
};

/** Runs the command in-process, as `partnermap ...args`, with files read from disk. */
export function runCli(...args: string[]): Promise<CliRun> {
  return runCliWith((path) => readFile(path), args);
}

/** As runCli, but files are read with `read` (a missing path still reads as missing). */
export async function runCliWith(
  read: (path: string) => Promise<Uint8Array>,
  args: readonly string[],
): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await main(args, {
    ...diskIo,
    readFile: read,
    stdout: (text) => void (stdout += text),
    stderr: (text) => void (stderr += text),
  });
  return { code, stdout, stderr };
}

export const CLI_FIXTURES = 'tests/fixtures/cli/';
