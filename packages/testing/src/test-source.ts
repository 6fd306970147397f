import { describe, expect, it } from 'vitest';
import type { SyncRecord } from '@syncengine/engine';
import { createHarness, idsAndNames, kitRecords, type ConnectorUnderTest } from './create-harness.js';

/** How `testSource` drives a source connector. */
export interface SourceTarget {
  /** The connector under test (a definition or a registry loader). */
  connector: ConnectorUnderTest;
  /** Its connection block, without `type`. */
  connection: Record<string, unknown>;
  /**
   * Makes the source system hold exactly these records (`id` integer, `name` and `updated_at` text,
   * ISO instants), e.g. by recreating a table or by what a local server serves.
   */
  seed(records: SyncRecord[]): Promise<void>;
  /** The stream's source options that read what `seed` stored. */
  source: Record<string, unknown>;
  /** Set when the source can read incrementally: an incremental run then reads only what changed. */
  incremental?: {
    /** The source options that filter on `${cursor}`. */
    source: Record<string, unknown>;
    /** The record field the cursor follows. @default 'updated_at' */
    cursor_field?: 'updated_at' | 'id';
    /** The cursor of the first run, when the source needs one (e.g. `0` for `where id > ${cursor}`). */
    initial?: string | number;
  };
  /** Skip the suite (e.g. when its database is not available). @default false */
  skip?: boolean;
}

/**
 * The behaviour every source must have, run through the real engine into an in-memory sink: every
 * record read exactly once, an empty source read as empty, and (when incremental) a second run
 * that reads only records changed since the saved cursor.
 *
 * @example
 * ```ts
 * testSource('jsonl', { connector: jsonlConnector, connection: { dir }, seed, source: { file: 'in.jsonl' } })
 * ```
 */
export function testSource(name: string, target: SourceTarget): void {
  describe.skipIf(target.skip ?? false)(`source conformance: ${name}`, () => {
    const harness = createHarness(target.connector);

    it('reads every record exactly once', async () => {
      const records = kitRecords(25);
      await target.seed(records);
      const { result, batches } = await harness.run({ connection: target.connection, source: target.source, batchSize: 10 });
      expect(result.error).toBeUndefined();
      expect(result.streams[0]!.recordsRead).toBe(25);
      expect(idsAndNames(batches.flat())).toEqual(idsAndNames(records));
      expect(batches.every((b) => b.length <= 10)).toBe(true);
    });

    it('reads an empty source as no records, and succeeds', async () => {
      await target.seed([]);
      const { result, batches } = await harness.run({ connection: target.connection, source: target.source });
      expect(result.status).toBe('succeeded');
      expect(batches.flat()).toEqual([]);
    });

    // Registered only where it applies: a skipped test would read as a missing service.
    if (target.incremental)
      it('an incremental run reads only the records changed since the cursor', async () => {
        const { source, cursor_field: field = 'updated_at', initial } = target.incremental!;
        const incremental = { cursor_field: field, ...(initial !== undefined ? { initial } : {}) };
        const state = await harness.state();
        try {
          const first = kitRecords(3);
          await target.seed(first);
          const one = await harness.run({ connection: target.connection, source, incremental, state });
          expect(idsAndNames(one.batches.flat())).toEqual(idsAndNames(first));
          const added = kitRecords(2, 4);
          await target.seed([...first, ...added]);
          const two = await harness.run({ connection: target.connection, source, incremental, state });
          const read = two.batches.flat();
          // A source may read the record at the cursor again (an inclusive filter), never an older one.
          const position = (r: SyncRecord) => (field === 'id' ? Number(r.id) : instant(r.updated_at));
          const cursor = position(first[2]!);
          expect(idsAndNames(read.filter((r) => position(r) < cursor))).toEqual([]);
          expect(idsAndNames(read.filter((r) => position(r) > cursor))).toEqual(idsAndNames(added));
        } finally {
          await state.close();
        }
      });
  });
}

/** An instant as ISO text, whether the source returns text or a Date. */
function instant(value: unknown): string {
  return value instanceof Date ? value.toISOString() : new Date(String(value)).toISOString();
}
