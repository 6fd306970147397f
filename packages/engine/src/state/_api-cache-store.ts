import type { Kysely, Migration } from 'kysely';
import type { ApiCacheStore, CachedResponse } from './api-cache-store.js';
import { guard } from './_store-guard.js';

/** A row of `syncengine_api_cache`: one part of one cached response. */
export interface ApiCacheTable {
  namespace: string;
  cache_key: string;
  /** Bodies are cut in parts of `PART_CHARS`, so MySQL's 64 KB `text` holds any of them. */
  part: number;
  parts: number;
  method: string;
  url: string;
  status: number;
  headers: string;
  body: string;
  stored_at: number;
  expires_at: number;
}

/** A row of `syncengine_api_cache_records`: a record a cached response holds. */
export interface ApiCacheRecordTable {
  namespace: string;
  record_id: string;
  cache_key: string;
}

interface CacheDatabase {
  syncengine_api_cache: ApiCacheTable;
  syncengine_api_cache_records: ApiCacheRecordTable;
}

/** Characters per body part: at most 3 bytes each in UTF-8 (a surrogate pair is 4 bytes for 2), under 64 KB. */
const PART_CHARS = 16_000;
/** Rows per INSERT and ids per IN list. */
const CHUNK = 500;
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

/**
 * The API cache of one namespace on the state store's database; `inSchema` puts a query (or a
 * transaction) in the store's schema.
 */
export function createApiCache(database: Kysely<any>, namespace: string, inSchema: (db: Kysely<any>) => Kysely<any>): ApiCacheStore {
  const db = inSchema(database) as Kysely<CacheDatabase>;
  const inTransaction = <T>(fn: (trx: Kysely<CacheDatabase>) => Promise<T>) =>
    database.transaction().execute((trx) => fn(inSchema(trx) as Kysely<CacheDatabase>));
  const drop = async (trx: Kysely<CacheDatabase>, keys: readonly string[]) => {
    for (let i = 0; i < keys.length; i += CHUNK) {
      const chunk = keys.slice(i, i + CHUNK);
      await trx.deleteFrom('syncengine_api_cache').where('namespace', '=', namespace).where('cache_key', 'in', chunk).execute();
      await trx.deleteFrom('syncengine_api_cache_records').where('namespace', '=', namespace).where('cache_key', 'in', chunk).execute();
    }
  };
  return {
    get: (key, now) =>
      guard('read the API cache', async () => {
        const rows = await db
          .selectFrom('syncengine_api_cache')
          .select(['part', 'parts', 'status', 'headers', 'body', 'stored_at', 'expires_at'])
          .where('namespace', '=', namespace)
          .where('cache_key', '=', key)
          .orderBy('part')
          .execute();
        const first = rows[0];
        // A response written by halves (a crash between statements cannot leave one: put is one transaction).
        if (!first || rows.length !== Number(first.parts) || Number(first.expires_at) <= now) return undefined;
        const response: CachedResponse = {
          status: Number(first.status),
          headers: JSON.parse(first.headers) as Record<string, string>,
          body: rows.map((r) => r.body).join(''),
          storedAt: Number(first.stored_at),
          expiresAt: Number(first.expires_at),
        };
        return response;
      }),
    put: (key, entry) =>
      guard('write the API cache', async () => {
        const bodies = cut(entry.body, PART_CHARS);
        const ids = [...new Set(entry.recordIds.filter((id) => id.length > 0 && id.length <= MAX_ID_LENGTH))];
        await inTransaction(async (trx) => {
          await drop(trx, [key]);
          const rows = bodies.map((body, part) => ({
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
          }));
          // One part per statement: a part is up to 16,000 characters, and some drivers cap a packet.
          for (const row of rows) await trx.insertInto('syncengine_api_cache').values(row).execute();
          for (let i = 0; i < ids.length; i += CHUNK) {
            const chunk = ids.slice(i, i + CHUNK).map((record_id) => ({ namespace, record_id, cache_key: key }));
            await trx.insertInto('syncengine_api_cache_records').values(chunk).execute();
          }
        });
      }),
    invalidate: (recordIds) =>
      guard('invalidate the API cache', async () => {
        const ids = [...new Set(recordIds.map(String))];
        const keys = new Set<string>();
        for (let i = 0; i < ids.length; i += CHUNK) {
          const rows = await db
            .selectFrom('syncengine_api_cache_records')
            .select('cache_key')
            .where('namespace', '=', namespace)
            .where('record_id', 'in', ids.slice(i, i + CHUNK))
            .execute();
          for (const row of rows) keys.add(row.cache_key);
        }
        if (keys.size) await inTransaction((trx) => drop(trx, [...keys]));
        return keys.size;
      }),
    purge: (now) =>
      guard('purge the API cache', async () => {
        const rows = await db
          .selectFrom('syncengine_api_cache')
          .select('cache_key')
          .distinct()
          .where('namespace', '=', namespace)
          .where('expires_at', '<=', now)
          .execute();
        const keys = rows.map((r) => r.cache_key);
        if (keys.length) await inTransaction((trx) => drop(trx, keys));
        return keys.length;
      }),
  };
}
