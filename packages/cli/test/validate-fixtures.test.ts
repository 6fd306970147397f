import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { LOGIC_OPERATIONS, PIPELINE_SCHEMA, RUNTIME_SCOPES, type JsonSchema } from '@syncengine/engine';
import { BUILTIN_CONNECTORS } from '@syncengine/connectors';
import { main } from '../src/main.js';
import type { CliIo } from '../src/output/cli-io.js';

/**
 * `syncengine validate` on malformed pipelines: every mistake is reported as
 * `file:line:column key.path: message` on stderr, sorted by line, and the exit code is 2.
 *
 * Each file under fixtures/malformed says what validate must print in its header comments:
 * `# error: L:C path: message` (printed as `file:L:C path: message`), `# warning: L:C ...`
 * (printed as `warning file:L:C ...`), `# stderr: text` (a line printed as is), and optionally
 * `# exit: N` (default 2), `# env: NAME=value` and `# args: --flag`. The lines must match exactly,
 * in order. Vitest runs with the repository root as the working directory, and the CLI prints the
 * path as given, so fixtures are named relative to the root.
 */

const DIR = 'packages/cli/test/fixtures/malformed';
const QUICKSTART = 'examples/quickstart/quickstart.yaml';

// The lists an error offers ("allowed keys: ...") come from the schemas, the single source of truth:
// fixtures name them with placeholders, so the language can grow without rewriting every expected message.
const keysOf = (schema: JsonSchema | undefined) => Object.keys(schema?.properties ?? {}).join(', ');
const SCHEMA = PIPELINE_SCHEMA as JsonSchema;
const http = await BUILTIN_CONNECTORS.http!();
const paginations = http.source!.streamSchema.properties!.pagination!.oneOf ?? [];
const PLACEHOLDERS: Record<string, string> = {
  '{root-keys}': keysOf(SCHEMA),
  '{stream-keys}': keysOf(SCHEMA.properties!.streams!.additionalProperties as JsonSchema),
  '{step-keys}': keysOf(SCHEMA.$defs!.transformStep),
  '{page-keys}': keysOf(paginations.find((b) => b.properties?.type?.const === 'page')),
  '{pagination-types}': paginations.map((b) => String(b.properties?.type?.const)).join(', '),
  '{http-keys}': keysOf(http.connectionSchema),
  '{sink-modes}': ((await BUILTIN_CONNECTORS.sqlite!()).sink!.streamSchema.properties!.mode!.enum ?? []).join(', '),
  '{connectors}': Object.keys(BUILTIN_CONNECTORS).sort().join(', '),
  '{scopes}': ['env', 'vars', 'secrets', ...RUNTIME_SCOPES].join(', '),
  '{operations}': LOGIC_OPERATIONS.join(', '),
};

interface Fixture {
  file: string;
  path: string;
  exit: number;
  env: Record<string, string>;
  args: string[];
  stderr: string[];
}

/** Reads a fixture's header comments (the file itself may hold bytes that are not UTF-8). */
function readFixture(file: string): Fixture {
  const path = `${DIR}/${file}`;
  const bytes = readFileSync(path);
  const header: string[] = [];
  let start = 0;
  while (start < bytes.length && bytes[start] === 0x23) {
    const end = bytes.indexOf(0x0a, start);
    header.push(bytes.subarray(start, end === -1 ? bytes.length : end).toString('utf8'));
    start = end === -1 ? bytes.length : end + 1;
  }
  const fixture: Fixture = { file, path, exit: 2, env: {}, args: [], stderr: [] };
  // Line 1 describes the mistake; the expectations follow it, up to the first other line.
  for (const line of header.slice(1)) {
    const [, key, raw] = /^# (exit|env|args|error|warning|stderr): (.*)$/.exec(line) ?? [];
    if (!key) break;
    const value = (raw ?? '').replace(/\{[a-z-]+\}/g, (name) => PLACEHOLDERS[name] ?? name);
    if (key === 'exit') fixture.exit = Number(value);
    else if (key === 'env') fixture.env[value.slice(0, value.indexOf('='))] = value.slice(value.indexOf('=') + 1);
    else if (key === 'args') fixture.args.push(...value.split(' '));
    else if (key === 'error') fixture.stderr.push(`${path}:${value}`);
    else if (key === 'warning') fixture.stderr.push(`warning ${path}:${value}`);
    else fixture.stderr.push(value);
  }
  return fixture;
}

const FIXTURES = readdirSync(DIR)
  .filter((f) => f.endsWith('.yaml'))
  .sort()
  .map(readFixture);

interface Captured {
  code: number;
  stdout: string;
  stderr: string;
}

async function validate(argv: string[], env: Record<string, string> = {}): Promise<Captured> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
    cwd: process.cwd(),
    env: { ...env },
    color: false,
  };
  const code = await main(['validate', ...argv], io);
  return { code, stdout, stderr };
}

const exec = promisify(execFile);
const BIN = ['--conditions=source', '--import', 'tsx', 'packages/cli/src/bin.ts'];

/** Runs the real `syncengine` executable (from source) with only PATH in its environment. */
async function syncengine(args: string[], env: Record<string, string> = {}): Promise<Captured> {
  try {
    const { stdout, stderr } = await exec(process.execPath, [...BIN, ...args], {
      env: { PATH: process.env.PATH ?? '', NO_COLOR: '1', ...env },
      maxBuffer: 16 * 1024 * 1024,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

function expectNoStackTrace(result: Captured): void {
  expect(result.stdout).not.toMatch(/\n\s+at /);
  expect(result.stderr).not.toMatch(/\n\s+at /);
  expect(result.stderr).not.toContain('Maximum call stack');
}

describe('syncengine validate on the malformed corpus', () => {
  it('holds at least 100 files, each with what validate must print', () => {
    expect(FIXTURES.length).toBeGreaterThanOrEqual(100);
    for (const fixture of FIXTURES) expect(fixture.stderr.length, fixture.file).toBeGreaterThan(0);
  });

  it.each(FIXTURES)('$file', async ({ path, exit, env, args, stderr }) => {
    const result = await validate([...args, path], env);

    expect(result.stderr).toBe(stderr.map((line) => `${line}\n`).join(''));
    expect(result.code).toBe(exit);
    if (exit === 0) expect(result.stdout).toMatch(new RegExp(`^ok ${path}: pipeline `));
    else expect(result.stdout).toBe('');
    expectNoStackTrace(result);
  });
});

describe('syncengine validate in a real process', () => {
  const tmp = mkdtempSync(join(tmpdir(), 'syncengine-validate-'));
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  it('exits 2 with the same messages, and no stack trace, for the classes that used to pass or crash', async () => {
    const picked = FIXTURES.filter((f) =>
      /-(cron-words|timezone-mars|base-url-not-a-url|logic-two-operations|after-cycle-two|yaml-undefined-alias|yaml-alias-bomb|yaml-deep-unclosed|nul-byte-in-value|invalid-utf8-latin1)\.yaml$/.test(
        f.file,
      ),
    );
    expect(picked).toHaveLength(10);
    const result = await syncengine(['validate', ...picked.map((f) => f.path)]);

    expect(result.code).toBe(2);
    expect(result.stderr).toBe(picked.flatMap((f) => f.stderr.map((line) => `${line}\n`)).join(''));
    expect(result.stdout).toBe('0 of 10 pipelines valid\n');
    expectNoStackTrace(result);
  });

  it('says a directory is a directory, for validate and for run (exit 2)', async () => {
    const validated = await syncengine(['validate', 'pipelines']);
    expect(validated).toMatchObject({ code: 2, stdout: '', stderr: 'pipelines:1:1 is a directory, not a pipeline file\n' });
    const ran = await syncengine(['run', 'pipelines', '--no-logs']);
    expect(ran).toMatchObject({ code: 2, stdout: '', stderr: 'pipelines:1:1 is a directory, not a pipeline file\n' });
  });

  it('refuses a file over 1 MB at once, naming the limit', async () => {
    const big = join(tmp, 'big.yaml');
    const entry = '  - "a value that takes some room in the file, repeated until it is big"\n';
    writeFileSync(big, `version: 1\nstreams: {}\nvars:\n  items:\n${entry.repeat(Math.ceil((20 * 1024 * 1024) / entry.length))}`);
    const result = await syncengine(['validate', big]);

    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      `${big}:1:1 the file is 20.0 MB; a pipeline file may be at most 1 MB (move data to a database, a file the pipeline reads, or vars)\n`,
    );
    expectNoStackTrace(result);
  });

  it("passes the README's `syncengine validate pipelines/*.yaml` on a fresh clone, warning about each unset variable", async () => {
    const files = readdirSync('pipelines')
      .filter((f) => f.endsWith('.yaml'))
      .sort()
      .map((f) => `pipelines/${f}`);
    const result = await syncengine(['validate', ...files]);

    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`${files.length} of ${files.length} pipelines valid\n`);
    const warnings = result.stderr.split('\n').filter((line) => line.startsWith('warning '));
    expect(warnings.length).toBeGreaterThan(0);
    for (const line of warnings)
      expect(line).toMatch(/^warning pipelines\/[\w-]+\.yaml:\d+:\d+ [\w.[\]"-]+: .*environment variable [A-Z0-9_]+ is not set/);
    expect(warnings).toContain(
      'warning pipelines/catsy-to-sparklayer.yaml:34:12 connections.catsy.token: ${env.CATSY_BEARER_TOKEN}: environment variable CATSY_BEARER_TOKEN is not set (set it in the environment or in .env)',
    );
    expect(result.stderr).toMatch(
      /\d+ environment variable references are not set: checked without their values; --require-env makes them errors\n$/,
    );

    const strict = await syncengine(['validate', '--require-env', 'pipelines/catsy-to-sparklayer.yaml']);
    expect(strict.code).toBe(2);
    expect(strict.stderr).toContain(
      'pipelines/catsy-to-sparklayer.yaml:34:12 connections.catsy.token: ${env.CATSY_BEARER_TOKEN}: environment variable CATSY_BEARER_TOKEN is not set',
    );
    expect(strict.stderr).not.toContain('warning ');
  });
});

describe('the size limit of a pipeline file', () => {
  const tmp = mkdtempSync(join(tmpdir(), 'syncengine-size-'));
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));
  const body = readFileSync(QUICKSTART, 'utf8');
  /** The quickstart pipeline padded with comment lines to exactly `bytes` bytes. */
  const padded = (bytes: number) => {
    const entry = '# padding padding padding padding padding padding padding padding padding\n';
    let text = body + entry.repeat(Math.floor((bytes - body.length) / entry.length) - 1);
    text += '#'.repeat(bytes - Buffer.byteLength(text) - 1) + '\n';
    expect(Buffer.byteLength(text)).toBe(bytes);
    return text;
  };

  it('accepts a file of exactly 1 MB and refuses one byte more', async () => {
    const at = join(tmp, 'at-limit.yaml');
    const over = join(tmp, 'over-limit.yaml');
    writeFileSync(at, padded(1024 * 1024));
    writeFileSync(over, padded(1024 * 1024 + 1));
    const result = await validate([at, over], { QUICKSTART_API_TOKEN: 'test-token' });

    expect(result.stdout).toBe(`ok ${at}: pipeline quickstart, 1 stream (customers)\n1 of 2 pipelines valid\n`);
    expect(result.stderr).toBe(
      `${over}:1:1 the file is 1.0 MB; a pipeline file may be at most 1 MB (move data to a database, a file the pipeline reads, or vars)\n`,
    );
    expect(result.code).toBe(2);
  });
});

describe('syncengine validate on valid pipelines', () => {
  it('accepts the quickstart pipeline and prints ok', async () => {
    const result = await validate([QUICKSTART], { QUICKSTART_API_TOKEN: 'test-token' });

    expect(result.stderr).toBe('');
    expect(result.stdout).toBe(`ok ${QUICKSTART}: pipeline quickstart, 1 stream (customers)\n`);
    expect(result.code).toBe(0);
    expectNoStackTrace(result);
  });

  it('reports each of several files and the count of valid ones', async () => {
    const [version2, unknownConnection] = ['version-2', 'unknown-connection'].map((name) =>
      FIXTURES.find((f) => f.file.endsWith(`-${name}.yaml`))!,
    );
    const result = await validate([version2!.path, QUICKSTART, unknownConnection!.path], { QUICKSTART_API_TOKEN: 'test-token' });

    expect(result.stderr).toBe([...version2!.stderr, ...unknownConnection!.stderr].map((line) => `${line}\n`).join(''));
    expect(result.stdout).toBe(`ok ${QUICKSTART}: pipeline quickstart, 1 stream (customers)\n1 of 3 pipelines valid\n`);
    expect(result.code).toBe(2);
    expectNoStackTrace(result);
  });
});
