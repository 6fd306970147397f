import { execFile } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
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

  it('describes --no-logs without a "(default: true)" after "Do not write"', async () => {
    for (const command of ['run', 'schedule', 'serve']) {
      const help = await syncengine(command, '--help');
      expect(help.code).toBe(0);
      const line = help.stdout.split('\n').find((l) => l.trimStart().startsWith('--no-logs'));
      expect(line, command).toMatch(/^\s+--no-logs\s+Do not write (the )?log files\s*$/);
    }
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

describe('the installed bin (after npm ci, which builds)', () => {
  it('packages/cli/dist/bin.js and the linked packages/cli/bin/syncengine.js start with a shebang and are executable', () => {
    for (const bin of ['packages/cli/dist/bin.js', 'packages/cli/bin/syncengine.js']) {
      expect(readFileSync(bin, 'utf8').split('\n')[0], bin).toBe('#!/usr/bin/env node');
      expect((statSync(bin).mode & 0o111).toString(8), `${bin} is not executable`).toBe('111');
    }
  });

  it('node_modules/.bin/syncengine exists and runs --help with exit 0', async () => {
    const link = 'node_modules/.bin/syncengine';
    expect(existsSync(link), `${link} is missing: the root package.json must depend on the syncengine workspace`).toBe(true);
    const { stdout } = await exec(link, ['--help'], { env: { ...process.env, NO_COLOR: '1' } });
    expect(stdout).toContain('run <pipeline>');
  });
});
