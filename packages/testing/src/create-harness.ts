import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  createEngine,
  createSqliteStateStore,
  type AnyConnectorDefinition,
  type RunResult,
  type StateStore,
  type SyncRecord,
} from '@syncengine/engine';
import { createListConnectors } from './create-list-connectors.js';

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
  const { feed, collected, connectors } = createListConnectors();
  const load = typeof target === 'function' ? target : async () => target;
  const engine = createEngine({ connectors: { target: load, ...connectors } });
  const dir = baseDir ?? mkdtempSync(join(tmpdir(), 'syncengine-kit-'));
  return {
    baseDir: dir,
    state: () => createSqliteStateStore({ path: ':memory:' }),
    async run(options) {
      feed.pages = options.pages ?? [];
      feed.failAfterPage = options.failAfterPage;
      collected.length = 0;
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
        return { result, batches: [...collected] };
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
