import { rmSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type Database from 'better-sqlite3';
import { importDriver } from '../util/import-driver.js';
import type { SyncRecord } from '../connector/connector.js';

/** A keyed lookup of join records: in memory while small, a temporary SQLite table past a limit. */
export interface JoinLookup {
  get(key: string): SyncRecord | undefined;
  /** Entries held. */
  readonly size: number;
  /** True once the lookup moved to disk. */
  readonly onDisk: boolean;
  close(): void;
}

/**
 * Builds a lookup from records streamed in once. The first record for a key wins, as in a
 * left join against a table with a unique key. Memory stays bounded by `maxInMemory` records.
 */
export async function buildJoinLookup(
  records: AsyncIterable<{ key: string; record: SyncRecord }>,
  maxInMemory: number,
): Promise<JoinLookup> {
  let memory: Map<string, SyncRecord> | undefined = new Map();
  let disk: { db: Database.Database; dir: string; get: Database.Statement; put: Database.Statement } | undefined;
  let size = 0;
  let pending: [string, string][] = [];

  const flushPending = () => {
    if (!disk || pending.length === 0) return;
    const rows = pending;
    pending = [];
    disk.db.transaction(() => {
      for (const [k, v] of rows) disk!.put.run(k, v);
    })();
  };

  try {
    await fill();
  } catch (error) {
    if (disk) {
      disk.db.close();
      rmSync(disk.dir, { recursive: true, force: true });
    }
    throw error;
  }
  if (disk) size = disk.db.prepare('select count(*) from lookup').pluck().get() as number;

  async function fill() {
    for await (const { key, record } of records) {
      if (memory) {
        if (memory.has(key)) continue;
        memory.set(key, record);
        size += 1;
        if (memory.size > maxInMemory) {
          const { default: Sqlite } = await importDriver('better-sqlite3', () => import('better-sqlite3'), {
            usedBy: 'a join larger than max_in_memory (it spills to a temporary SQLite file)',
            code: 'TRANSFORM_FAILED',
          });
          const dir = mkdtempSync(join(tmpdir(), 'syncengine-join-'));
          const db = new Sqlite(join(dir, 'lookup.db'));
          db.pragma('journal_mode = OFF');
          db.pragma('synchronous = OFF');
          db.exec('create table lookup (k text primary key, v text not null)');
          disk = {
            db,
            dir,
            get: db.prepare('select v from lookup where k = ?').pluck(),
            put: db.prepare('insert or ignore into lookup (k, v) values (?, ?)'),
          };
          for (const [k, r] of memory) pending.push([k, JSON.stringify(r)]);
          memory = undefined;
          flushPending();
        }
      } else {
        pending.push([key, JSON.stringify(record)]);
        size += 1;
        if (pending.length >= 1000) flushPending();
      }
    }
    flushPending();
  }

  return {
    get(key) {
      if (memory) return memory.get(key);
      const text = disk!.get.get(key) as string | undefined;
      return text === undefined ? undefined : (JSON.parse(text) as SyncRecord);
    },
    get size() {
      return size;
    },
    get onDisk() {
      return disk !== undefined;
    },
    close() {
      if (disk) {
        disk.db.close();
        rmSync(disk.dir, { recursive: true, force: true });
      }
    },
  };
}
