import type { Kysely, Migration } from 'kysely';
import type { ApiCacheStore, CachedResponse } from './api-cache-store.js';
import { chunks, guard } from './_store-guard.js';
import type { StateDriver, StateRowAccess } from './state-driver.js';
import type { ApiCacheRow } from './state-tables.js';

/** Characters per body part: at most 3 bytes each in UTF-8 (a surrogate pair is 4 bytes for 2), under 64 KB. */
const PART_CHARS = 16_000;
/** Longest record id kept for invalidation (the column's width). */
const MAX_ID_LENGTH = 191;

/** `0007_api_cache`: the tables of the API response cache, written with the schema builder only. */
export const API_CACHE_MIGRATION: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('syncengine_api_cache')
      .addColumn('namespace', 'varchar(191)', (c) => c.notNull())
      .addColumn('cache_key', 'varchar(64)', (c) => c.notNull())
      .addColumn('part', 'integer', (c) => c.notNull())
      .addColumn('parts', 'integer', (c) => c.notNull())
      .addColumn('method', 'varchar(10)', (c) => c.notNull())
      .addColumn('url', 'text', (c) => c.notNull())
      .addColumn('status', 'integer', (c) => c.notNull())
      .addColumn('headers', 'text', (c) => c.notNull())
      .addColumn('body', 'text', (c) => c.notNull())
      .addColumn('stored_at', 'bigint', (c) => c.notNull())
      .addColumn('expires_at', 'bigint', (c) => c.notNull())
      .addPrimaryKeyConstraint('syncengine_api_cache_pk', ['namespace', 'cache_key', 'part'])
      .execute();
    await db.schema.createIndex('syncengine_api_cache_expiry').on('syncengine_api_cache').columns(['namespace', 'expires_at']).execute();
    await db.schema
      .createTable('syncengine_api_cache_records')
      .addColumn('namespace', 'varchar(191)', (c) => c.notNull())
      .addColumn('record_id', 'varchar(191)', (c) => c.notNull())
      .addColumn('cache_key', 'varchar(64)', (c) => c.notNull())
      .addPrimaryKeyConstraint('syncengine_api_cache_records_pk', ['namespace', 'record_id', 'cache_key'])
      .execute();
  },
};

/** Cuts text in parts of at most `size` characters without splitting a surrogate pair. */
function cut(text: string, size: number): string[] {
  if (text.length <= size) return [text];
  const parts: string[] = [];
  for (let at = 0; at < text.length; ) {
    let end = Math.min(at + size, text.length);
    if (end < text.length && /[\uD800-\uDBFF]/.test(text[end - 1]!)) end -= 1;
    parts.push(text.slice(at, end));
    at = end;
  }
  return parts;
}

/** Drops the responses under `keys` and the record ids that point at them. */
async function drop(rows: StateRowAccess, namespace: string, keys: readonly string[]): Promise<void> {
  for (const chunk of chunks(keys)) {
    await rows.delete('api_cache', { namespace, cache_key: chunk });
    await rows.delete('api_cache_records', { namespace, cache_key: chunk });
  }
}

/** The API cache of one namespace, on the rows of any state driver. */
export function createApiCache(driver: StateDriver, namespace: string): ApiCacheStore {
  return {
    get: (key, now) =>
      guard('read the API cache', async () => {
        const rows = await driver.list('api_cache', { where: { namespace, cache_key: key }, orderBy: [['part', 'asc']] });
        const first = rows[0];
        // Parts are written in one transaction, so a response is whole or absent; expired is a miss.
        if (!first || rows.length !== first.parts || first.expires_at <= now) return undefined;
        const response: CachedResponse = {
          status: first.status,
          headers: JSON.parse(first.headers) as Record<string, string>,
          body: rows.map((r) => r.body).join(''),
          storedAt: first.stored_at,
          expiresAt: first.expires_at,
        };
        return response;
      }),
    put: (key, entry) =>
      guard('write the API cache', async () => {
        const bodies = cut(entry.body, PART_CHARS);
        const ids = [...new Set(entry.recordIds.filter((id) => id.length > 0 && id.length <= MAX_ID_LENGTH))];
        const parts = bodies.map(
          (body, part): ApiCacheRow => ({
            namespace,
            cache_key: key,
            part,
            parts: bodies.length,
            method: entry.method,
            url: entry.url,
            status: entry.status,
            headers: JSON.stringify(entry.headers),
            body,
            stored_at: entry.storedAt,
            expires_at: entry.expiresAt,
          }),
        );
        await driver.transaction(async (rows) => {
          await drop(rows, namespace, [key]);
          // One part per statement: a part is up to 16,000 characters, and some drivers cap a packet.
          for (const part of parts) await rows.put('api_cache', [part]);
          for (const chunk of chunks(ids)) {
            await rows.put('api_cache_records', chunk.map((record_id) => ({ namespace, record_id, cache_key: key })));
          }
        });
      }),
    invalidate: (recordIds) =>
      guard('invalidate the API cache', async () => {
        const keys = new Set<string>();
        for (const chunk of chunks([...new Set(recordIds.map(String))])) {
          for (const row of await driver.list('api_cache_records', { where: { namespace, record_id: chunk } })) keys.add(row.cache_key);
        }
        if (keys.size) await driver.transaction((rows) => drop(rows, namespace, [...keys]));
        return keys.size;
      }),
    purge: (now) =>
      guard('purge the API cache', async () => {
        const expired = await driver.list('api_cache', { where: { namespace, expires_at: { atMost: now } } });
        const keys = [...new Set(expired.map((r) => r.cache_key))];
        if (keys.length) await driver.transaction((rows) => drop(rows, namespace, keys));
        return keys.length;
      }),
  };
}
