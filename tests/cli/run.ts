import { readFile } from 'node:fs/promises';
import { main } from '../../src/cli/main';

export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the command in-process, as `partnermap ...args`, with files read from disk. */
export function runCli(...args: string[]): Promise<CliRun> {
  return runCliWith((path) => readFile(path), args);
}

export async function runCliWith(
  read: (path: string) => Promise<Uint8Array>,
  args: readonly string[],
): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await main(args, {
    stdout: (text) => void (stdout += text),
    stderr: (text) => void (stderr += text),
    readFile: read,
  });
  return { code, stdout, stderr };
}

export const CLI_FIXTURES = 'tests/fixtures/cli/';
