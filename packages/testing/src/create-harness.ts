import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  createEngine,
  createSqliteStateStore,
  defineConnector,
  type AnyConnectorDefinition,
  type RunResult,
  type StateStore,
  type SyncRecord,
} from '@syncengine/engine';

/** A connector under test, or the function that loads it (a registry entry). */
export type ConnectorUnderTest = AnyConnectorDefinition | (() => Promise<AnyConnectorDefinition>);

/** One run of a one-stream pipeline between the harness's connectors and the connector under test. */
export interface HarnessRun {
  result: RunResult;
  /** The batches the `collect` sink received (when the stream wrote to it). */
  batches: SyncRecord[][];
}

/** The pipeline name and stream name every kit run uses, e.g. for reading the cursor back. */
export const KIT_PIPELINE = 'conformance';
export const KIT_STREAM = 'things';

/** Runs one-stream pipelines through the real engine, with an in-memory source (`list`) and sink (`collect`). */
export interface Harness {
  /**
   * Runs `source -> sink`: either side is a block for the connector under test (`connection: target`),
   * or omitted for the harness's own (`pages` feed the list source; the collect sink keeps batches).
   */
  run(options: {
    connection: Record<string, unknown>;
    source?: Record<string, unknown>;
    sink?: Record<string, unknown>;
    pages?: SyncRecord[][];
    /** The list source fails after yielding this many pages. */
    failAfterPage?: number;
    incremental?: Record<string, unknown>;
    batchSize?: number;
    state?: StateStore;
  }): Promise<HarnessRun>;
  /** A fresh in-memory state store. */
  state(): Promise<StateStore>;
  /** A scratch directory that relative paths of the pipeline resolve against. */
  readonly baseDir: string;
}

/** Builds a harness around the connector under test, registered as `type: target`. */
export function createHarness(target: ConnectorUnderTest, baseDir?: string): Harness {
  let pages: SyncRecord[][] = [];
  let failAfterPage: number | undefined;
  let batches: SyncRecord[][] = [];
  const list = defineConnector<Record<string, never>, Record<string, never>>({
    name: 'list',
    description: 'Conformance kit source: yields the pages of the current run.',
    connectionSchema: { type: 'object', additionalProperties: false, properties: {} },
    source: { streamSchema: { type: 'object', additionalProperties: false, properties: {} } },
    async connect() {
      return {
        async *read() {
          for (const [i, records] of pages.entries()) {
            if (failAfterPage !== undefined && i >= failAfterPage) throw new Error(`the list source failed after page ${i}`);
            yield { records };
          }
        },
      };
    },
  });
  const collect = defineConnector<Record<string, never>, never, Record<string, never>>({
    name: 'collect',
    description: 'Conformance kit sink: keeps the batches in memory.',
    connectionSchema: { type: 'object', additionalProperties: false, properties: {} },
    sink: { streamSchema: { type: 'object', additionalProperties: false, properties: {} } },
    async connect() {
      return {
        async openWriter() {
          return {
            async write(records) {
              batches.push([...records]);
              return { inserted: records.length, updated: 0, skipped: 0 };
            },
          };
        },
      };
    },
  });
  const load = typeof target === 'function' ? target : async () => target;
  const engine = createEngine({ connectors: { target: load, list: async () => list, collect: async () => collect } });
  const dir = baseDir ?? mkdtempSync(join(tmpdir(), 'syncengine-kit-'));
  return {
    baseDir: dir,
    state: () => createSqliteStateStore({ path: ':memory:' }),
    async run(options) {
      pages = options.pages ?? [];
      failAfterPage = options.failAfterPage;
      batches = [];
      const definition = {
        version: 1,
        name: KIT_PIPELINE,
        defaults: { batch_size: options.batchSize ?? 100 },
        connections: { target: { type: 'target', ...options.connection }, list: { type: 'list' }, collect: { type: 'collect' } },
        streams: {
          [KIT_STREAM]: {
            source: options.source ? { connection: 'target', ...options.source } : { connection: 'list' },
            ...(options.incremental ? { incremental: options.incremental } : {}),
            sink: options.sink ? { connection: 'target', ...options.sink } : { connection: 'collect' },
          },
        },
      };
      // JSON is YAML: the pipeline goes through the same parser and checks as a file.
      const pipeline = await engine.parse(
        JSON.stringify(definition, null, 2),
        { file: 'conformance.yaml', baseDir: dir },
        { env: {}, dotenv: false },
      );
      const state = options.state ?? (await createSqliteStateStore({ path: ':memory:' }));
      try {
        const result = await engine.run(pipeline, { state });
        return { result, batches };
      } finally {
        if (!options.state) await state.close();
      }
    },
  };
}

/** `count` records `{ id, name, updated_at }`, ids from `from`, one second apart from a fixed instant. */
export function kitRecords(count: number, from = 1): SyncRecord[] {
  return Array.from({ length: count }, (_, i) => {
    const id = from + i;
    return { id, name: `record ${id}`, updated_at: new Date(Date.UTC(2026, 0, 1) + id * 1000).toISOString() };
  });
}

/** Splits records into pages of `size`. */
export function pagesOf(records: SyncRecord[], size: number): SyncRecord[][] {
  const pages: SyncRecord[][] = [];
  for (let i = 0; i < records.length; i += size) pages.push(records.slice(i, i + size));
  return pages;
}

/** `{ id, name }` of each record, ids as numbers, sorted by id: what the kit compares. */
export function idsAndNames(records: readonly SyncRecord[]): { id: number; name: string }[] {
  return records.map((r) => ({ id: Number(r.id), name: String(r.name) })).sort((a, b) => a.id - b.id);
}
