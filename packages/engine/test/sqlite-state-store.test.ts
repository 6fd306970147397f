import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { expect, it } from 'vitest';
import { createSqliteStateStore } from '../src/index.js';
import { testStateStore } from '@syncengine/testing';
import { testCursorHistory } from './cursor-history-conformance.js';

let n = 0;
const dir = mkdtempSync(join(tmpdir(), 'syncengine-state-'));
testStateStore('sqlite', () => createSqliteStateStore({ path: join(dir, `state-${++n}.db`) }));
testCursorHistory('sqlite', (options) => createSqliteStateStore({ path: join(dir, `state-${++n}.db`), ...options }), {
  other: (store) => new Kysely<any>({ dialect: new SqliteDialect({ database: new Database(store.identity!.slice('sqlite:'.length)) }) }),
});

it('keeps state across reopening the same file, migrating only once', async () => {
  const path = join(dir, 'reopen', 'state.db');
  const first = await createSqliteStateStore({ path });
  await first.setCursor({ pipeline: 'p', stream: 's' }, 'kept');
  await first.close();
  const second = await createSqliteStateStore({ path });
  expect(await second.getCursor({ pipeline: 'p', stream: 's' })).toBe('kept');
  await second.close();
});
