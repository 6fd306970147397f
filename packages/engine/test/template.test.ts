import { describe, expect, it } from 'vitest';
import { parseTemplate, renderParts, renderRuntime } from '../src/config/template.js';

describe('templates', () => {
  it('splits literals and references', () => {
    expect(parseTemplate('client_${tenant.id}_data')).toEqual(['client_', { scope: 'tenant', path: ['id'], raw: '${tenant.id}' }, '_data']);
  });

  it('keeps the type of a value that is exactly one reference', () => {
    expect(renderRuntime('${cursor}', { cursor: 42 })).toBe(42);
    expect(renderRuntime('since ${cursor}', { cursor: 42 })).toBe('since 42');
  });

  it('renders a reference to nothing as undefined when it is the whole value, empty inside text', () => {
    expect(renderRuntime({ since: '${cursor}', q: 'a${cursor}b' }, {})).toEqual({ since: undefined, q: 'ab' });
  });

  it('writes $${ as a literal ${, also after a load-time pass kept the runtime references', () => {
    const loadPass = renderParts(parseTemplate('$${literal} ${cursor}'), () => ({ found: false }), true);
    expect(loadPass).toBe('$${literal} ${cursor}');
    expect(renderRuntime(loadPass, { cursor: 'X' })).toBe('${literal} X');
  });

  it('rejects a malformed reference', () => {
    expect(() => parseTemplate('${}')).toThrow(/invalid reference \$\{\}/);
    expect(() => parseTemplate('${env.}')).toThrow(/invalid reference/);
  });

  it('reads a default after :- in an env reference, and refuses one elsewhere', () => {
    expect(parseTemplate('${env.PAGE_SIZE:-200}')).toEqual([
      { scope: 'env', path: ['PAGE_SIZE'], raw: '${env.PAGE_SIZE:-200}', fallback: '200' },
    ]);
    expect(parseTemplate('${env.X:-}s')).toEqual([{ scope: 'env', path: ['X'], raw: '${env.X:-}', fallback: '' }, 's']);
    expect(parseTemplate('${env.DB:-./state dir/a.db}')).toMatchObject([{ fallback: './state dir/a.db' }]);
    expect(() => parseTemplate('${vars.size:-5}')).toThrow('invalid reference ${vars.size:-5}: only ${env.NAME:-default} takes a default');
    expect(() => parseTemplate('${cursor:-0}')).toThrow(/only \$\{env\.NAME:-default\} takes a default/);
  });
});

describe('environment variables with a default', () => {
  const yaml = `version: 1
connections:
  src: { type: memory, dataset: none }
  out: { type: memory_sink, name: "out_\${env.SUFFIX:-x}" }
streams:
  s:
    batch_size: "\${env.BATCH:-7}"
    source: { connection: src, dataset: "\${env.DATASET:-fallback}" }
    sink: { connection: out }
`;
  const load = async (env: Record<string, string>) => {
    const { createEngine } = await import('../src/index.js');
    const { TEST_CONNECTORS } = await import('./_memory-connectors.js');
    const engine = createEngine({ connectors: TEST_CONNECTORS });
    const pipeline = await engine.parse(yaml, { file: 'd.yaml', baseDir: '/tmp' }, { env, dotenv: false });
    const stream = engine.plan(pipeline).streams[0]!;
    const out = pipeline.definition.connections?.out as unknown as { name: string };
    return { source: stream.source, sink: { options: { name: out.name } }, batchSize: stream.batchSize };
  };

  it('an unset or empty variable takes the default, a set one wins; numbers are converted where the schema wants them', async () => {
    const unset = await load({});
    expect([unset.source.options.dataset, unset.sink.options.name, unset.batchSize]).toEqual(['fallback', 'out_x', 7]);
    const empty = await load({ DATASET: '', SUFFIX: '', BATCH: '' });
    expect([empty.source.options.dataset, empty.sink.options.name, empty.batchSize]).toEqual(['fallback', 'out_x', 7]);
    const set = await load({ DATASET: 'real', SUFFIX: 'y', BATCH: '50' });
    expect([set.source.options.dataset, set.sink.options.name, set.batchSize]).toEqual(['real', 'out_y', 50]);
  });
});

describe('escapes that no runtime pass will see', () => {
  it('$${ becomes ${ in options without runtime references, and stays escaped beside one', async () => {
    const { unescapeStatic } = await import('../src/config/template.js');
    expect(unescapeStatic({ a: 'price $${x}', b: ['$${y}'], c: '$${z} ${cursor}', d: 3 })).toEqual({
      a: 'price ${x}',
      b: ['${y}'],
      c: '$${z} ${cursor}',
      d: 3,
    });
  });
});

describe('escapes in connector options', () => {
  it('an option the connector renders keeps $${ until its render; other options lose it at planning', async () => {
    const { createEngine, createSqliteStateStore } = await import('../src/index.js');
    const { datasets, reads, sinks, TEST_CONNECTORS } = await import('./_memory-connectors.js');
    const engine = createEngine({ connectors: TEST_CONNECTORS });
    datasets.set('ds_${x}', [{ id: 1 }]);
    sinks.set('out', { batches: [], calls: 0 });
    reads.length = 0;
    const pipeline = await engine.parse(
      `version: 1
connections:
  src: { type: memory, dataset: none }
  out: { type: memory_sink, name: "$\${sink}" }
streams:
  s:
    source: { connection: src, dataset: "ds_$\${x}" }
    sink: { connection: out }
`,
      { file: 'e.yaml', baseDir: '/tmp' },
      { env: {} },
    );
    const plan = engine.plan(pipeline);
    expect(plan.streams[0]!.source.options.dataset).toBe('ds_$${x}');
    await engine.run(pipeline, { state: await createSqliteStateStore({ path: ':memory:' }) }).catch(() => undefined);
    expect(reads.map((r) => r.dataset)).toEqual(['ds_${x}']);
  });
});

describe('${env.NAME:-default}', () => {
  it('parses the default after :-', () => {
    expect(parseTemplate('${env.BATCH:-100}')).toEqual([{ scope: 'env', path: ['BATCH'], raw: '${env.BATCH:-100}', fallback: '100' }]);
  });

  it('uses the default when the variable is unset or empty, the value when it is set', async () => {
    const { createEngine } = await import('../src/index.js');
    const { TEST_CONNECTORS } = await import('./_memory-connectors.js');
    const engine = createEngine({ connectors: TEST_CONNECTORS });
    const yaml = [
      'version: 1',
      'defaults: { batch_size: "${env.PRODUCT_SYNC_BATCH_SIZE:-100}" }',
      'connections: { src: { type: memory, dataset: d }, out: { type: memory_sink, name: out } }',
      'streams: { s: { source: { connection: src }, sink: { connection: out } } }',
    ].join('\n');
    const batchSize = async (env: Record<string, string>) =>
      (await engine.parse(yaml, { file: 'd.yaml', baseDir: '/tmp' }, { env, dotenv: false })).definition.defaults?.batch_size;
    expect(await batchSize({})).toBe(100);
    expect(await batchSize({ PRODUCT_SYNC_BATCH_SIZE: '' })).toBe(100);
    expect(await batchSize({ PRODUCT_SYNC_BATCH_SIZE: '250' })).toBe(250);
  });
});
