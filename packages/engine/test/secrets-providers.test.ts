import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { createEngine, createSqliteStateStore } from '../src/index.js';
import { datasets, reads, sinks, TEST_CONNECTORS } from './_memory-connectors.js';

const engine = createEngine({ connectors: TEST_CONNECTORS });

const yaml = (secrets: string) => `
version: 1
name: sec
secrets:
${secrets}
connections:
  src: { type: memory, dataset: none }
  out: { type: memory_sink, name: out }
streams:
  s:
    source: { connection: src, dataset: "ds_\${secrets.token}" }
    sink: { connection: out }
`;

it('reads secrets from env, a file and a command, and masks them', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'se-secrets-'));
  writeFileSync(join(dir, 'token.txt'), 'from-file-4242\n');
  for (const [def, expected, env] of [
    ['  token: { env: BITCRAM_TOKEN }', 'from-env-1234', { BITCRAM_TOKEN: 'from-env-1234' }],
    ['  token: { file: token.txt }', 'from-file-4242', {}],
    ['  token: { command: "printf \'from-command-99\\\\n\'" }', 'from-command-99', {}],
  ] as const) {
    reads.length = 0;
    datasets.set(`ds_${expected}`, [{ id: 1 }]);
    sinks.set('out', { batches: [], calls: 0 });
    const pipeline = await engine.parse(yaml(def), { file: 'sec.yaml', baseDir: dir }, { env, dotenv: false });
    await engine.run(pipeline, { state: await createSqliteStateStore({ path: ':memory:' }) });
    expect(reads.map((r) => r.dataset)).toEqual([`ds_${expected}`]);
    expect(pipeline.redactor.redact(`token ${expected}`)).toBe('token ***');
  }
});

it('names an unknown secret, a missing env variable and a failing command with their positions', async () => {
  const bad = yaml('  token: { command: "echo oops >&2; exit 3" }\n  other: { env: NOT_SET_ANYWHERE }').replace(
    '${secrets.token}',
    '${secrets.tokn}',
  );
  await expect(engine.parse(bad, { file: 'sec.yaml', baseDir: '/tmp' }, { env: {}, dotenv: false })).rejects.toThrow(
    [
      '3 problems:',
      'sec.yaml:5:10 secrets.token: the secret command failed: oops',
      'sec.yaml:6:10 secrets.other: environment variable NOT_SET_ANYWHERE is not set',
      'sec.yaml:12:41 streams.s.source.dataset: ${secrets.tokn}: unknown secret "tokn"; defined secrets: token, other (add it under secrets:)',
    ].join('\n'),
  );
});

it('validation does not run secret commands', async () => {
  const pipeline = await engine.parse(
    yaml('  token: { command: "exit 1" }'),
    { file: 'sec.yaml', baseDir: '/tmp' },
    { env: {}, dotenv: false, resolveSecrets: false },
  );
  expect(pipeline.name).toBe('sec');
});
