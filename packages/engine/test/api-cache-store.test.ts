import { sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { createStateStore, createSqliteStateStore, type StateStore } from '../src/index.js';
import { adminDb, checkDatabase, scratchDatabaseName, testUrl, uniqueName, type ServerDialect } from './_databases.js';

/**
 * The API response cache in the state store (`syncengine_api_cache`, migration 0007_api_cache) on
 * SQLite, PostgreSQL and MySQL: freshness at a given instant, bodies longer than one part,
 * invalidation by record id, purging, and namespaces kept apart.
 */
const entry = (body: string, recordIds: string[], storedAt = 1_000, ttl = 600_000) => ({
  method: 'GET',
  url: 'https://api.example.com/Products?$skip=0',
  status: 200,
  headers: { 'content-type': 'application/json' },
  body,
  storedAt,
  expiresAt: storedAt + ttl,
  recordIds,
});

function cacheSuite(name: string, open: () => Promise<StateStore>) {
  describe(`API cache on ${name}`, () => {
    it('answers until the entry expires, keeps long bodies whole, and drops what a changed record is in', async () => {
      const state = await open();
      try {
        const cache = state.apiCache!('connection:p:ploomes');
        const other = state.apiCache!('connection:q:ploomes');
        // Longer than one 16,000-character part, with accents and a character outside the BMP at the boundary.
        const long = `${'ã'.repeat(15_999)}😀${'é'.repeat(20_000)}`;
        await cache.put('page0', entry(long, ['1', '2', '3']));
        await cache.put('page1', entry('{"value":[{"Id":4}]}', ['4']));
        await other.put('page0', entry('other', ['1']));

        expect(await cache.get('page0', 2_000)).toMatchObject({ status: 200, body: long, headers: { 'content-type': 'application/json' } });
        expect(await cache.get('page0', 1_000 + 600_000)).toBeUndefined();
        expect(await cache.get('nope', 2_000)).toBeUndefined();

        expect(await cache.invalidate(['2', '99'])).toBe(1);
        expect(await cache.get('page0', 2_000)).toBeUndefined();
        expect((await cache.get('page1', 2_000))?.body).toBe('{"value":[{"Id":4}]}');
        expect((await other.get('page0', 2_000))?.body).toBe('other');

        // A put replaces: the old record ids no longer invalidate it.
        await cache.put('page1', entry('{"value":[{"Id":5}]}', ['5'], 5_000, 1_000));
        expect(await cache.invalidate(['4'])).toBe(0);
        expect(await cache.purge(5_500)).toBe(0);
        expect(await cache.purge(6_000)).toBe(1);
        expect(await cache.get('page1', 5_100)).toBeUndefined();
        expect((await other.get('page0', 2_000))?.body).toBe('other');
      } finally {
        await state.close();
      }
    });
  });
}

cacheSuite('sqlite', () => createSqliteStateStore({ path: ':memory:' }));

for (const dialect of ['postgres', 'mysql'] as ServerDialect[]) {
  const server = await checkDatabase(dialect);
  if (!server.run) continue;
  const admin = adminDb(dialect);
  const names: string[] = [];
  afterAll(async () => {
    for (const name of names)
      await (
        dialect === 'postgres' ? sql`drop schema if exists ${sql.id(name)} cascade` : sql`drop database if exists ${sql.id(name)}`
      ).execute(admin);
    await admin.destroy();
  });
  cacheSuite(dialect, async () => {
    server.require();
    const name = dialect === 'postgres' ? uniqueName('cache') : scratchDatabaseName(dialect, 'cache');
    names.push(name);
    if (dialect === 'postgres') return createStateStore(testUrl(dialect, { params: { schema: name } }));
    await sql`create database ${sql.id(name)} character set utf8mb4`.execute(admin);
    return createStateStore(testUrl(dialect, { database: name }));
  });
}
