import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createMysqlStateStore, createPostgresStateStore, createStateStore, StateError, type StateStore } from '../src/index.js';
import { adminDb, checkDatabase, scratchDatabaseName, testIdentity, testUrl, uniqueName, type ServerDialect } from './_databases.js';
import { testStateStore } from '@syncengine/testing';
import { testCursorHistory } from './cursor-history-conformance.js';

/**
 * The state store on PostgreSQL and MySQL/MariaDB. Each store gets its own namespace (a schema on
 * PostgreSQL, a database on MySQL) so the suites can run next to each other on one server.
 */
const DIALECTS: ServerDialect[] = ['postgres', 'mysql'];

for (const dialect of DIALECTS) {
  const server = await checkDatabase(dialect);
  describe.skipIf(!server.run)(`${dialect} state store`, () => {
    const admin = adminDb(dialect);
    const namespaces: string[] = [];

    /** A URL of an empty namespace of its own. */
    const freshUrl = async (): Promise<string> => {
      server.require();
      const name = dialect === 'postgres' ? uniqueName('state') : scratchDatabaseName(dialect, 'state');
      namespaces.push(name);
      if (dialect === 'postgres') return testUrl(dialect, { params: { schema: name } });
      await sql`create database ${sql.id(name)} character set utf8mb4`.execute(admin);
      return testUrl(dialect, { database: name });
    };

    beforeAll(() => server.require());
    afterAll(async () => {
      for (const name of namespaces) {
        await (
          dialect === 'postgres' ? sql`drop schema if exists ${sql.id(name)} cascade` : sql`drop database if exists ${sql.id(name)}`
        ).execute(admin);
      }
      await admin.destroy();
    });

    testStateStore(dialect, async () => createStateStore(await freshUrl()));
    testCursorHistory(dialect, async (options) => createStateStore(await freshUrl(), options), {
      other: () => (dialect === 'postgres' ? adminDb(dialect) : adminDb(dialect, { database: namespaces.at(-1)! })),
    });

    it('is chosen by URL and reports the database identity without credentials', async () => {
      const url = await freshUrl();
      const store = await createStateStore(url);
      try {
        expect(store.identity).toBe(testIdentity(dialect, dialect === 'postgres' ? {} : { database: namespaces.at(-1)! }));
      } finally {
        await store.close();
      }
    });

    it("lets several processes share state: stores opened at once migrate once and see each other's cursors", async () => {
      const url = await freshUrl();
      const stores = await Promise.all([createStateStore(url), createStateStore(url), createStateStore(url)]);
      try {
        await stores[0]!.setCursor({ pipeline: 'p', stream: 's' }, '2026-03-01');
        expect(await stores[2]!.getCursor({ pipeline: 'p', stream: 's' })).toBe('2026-03-01');
        await stores[1]!.kv('connection:p:crm').set('refresh_token', 'rotated');
        expect(await stores[0]!.kv('connection:p:crm').get('refresh_token')).toBe('rotated');
      } finally {
        await Promise.all(stores.map((s) => s.close()));
      }
      const migrations = await sql<{ name: string }>`select name from ${sql.table(`${namespaces.at(-1)}.syncengine_migrations`)}`.execute(
        admin,
      );
      expect(migrations.rows.map((r) => r.name)).toEqual([
        '0001_initial',
        '0002_quarantine_crosswalk',
        '0003_locks',
        '0004_lock_runs',
        '0005_lock_fence',
        '0006_cursor_history',
        '0007_api_cache',
      ]);
    });

    it('writes a cursor through a transaction of another connection to the same database (for SQL sinks)', async () => {
      const url = await freshUrl();
      const store = await createStateStore(url);
      const other = dialect === 'postgres' ? admin : adminDb(dialect, { database: namespaces.at(-1)! });
      try {
        const key = { pipeline: 'p', stream: 'orders' };
        await other
          .transaction()
          .execute(async (trx) => {
            await store.setCursorWith!(trx, key, 'rolled back');
            throw new Error('abort the transaction');
          })
          .catch(() => {});
        expect(await store.getCursor(key)).toBeUndefined();
        await other.transaction().execute((trx) => store.setCursorWith!(trx, key, 'committed'));
        expect(await store.getCursor(key)).toBe('committed');
      } finally {
        await store.close();
        if (other !== admin) await other.destroy();
      }
    });

    it('warns, naming the database, when the server drops an idle pooled connection, and goes on with a new one', async () => {
      const url = await freshUrl();
      const warnings: string[] = [];
      const store = await createStateStore(url, { logger: { warn: (message) => warnings.push(message) } });
      try {
        const key = { pipeline: 'p', stream: 'idle_drop' };
        await store.setCursor(key, 'before');
        // The store's connections are idle now: end them from the server side, as a restart or a proxy would.
        const ours = namespaces.at(-1)!;
        await (
          dialect === 'postgres'
            ? sql`select pg_terminate_backend(pid) from pg_stat_activity where datname = current_database() and application_name = 'syncengine-state' and state = 'idle'`
            : sql`select 1`
        ).execute(admin);
        if (dialect === 'mysql') {
          const { rows } = await sql<{
            id: number;
          }>`select id from information_schema.processlist where db = ${ours} and command = 'Sleep'`.execute(admin);
          for (const { id } of rows) await sql`kill ${sql.raw(String(Number(id)))}`.execute(admin);
        }
        await vi.waitFor(() => expect(warnings.length).toBeGreaterThan(0), { timeout: 5_000, interval: 20 });
        const where = testIdentity(dialect, dialect === 'postgres' ? {} : { database: ours });
        expect(warnings[0]!.slice(0, `idle connection to ${where} failed: `.length)).toBe(`idle connection to ${where} failed: `);
        await store.setCursor(key, 'after');
        expect(await store.getCursor(key)).toBe('after');
      } finally {
        await store.close();
      }
    });

    it('names the database but never the password when it cannot connect', async () => {
      const url = new URL(testUrl(dialect));
      url.password = 's3cret-pass';
      url.port = '1';
      let error: unknown;
      let store: StateStore | undefined;
      try {
        store = await (dialect === 'postgres'
          ? createPostgresStateStore({ url: url.toString() })
          : createMysqlStateStore({ url: url.toString() }));
      } catch (e) {
        error = e;
      }
      await store?.close();
      expect(error).toBeInstanceOf(StateError);
      const opening = `cannot open the state store at ${testIdentity(dialect, { port: 1 })}: `;
      expect((error as Error).message.slice(0, opening.length)).toBe(opening);
      expect((error as Error).message).not.toContain('s3cret');
    });
  });
}
