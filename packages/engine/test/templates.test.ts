import { beforeEach, describe, expect, it } from 'vitest';
import { createEngine, createSqliteStateStore, formatConfigIssue, PipelineConfigError } from '../src/index.js';
import { datasets, sinks, TEST_CONNECTORS } from './_memory-connectors.js';

const engine = createEngine({ connectors: TEST_CONNECTORS });
const load = (yaml: string) => engine.parse(yaml, { file: 't.yaml', baseDir: '/tmp' }, { env: { LIMIT: '3' } });
const issues = async (yaml: string) => {
  try {
    await load(yaml);
  } catch (error) {
    if (error instanceof PipelineConfigError) return error.issues.map(formatConfigIssue);
    throw error;
  }
  return [];
};

const FILE = `version: 1
name: tpl
connections:
  src: { type: memory, dataset: none }
  out: { type: memory_sink, name: out }
templates:
  copy:
    primary_key: [id]
    source: { connection: src, dataset: "\${params.dataset}", page_size: "\${params.size}" }
    transforms:
      - set: { origin: { value: "\${params.stream}" }, note: { value: "from \${params.dataset}, at most \${env.LIMIT}" } }
    sink: { connection: out }
streams:
  a: { extends: copy, params: { dataset: first, size: 1 } }
  b:
    extends: copy
    params: { dataset: second, size: 50 }
    source: { page_size: 2 }
    transforms:
      - set: { origin: { value: own } }
`;

beforeEach(() => {
  sinks.set('out', { batches: [], calls: 0 });
  datasets.set('first', [{ id: 1 }, { id: 2 }]);
  datasets.set('second', [{ id: 3 }]);
});

describe('stream templates', () => {
  it('expands extends with params (types kept) and the stream overriding keys: maps merge, lists are replaced', async () => {
    const pipeline = await load(FILE);
    const streams = pipeline.definition.streams as Record<string, Record<string, unknown>>;
    expect(streams.a!.source).toEqual({ connection: 'src', dataset: 'first', page_size: 1 });
    expect(streams.b!.source).toEqual({ connection: 'src', dataset: 'second', page_size: 2 });
    expect(streams.b!.transforms).toEqual([{ set: { origin: { value: 'own' } } }]);
    expect(streams.a).not.toHaveProperty('extends');
    const state = await createSqliteStateStore({ path: ':memory:' });
    const result = await engine.run(pipeline, { state });
    await state.close();
    expect(result.status).toBe('succeeded');
    expect(sinks.get('out')!.batches.flat()).toEqual([
      { id: 1, origin: 'a', note: 'from first, at most 3' },
      { id: 2, origin: 'a', note: 'from first, at most 3' },
      { id: 3, origin: 'own' },
    ]);
  });

  it("reports a mistake inside a template at the template's line, named by the stream's path", async () => {
    const bad = FILE.replace('    sink: { connection: out }', '    sink: { connection: nowhere }');
    const found = await issues(bad);
    const line = bad.split('\n').findIndex((l) => l.includes('connection: nowhere')) + 1;
    expect(found).toContain(`t.yaml:${line}:25 streams.a.sink.connection: unknown connection "nowhere"; defined connections: src, out`);
    expect(found).toContain(`t.yaml:${line}:25 streams.b.sink.connection: unknown connection "nowhere"; defined connections: src, out`);
    // A stream's own key is reported where the stream wrote it.
    const own = FILE.replace('source: { page_size: 2 }', 'source: { page_size: 2 }\n    batch_size: 0');
    const ownLine = own.split('\n').findIndex((l) => l.includes('batch_size: 0')) + 1;
    expect(await issues(own)).toEqual([`t.yaml:${ownLine}:17 streams.b.batch_size: must be >= 1 (got 0)`]);
  });

  it('names an unknown template and a parameter a stream does not give', async () => {
    const found = await issues(
      FILE.replace(
        'a: { extends: copy, params: { dataset: first, size: 1 } }',
        'a: { extends: cpy }\n  c: { extends: copy, params: { size: 1 } }',
      ),
    );
    expect(found).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^t\.yaml:\d+:\d+ streams\.a\.extends: unknown template "cpy"; templates: copy$/),
        expect.stringMatching(/^t\.yaml:\d+:\d+ streams\.c\.extends: template copy uses \$\{params\.dataset\}: give it under params/),
      ]),
    );
  });
});
