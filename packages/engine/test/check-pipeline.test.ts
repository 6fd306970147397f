import { expect, it } from 'vitest';
import { checkPipeline, createEngine, createSqliteStateStore } from '../src/index.js';
import { datasets, reads, sinks, TEST_CONNECTORS } from './_memory-connectors.js';

const engine = createEngine({ connectors: TEST_CONNECTORS });

it('opens every connection, reads one page where a connection is read from (streams, joins), and reports failures', async () => {
  datasets.set('main', [{ id: 1 }, { id: 2 }]);
  datasets.set('lookup', [{ id: 1, v: 'x' }]);
  sinks.set('out', { batches: [], calls: 0 });
  reads.length = 0;
  const pipeline = await engine.parse(
    `version: 1
name: checked
connections:
  src: { type: memory, dataset: main }
  other: { type: memory, dataset: lookup }
  denied: { type: memory, dataset: denied_x }
  out: { type: memory_sink, name: out }
streams:
  s:
    source: { connection: src }
    transforms:
      - join: { from: { source: { connection: other } }, on: { left: id, right: id }, fields: { v: v } }
    sink: { connection: out }
  t:
    source: { connection: denied }
    sink: { connection: out }
`,
    { file: 'c.yaml', baseDir: '/tmp' },
    { env: {} },
  );
  const checks = await checkPipeline(pipeline, { state: await createSqliteStateStore({ path: ':memory:' }) });
  expect(checks.map((c) => [c.connection, c.ok, c.detail])).toEqual([
    ['src', true, 'page 1 from start: 2 records in the first page'],
    ['denied', false, '401 Unauthorized: invalid credentials for denied_x'],
    ['out', true, 'connected'],
    ['other', true, 'page 1 from start: 1 record in the first page'],
  ]);
  expect(sinks.get('out')!.batches).toEqual([]);
});
