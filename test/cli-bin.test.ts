import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const exec = promisify(execFile);
const BIN = ['--conditions=source', '--import', 'tsx', 'packages/cli/src/bin.ts'];

/** Runs the real `syncengine` executable (from source) in a child process. */
async function syncengine(...args: string[]) {
  try {
    const { stdout, stderr } = await exec(process.execPath, [...BIN, ...args], { env: { ...process.env, NO_COLOR: '1' } });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe('the syncengine executable', () => {
  it('prints its version', async () => {
    const { version } = JSON.parse(readFileSync('packages/cli/package.json', 'utf8')) as { version: string };
    const result = await syncengine('--version');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`syncengine/${version}`);
  });

  it('has --help for the program and for each command', async () => {
    const top = await syncengine('--help');
    expect(top.code).toBe(0);
    expect(top.stdout).toContain('run <pipeline>');
    expect(top.stdout).toContain('validate <...pipelines>');
    const run = await syncengine('run', '--help');
    for (const option of ['--stream', '--dry-run', '--limit', '--since', '--var', '--state', '--debug', '--log-dir'])
      expect(run.stdout).toContain(option);
  });

  it('exits 2 for an unknown command or a missing argument, without a stack trace', async () => {
    const unknown = await syncengine('frobnicate');
    expect(unknown).toMatchObject({ code: 2, stderr: 'error unknown command "frobnicate"; run syncengine --help\n' });
    const missing = await syncengine('run');
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('missing required args for command `run <pipeline>`');
    expect(missing.stderr).not.toMatch(/\n\s+at /);
  });

  it('exits 2 for an invalid pipeline and 0 for a valid one', async () => {
    const bad = await syncengine('validate', 'packages/cli/test/fixtures/malformed/013-version-2.yaml');
    expect(bad.code).toBe(2);
    const good = await exec(process.execPath, [...BIN, 'validate', 'examples/quickstart/quickstart.yaml'], {
      env: { ...process.env, QUICKSTART_API_TOKEN: 'x' },
    });
    expect(good.stdout).toContain('ok examples/quickstart/quickstart.yaml: pipeline quickstart, 1 stream (customers)');
  });
});
