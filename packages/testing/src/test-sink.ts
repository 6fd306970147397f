import { describe, expect, it } from 'vitest';
import type { StateStore, SyncRecord } from '@syncengine/engine';
import { createHarness, idsAndNames, KIT_PIPELINE, KIT_STREAM, kitRecords, pagesOf, type ConnectorUnderTest } from './create-harness.js';

/** How `testSink` drives a sink connector. */
export interface SinkTarget {
  /** The connector under test (a definition or a registry loader). */
  connector: ConnectorUnderTest;
  /** Its connection block, without `type`. */
  connection: Record<string, unknown>;
  /**
   * The stream's sink options for a fresh, empty destination (a new table, file, collection) that
   * writes by the key `id`; called once per test. Records have `id` (integer), `name` and `updated_at` (text).
   */
  sink(): Record<string, unknown> | Promise<Record<string, unknown>>;
  /**
   * The records now at the destination `sink()` last made, in any order. `state` is the state store
   * of the test's runs, for a sink that writes into it (the crosswalk).
   */
  readBack(state: StateStore): Promise<SyncRecord[]>;
  /** The sink writes by key, so a rerun of the same records adds no duplicates. @default true */
  idempotent?: boolean;
  /** Skip the suite (e.g. when its database is not available). @default false */
  skip?: boolean;
}

/**
 * The behaviour every sink must have, run through the real engine: every record of every batch
 * written, reruns without duplicates, and a failed run that keeps committed batches and the cursor
 * at the last of them.
 *
 * @example
 * ```ts
 * testSink('jsonl', { connector: jsonlConnector, connection: { dir }, sink: () => ({ file: `${n++}.jsonl` }), readBack })
 * ```
 */
export function testSink(name: string, target: SinkTarget): void {
  describe.skipIf(target.skip ?? false)(`sink conformance: ${name}`, () => {
    const harness = createHarness(target.connector);
    const records = kitRecords(5);

    /** A test whose runs share one fresh state store. */
    const withState = (fn: (state: StateStore) => Promise<void>) => async () => {
      const state = await harness.state();
      try {
        await fn(state);
      } finally {
        await state.close();
      }
    };

    it(
      'writes every record of every batch',
      withState(async (state) => {
        const { result } = await harness.run({
          connection: target.connection,
          sink: await target.sink(),
          pages: pagesOf(records, 2),
          batchSize: 2,
          state,
        });
        expect(result.error).toBeUndefined();
        expect(result.status).toBe('succeeded');
        expect(result.streams[0]!.recordsWritten).toBe(5);
        expect(idsAndNames(await target.readBack(state))).toEqual(idsAndNames(records));
      }),
    );

    it(
      'writes nothing, and succeeds, when the source is empty',
      withState(async (state) => {
        const { result } = await harness.run({ connection: target.connection, sink: await target.sink(), pages: [], state });
        expect(result.status).toBe('succeeded');
        expect(await target.readBack(state)).toEqual([]);
      }),
    );

    // Registered only where it applies: a skipped test would read as a missing service.
    if (target.idempotent !== false)
      it(
        'a rerun of the same records adds no duplicates and applies changes',
        withState(async (state) => {
          const sink = await target.sink();
          await harness.run({ connection: target.connection, sink, pages: [records], state });
          const changed = records.map((r) => (r.id === 3 ? { ...r, name: 'renamed' } : r));
          const { result } = await harness.run({ connection: target.connection, sink, pages: [changed], state });
          expect(result.status).toBe('succeeded');
          expect(idsAndNames(await target.readBack(state))).toEqual(idsAndNames(changed));
        }),
      );

    it(
      'a failed run keeps the committed batches and the cursor at the last of them; the rerun completes',
      withState(async (state) => {
        const sink = await target.sink();
        // Records come in cursor order, so the engine saves the cursor with each committed batch.
        const incremental = { cursor_field: 'updated_at', ordered: true };
        const pages = pagesOf(records, 2);
        const failed = await harness.run({
          connection: target.connection,
          sink,
          pages,
          failAfterPage: 2,
          batchSize: 2,
          incremental,
          state,
        });
        expect(failed.result.status).toBe('failed');
        expect(idsAndNames(await target.readBack(state))).toEqual(idsAndNames(records.slice(0, 4)));
        expect(await state.getCursor({ pipeline: KIT_PIPELINE, stream: KIT_STREAM })).toBe(records[3]!.updated_at);
        const rest = await harness.run({
          connection: target.connection,
          sink,
          pages: [records.slice(4)],
          batchSize: 2,
          incremental,
          state,
        });
        expect(rest.result.status).toBe('succeeded');
        expect(idsAndNames(await target.readBack(state))).toEqual(idsAndNames(records));
        expect(await state.getCursor({ pipeline: KIT_PIPELINE, stream: KIT_STREAM })).toBe(records[4]!.updated_at);
      }),
    );
  });
}
