import type { Kysely, Migration } from 'kysely';
import { API_CACHE_MIGRATION } from './_api-cache-store.js';

/**
 * The state schema, versioned. Written with kysely's schema builder only, so the same
 * migrations run on SQLite, PostgreSQL and MySQL. Never edit a released migration: add one.
 */
export const STATE_MIGRATIONS: Record<string, Migration> = {
  '0001_initial': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('syncengine_cursors')
        .addColumn('pipeline', 'varchar(191)', (c) => c.notNull())
        .addColumn('stream', 'varchar(191)', (c) => c.notNull())
        .addColumn('tenant', 'varchar(191)', (c) => c.notNull().defaultTo(''))
        .addColumn('partition_key', 'varchar(191)', (c) => c.notNull().defaultTo(''))
        .addColumn('value', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'varchar(40)', (c) => c.notNull())
        .addPrimaryKeyConstraint('syncengine_cursors_pk', ['pipeline', 'stream', 'tenant', 'partition_key'])
        .execute();
      await db.schema
        .createTable('syncengine_runs')
        .addColumn('id', 'varchar(64)', (c) => c.primaryKey())
        .addColumn('pipeline', 'varchar(191)', (c) => c.notNull())
        .addColumn('tenant', 'varchar(191)', (c) => c.notNull().defaultTo(''))
        .addColumn('trigger', 'varchar(40)', (c) => c.notNull())
        .addColumn('status', 'varchar(20)', (c) => c.notNull())
        .addColumn('started_at', 'varchar(40)', (c) => c.notNull())
        .addColumn('finished_at', 'varchar(40)')
        .addColumn('error', 'text')
        .execute();
      await db.schema.createIndex('syncengine_runs_pipeline').on('syncengine_runs').columns(['pipeline', 'started_at']).execute();
      await db.schema
        .createTable('syncengine_stream_runs')
        .addColumn('run_id', 'varchar(64)', (c) => c.notNull())
        .addColumn('stream', 'varchar(191)', (c) => c.notNull())
        .addColumn('status', 'varchar(20)', (c) => c.notNull())
        .addColumn('started_at', 'varchar(40)', (c) => c.notNull())
        .addColumn('finished_at', 'varchar(40)')
        .addColumn('records_read', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('records_written', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('records_rejected', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('cursor_before', 'text')
        .addColumn('cursor_after', 'text')
        .addColumn('error', 'text')
        .addPrimaryKeyConstraint('syncengine_stream_runs_pk', ['run_id', 'stream'])
        .execute();
      await db.schema
        .createTable('syncengine_kv')
        .addColumn('namespace', 'varchar(191)', (c) => c.notNull())
        .addColumn('key', 'varchar(191)', (c) => c.notNull())
        .addColumn('value', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'varchar(40)', (c) => c.notNull())
        .addPrimaryKeyConstraint('syncengine_kv_pk', ['namespace', 'key'])
        .execute();
    },
  },
  '0002_quarantine_crosswalk': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('syncengine_quarantine')
        .addColumn('id', 'varchar(64)', (c) => c.primaryKey())
        .addColumn('pipeline', 'varchar(191)', (c) => c.notNull())
        .addColumn('stream', 'varchar(191)', (c) => c.notNull())
        .addColumn('tenant', 'varchar(191)', (c) => c.notNull().defaultTo(''))
        .addColumn('run_id', 'varchar(64)', (c) => c.notNull())
        .addColumn('record_key', 'varchar(191)', (c) => c.notNull())
        .addColumn('record', 'text', (c) => c.notNull())
        .addColumn('reasons', 'text', (c) => c.notNull())
        .addColumn('status', 'varchar(20)', (c) => c.notNull())
        .addColumn('created_at', 'varchar(40)', (c) => c.notNull())
        .addColumn('seq', 'bigint', (c) => c.notNull())
        .addColumn('resolved_run_id', 'varchar(64)')
        .addColumn('resolved_at', 'varchar(40)')
        .execute();
      await db.schema
        .createIndex('syncengine_quarantine_stream')
        .on('syncengine_quarantine')
        .columns(['pipeline', 'stream', 'status', 'seq'])
        .execute();
      await db.schema
        .createTable('syncengine_crosswalk')
        .addColumn('tenant', 'varchar(191)', (c) => c.notNull().defaultTo(''))
        .addColumn('kind', 'varchar(100)', (c) => c.notNull())
        .addColumn('source_id', 'varchar(191)', (c) => c.notNull())
        .addColumn('target_id', 'varchar(191)', (c) => c.notNull())
        .addColumn('updated_at', 'varchar(40)', (c) => c.notNull())
        .addPrimaryKeyConstraint('syncengine_crosswalk_pk', ['tenant', 'kind', 'source_id'])
        .execute();
    },
  },
  '0003_locks': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('syncengine_locks')
        .addColumn('name', 'varchar(191)', (c) => c.primaryKey())
        .addColumn('holder', 'varchar(191)', (c) => c.notNull())
        .addColumn('expires_at', 'bigint', (c) => c.notNull())
        .execute();
    },
  },
  '0004_lock_runs': {
    async up(db: Kysely<unknown>) {
      // The run a lock covers and when its holder last renewed it: an expired lock marks that run abandoned.
      await db.schema.alterTable('syncengine_locks').addColumn('run_id', 'varchar(64)').execute();
      await db.schema.alterTable('syncengine_locks').addColumn('renewed_at', 'bigint').execute();
    },
  },
  '0005_lock_fence': {
    async up(db: Kysely<unknown>) {
      // A fencing number that grows each time a lock passes to another holder: cursor writes check it.
      await db.schema
        .alterTable('syncengine_locks')
        .addColumn('fence', 'bigint', (c) => c.notNull().defaultTo(0))
        .execute();
    },
  },
  '0006_cursor_history': {
    async up(db: Kysely<unknown>) {
      // Every committed cursor value, so a cursor can be put back to what it was at a run or a time.
      await db.schema
        .createTable('syncengine_cursor_history')
        .addColumn('pipeline', 'varchar(191)', (c) => c.notNull())
        .addColumn('stream', 'varchar(191)', (c) => c.notNull())
        .addColumn('tenant', 'varchar(191)', (c) => c.notNull().defaultTo(''))
        .addColumn('partition_key', 'varchar(191)', (c) => c.notNull().defaultTo(''))
        .addColumn('seq', 'bigint', (c) => c.notNull())
        .addColumn('value', 'text')
        .addColumn('action', 'varchar(20)', (c) => c.notNull())
        .addColumn('actor', 'varchar(191)', (c) => c.notNull())
        .addColumn('run_id', 'varchar(64)')
        .addColumn('note', 'varchar(400)')
        .addColumn('at', 'varchar(40)', (c) => c.notNull())
        .addPrimaryKeyConstraint('syncengine_cursor_history_pk', ['pipeline', 'stream', 'tenant', 'partition_key', 'seq'])
        .execute();
    },
  },
  '0007_api_cache': API_CACHE_MIGRATION,
};
