// The real command once: `node src/cli/partnermap.mjs analyze …` in its own process (the
// launcher registers tsx and runs main with Node's stdout, stderr and exit code).
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { CLI_FIXTURES, runCli } from './run';

const exec = promisify(execFile);

describe('node src/cli/partnermap.mjs', () => {
  it('prints what main() prints and exits 0; a bad file exits 1', async () => {
    const file = `${CLI_FIXTURES}network.graphml`;
    const child = await exec('node', [
      'src/cli/partnermap.mjs',
      'analyze',
      file,
      '--format',
      'csv',
    ]);
    expect(child.stderr).toBe('');
    expect(child.stdout).toBe((await runCli('analyze', file, '--format', 'csv')).stdout);

    const failed = await exec('node', ['src/cli/partnermap.mjs', 'analyze', 'missing.json']).then(
      () => null,
      (error: { code: number; stdout: string; stderr: string }) => error,
    );
    expect(failed).toMatchObject({
      code: 1,
      stdout: '',
      stderr: 'partnermap: cannot read missing.json: no such file\n',
    });
  }, 30_000);
});
