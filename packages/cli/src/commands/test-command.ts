import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, extname, join, relative, resolve } from 'node:path';
import { createEngine, describeError, loadEnvironment } from '@syncengine/engine';
import { BUILTIN_CONNECTORS } from '@syncengine/connectors';
import type { CliIo } from '../output/cli-io.js';
import { createCliLogger } from '../output/cli-logger.js';
import { diffRecords } from '../testing/diff-records.js';
import { RECORDING_FILE, type RecordingManifest } from '../testing/http-recorder.js';
import { startReplay } from '../testing/fixture-replayer.js';
import { loadOrReport } from './load-or-report.js';
import { parseVars } from './parse-vars.js';
import { UsageError } from './usage-error.js';

/** Options of `syncengine test`, as cac parses them. */
export interface TestCommandOptions {
  fixtures?: string;
  expected?: string;
  update?: boolean;
  var?: string | string[];
  debug?: boolean;
}

/** The default fixture directory of a pipeline: `fixtures/<file name>` beside it. */
export function defaultFixtureDir(pipelineFile: string): string {
  return join(dirname(pipelineFile), 'fixtures', basename(pipelineFile, extname(pipelineFile)));
}

/** JSON with keys in order, so that a record's key order is not a difference. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === 'object')
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((k) => [k, canonical((value as Record<string, unknown>)[k])]),
    );
  return value;
}

/**
 * `syncengine test <pipeline>`: replays the recorded fixtures through a local server, runs the
 * pipeline dry, and compares each stream's records with the expected file. Exit 0 when they match
 * and every request had a fixture and every fixture was requested; 1 otherwise.
 */
export async function testCommand(file: string, options: TestCommandOptions, io: CliIo): Promise<number> {
  const path = resolve(io.cwd, file);
  const fixtures = options.fixtures ? resolve(io.cwd, options.fixtures) : defaultFixtureDir(path);
  if (!existsSync(join(fixtures, RECORDING_FILE)))
    throw new UsageError(
      `${relative(io.cwd, fixtures) || '.'}: no ${RECORDING_FILE}; record fixtures first with syncengine run ${file} --record ${relative(io.cwd, fixtures)}`,
    );
  const expectedFile = options.expected ? resolve(io.cwd, options.expected) : join(fixtures, 'expected.jsonl');

  // Offline: variables the machine does not set get placeholders, so no live credential is needed.
  const engine = createEngine({ connectors: BUILTIN_CONNECTORS });
  const manifest = JSON.parse(readFileSync(join(fixtures, RECORDING_FILE), 'utf8')) as RecordingManifest;
  const env = { ...manifest.env, ...loadEnvironment(dirname(path), true, io.env) };
  const text = readFileSync(path, 'utf8');
  for (const match of text.matchAll(/\$\{env\.([A-Za-z_][A-Za-z0-9_]*)\}/g))
    if (env[match[1]!] === undefined) env[match[1]!] = `replay-${match[1]!.toLowerCase()}`;
  const pipeline = await loadOrReport(engine, path, { vars: parseVars(options.var), env, dotenv: false }, io);
  if (!pipeline) return 2;

  const state = mkdtempSync(join(tmpdir(), 'syncengine-test-'));
  const replay = await startReplay(fixtures, pipeline.redactor);
  let output = '';
  const { logger, close } = createCliLogger({ io, redactor: pipeline.redactor, debug: options.debug ?? false, logDir: undefined });
  let status: string;
  let error: string | undefined;
  try {
    const result = await engine.run(pipeline, {
      statePath: join(state, 'state.db'),
      logger,
      dryRun: true,
      trigger: 'cli',
      output: { write: (t: string) => (output += t) },
    });
    status = result.status;
    error = result.error ?? result.streams.find((s) => s.error)?.error;
  } catch (failure) {
    status = 'failed';
    error = pipeline.redactor.redact(describeError(failure));
  } finally {
    await close();
    rmSync(state, { recursive: true, force: true });
  }
  const report = await replay.stop();

  const actual = output
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.stringify(canonical(JSON.parse(line))));
  const problems: string[] = [];
  for (const request of report.unmatched) problems.push(`request without a fixture: ${request}`);
  for (const fixture of report.unused) problems.push(`fixture never requested: ${fixture}`);
  if (status !== 'succeeded') problems.push(`the run ${status}${error ? `: ${error}` : ''}`);

  if (options.update) {
    writeFileSync(expectedFile, actual.length ? `${actual.join('\n')}\n` : '');
    io.stdout.write(`wrote ${relative(io.cwd, expectedFile)}: ${actual.length} records\n`);
  } else if (!existsSync(expectedFile)) {
    problems.push(`${relative(io.cwd, expectedFile)} does not exist; write it with syncengine test ${file} --update`);
  } else {
    const expected = readFileSync(expectedFile, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.stringify(canonical(JSON.parse(l))));
    const diff = diffRecords(expected, actual);
    if (diff) problems.push(`records differ from ${relative(io.cwd, expectedFile)}:\n${diff}`);
  }
  if (problems.length) {
    io.stderr.write(`FAIL ${file}\n${problems.map((p) => `  ${p.replace(/\n/g, '\n  ')}`).join('\n')}\n`);
    return 1;
  }
  const streams = new Set(actual.map((l) => (JSON.parse(l) as { stream: string }).stream)).size;
  io.stdout.write(`PASS ${file}: ${actual.length} records in ${streams} streams match; every fixture was used\n`);
  return 0;
}
