import {
  importDriver
} from "./chunk-PM2PRZKI.js";
import {
  StateError
} from "./chunk-RLQ4YVQZ.js";

// packages/engine/dist/state/sqlite-state-store.js
import { mkdirSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { Kysely, SqliteDialect } from "kysely";

// packages/engine/dist/state/kysely-state-store.js
import { Migrator } from "kysely";

// packages/engine/dist/state/driver-error-message.js
function driverErrorMessage(error) {
  if (!(error instanceof Error))
    return String(error);
  if (error.message)
    return error.message;
  const parts = error instanceof AggregateError ? error.errors.map(driverErrorMessage).filter(Boolean) : [];
  const code = error.code;
  return parts.length ? [...new Set(parts)].join("; ") : typeof code === "string" ? code : error.name;
}

// packages/engine/dist/state/_state-migrations.js
var STATE_MIGRATIONS = {
  "0001_initial": {
    async up(db) {
      await db.schema.createTable("syncengine_cursors").addColumn("pipeline", "varchar(191)", (c) => c.notNull()).addColumn("stream", "varchar(191)", (c) => c.notNull()).addColumn("tenant", "varchar(191)", (c) => c.notNull().defaultTo("")).addColumn("partition_key", "varchar(191)", (c) => c.notNull().defaultTo("")).addColumn("value", "text", (c) => c.notNull()).addColumn("updated_at", "varchar(40)", (c) => c.notNull()).addPrimaryKeyConstraint("syncengine_cursors_pk", ["pipeline", "stream", "tenant", "partition_key"]).execute();
      await db.schema.createTable("syncengine_runs").addColumn("id", "varchar(64)", (c) => c.primaryKey()).addColumn("pipeline", "varchar(191)", (c) => c.notNull()).addColumn("tenant", "varchar(191)", (c) => c.notNull().defaultTo("")).addColumn("trigger", "varchar(40)", (c) => c.notNull()).addColumn("status", "varchar(20)", (c) => c.notNull()).addColumn("started_at", "varchar(40)", (c) => c.notNull()).addColumn("finished_at", "varchar(40)").addColumn("error", "text").execute();
      await db.schema.createIndex("syncengine_runs_pipeline").on("syncengine_runs").columns(["pipeline", "started_at"]).execute();
      await db.schema.createTable("syncengine_stream_runs").addColumn("run_id", "varchar(64)", (c) => c.notNull()).addColumn("stream", "varchar(191)", (c) => c.notNull()).addColumn("status", "varchar(20)", (c) => c.notNull()).addColumn("started_at", "varchar(40)", (c) => c.notNull()).addColumn("finished_at", "varchar(40)").addColumn("records_read", "integer", (c) => c.notNull().defaultTo(0)).addColumn("records_written", "integer", (c) => c.notNull().defaultTo(0)).addColumn("records_rejected", "integer", (c) => c.notNull().defaultTo(0)).addColumn("cursor_before", "text").addColumn("cursor_after", "text").addColumn("error", "text").addPrimaryKeyConstraint("syncengine_stream_runs_pk", ["run_id", "stream"]).execute();
      await db.schema.createTable("syncengine_kv").addColumn("namespace", "varchar(191)", (c) => c.notNull()).addColumn("key", "varchar(191)", (c) => c.notNull()).addColumn("value", "text", (c) => c.notNull()).addColumn("updated_at", "varchar(40)", (c) => c.notNull()).addPrimaryKeyConstraint("syncengine_kv_pk", ["namespace", "key"]).execute();
    }
  },
  "0002_quarantine_crosswalk": {
    async up(db) {
      await db.schema.createTable("syncengine_quarantine").addColumn("id", "varchar(64)", (c) => c.primaryKey()).addColumn("pipeline", "varchar(191)", (c) => c.notNull()).addColumn("stream", "varchar(191)", (c) => c.notNull()).addColumn("tenant", "varchar(191)", (c) => c.notNull().defaultTo("")).addColumn("run_id", "varchar(64)", (c) => c.notNull()).addColumn("record_key", "varchar(191)", (c) => c.notNull()).addColumn("record", "text", (c) => c.notNull()).addColumn("reasons", "text", (c) => c.notNull()).addColumn("status", "varchar(20)", (c) => c.notNull()).addColumn("created_at", "varchar(40)", (c) => c.notNull()).addColumn("seq", "bigint", (c) => c.notNull()).addColumn("resolved_run_id", "varchar(64)").addColumn("resolved_at", "varchar(40)").execute();
      await db.schema.createIndex("syncengine_quarantine_stream").on("syncengine_quarantine").columns(["pipeline", "stream", "status", "seq"]).execute();
      await db.schema.createTable("syncengine_crosswalk").addColumn("tenant", "varchar(191)", (c) => c.notNull().defaultTo("")).addColumn("kind", "varchar(100)", (c) => c.notNull()).addColumn("source_id", "varchar(191)", (c) => c.notNull()).addColumn("target_id", "varchar(191)", (c) => c.notNull()).addColumn("updated_at", "varchar(40)", (c) => c.notNull()).addPrimaryKeyConstraint("syncengine_crosswalk_pk", ["tenant", "kind", "source_id"]).execute();
    }
  },
  "0003_locks": {
    async up(db) {
      await db.schema.createTable("syncengine_locks").addColumn("name", "varchar(191)", (c) => c.primaryKey()).addColumn("holder", "varchar(191)", (c) => c.notNull()).addColumn("expires_at", "bigint", (c) => c.notNull()).execute();
    }
  },
  "0004_lock_runs": {
    async up(db) {
      await db.schema.alterTable("syncengine_locks").addColumn("run_id", "varchar(64)").execute();
      await db.schema.alterTable("syncengine_locks").addColumn("renewed_at", "bigint").execute();
    }
  },
  "0005_lock_fence": {
    async up(db) {
      await db.schema.alterTable("syncengine_locks").addColumn("fence", "bigint", (c) => c.notNull().defaultTo(0)).execute();
    }
  },
  "0006_cursor_history": {
    async up(db) {
      await db.schema.createTable("syncengine_cursor_history").addColumn("pipeline", "varchar(191)", (c) => c.notNull()).addColumn("stream", "varchar(191)", (c) => c.notNull()).addColumn("tenant", "varchar(191)", (c) => c.notNull().defaultTo("")).addColumn("partition_key", "varchar(191)", (c) => c.notNull().defaultTo("")).addColumn("seq", "bigint", (c) => c.notNull()).addColumn("value", "text").addColumn("action", "varchar(20)", (c) => c.notNull()).addColumn("actor", "varchar(191)", (c) => c.notNull()).addColumn("run_id", "varchar(64)").addColumn("note", "varchar(400)").addColumn("at", "varchar(40)", (c) => c.notNull()).addPrimaryKeyConstraint("syncengine_cursor_history_pk", ["pipeline", "stream", "tenant", "partition_key", "seq"]).execute();
    }
  }
};

// packages/engine/dist/state/_crosswalk-store.js
import { sql } from "kysely";

// packages/engine/dist/state/_store-guard.js
async function guard(what, fn) {
  try {
    return await fn();
  } catch (error) {
    throw new StateError(`state store: could not ${what}: ${error.message}`, { cause: error });
  }
}

// packages/engine/dist/state/_crosswalk-store.js
var CHUNK = 500;
function createCrosswalk(db, style, tenant, now) {
  return {
    lookup: (kind, sourceIds) => guard("read the crosswalk", async () => {
      const found = /* @__PURE__ */ new Map();
      for (let i = 0; i < sourceIds.length; i += CHUNK) {
        const rows = await db.selectFrom("syncengine_crosswalk").select(["source_id", "target_id"]).where("tenant", "=", tenant).where("kind", "=", kind).where("source_id", "in", sourceIds.slice(i, i + CHUNK)).execute();
        for (const row of rows)
          found.set(row.source_id, row.target_id);
      }
      return found;
    }),
    all: (kind) => guard("read the crosswalk", async () => {
      const rows = await db.selectFrom("syncengine_crosswalk").select(["source_id", "target_id"]).where("tenant", "=", tenant).where("kind", "=", kind).execute();
      return new Map(rows.map((r) => [r.source_id, r.target_id]));
    }),
    put: (kind, entries) => guard("write the crosswalk", async () => {
      const at = now();
      const rows = entries.map((e) => ({ tenant, kind, source_id: e.sourceId, target_id: e.targetId, updated_at: at }));
      for (let i = 0; i < rows.length; i += CHUNK) {
        const insert = db.insertInto("syncengine_crosswalk").values(rows.slice(i, i + CHUNK));
        await (style === "on-conflict" ? insert.onConflict((oc) => oc.columns(["tenant", "kind", "source_id"]).doUpdateSet((eb) => ({ target_id: eb.ref("excluded.target_id"), updated_at: eb.ref("excluded.updated_at") }))) : insert.onDuplicateKeyUpdate({ target_id: sql`VALUES(target_id)`, updated_at: sql`VALUES(updated_at)` })).execute();
      }
    })
  };
}

// packages/engine/dist/state/_cursor-history.js
var DEFAULT_HISTORY_RETENTION = 100;
function cursorKeyOf(key) {
  return { pipeline: key.pipeline, stream: key.stream, tenant: key.tenant ?? "", partition_key: key.partition ?? "" };
}
async function recordCursorChange(db, key, value, change, at, retention) {
  const k = cursorKeyOf(key);
  const last = await db.selectFrom("syncengine_cursor_history").select((eb) => eb.fn.max("seq").as("seq")).where("pipeline", "=", k.pipeline).where("stream", "=", k.stream).where("tenant", "=", k.tenant).where("partition_key", "=", k.partition_key).executeTakeFirst();
  const seq = Number(last?.seq ?? 0) + 1;
  await db.insertInto("syncengine_cursor_history").values({
    ...k,
    seq,
    value,
    action: change.action ?? (value === null ? "reset" : change.runId ? "commit" : "set"),
    actor: (change.actor ?? "unknown").slice(0, 191),
    run_id: change.runId ?? null,
    note: change.note?.slice(0, 400) ?? null,
    at
  }).execute();
  if (seq > retention) {
    await db.deleteFrom("syncengine_cursor_history").where("pipeline", "=", k.pipeline).where("stream", "=", k.stream).where("tenant", "=", k.tenant).where("partition_key", "=", k.partition_key).where("seq", "<=", seq - retention).execute();
  }
}
function createCursorInspector(db, guard2) {
  const decode = (text) => text === null ? void 0 : JSON.parse(text);
  const keyFields = (row) => ({
    pipeline: row.pipeline,
    stream: row.stream,
    ...row.tenant ? { tenant: row.tenant } : {},
    ...row.partition_key ? { partition: row.partition_key } : {}
  });
  return {
    list: (filter) => guard2("list cursors", async () => {
      let query = db.selectFrom("syncengine_cursors").selectAll().where("pipeline", "=", filter.pipeline);
      if (filter.stream !== void 0)
        query = query.where("stream", "=", filter.stream);
      if (filter.tenant !== void 0)
        query = query.where("tenant", "=", filter.tenant);
      if (filter.partition !== void 0)
        query = query.where("partition_key", "=", filter.partition);
      const rows = await query.orderBy("stream").orderBy("tenant").orderBy("partition_key").limit(filter.limit ?? 1e3).execute();
      return rows.map((r) => ({ ...keyFields(r), value: decode(r.value), updatedAt: r.updated_at }));
    }),
    history: (filter) => guard2("read the cursor history", async () => {
      let query = db.selectFrom("syncengine_cursor_history").selectAll().where("pipeline", "=", filter.pipeline);
      if (filter.stream !== void 0)
        query = query.where("stream", "=", filter.stream);
      if (filter.tenant !== void 0)
        query = query.where("tenant", "=", filter.tenant);
      if (filter.partition !== void 0)
        query = query.where("partition_key", "=", filter.partition);
      const rows = await query.orderBy("at", "desc").orderBy("seq", "desc").limit(filter.limit ?? 100).execute();
      return rows.map((r) => ({
        ...keyFields(r),
        seq: Number(r.seq),
        value: decode(r.value),
        action: r.action,
        actor: r.actor,
        ...r.run_id ? { runId: r.run_id } : {},
        ...r.note ? { note: r.note } : {},
        at: r.at
      }));
    })
  };
}

// packages/engine/dist/state/_lock-store.js
import { sql as sql2 } from "kysely";
function createLocks(db) {
  const reap = async (name, now) => {
    const row = await db.selectFrom("syncengine_locks").selectAll().where("name", "=", name).executeTakeFirst();
    if (!row || Number(row.expires_at) >= now || !row.run_id)
      return row;
    const lastSeen = new Date(Number(row.renewed_at ?? row.expires_at)).toISOString();
    const error = `abandoned: its process (${row.holder}) stopped renewing lock ${name}; last seen ${lastSeen}`;
    await db.updateTable("syncengine_runs").set({ status: "abandoned", finished_at: lastSeen, error }).where("id", "=", row.run_id).where("status", "=", "running").execute();
    await db.updateTable("syncengine_stream_runs").set({ status: "abandoned", finished_at: lastSeen }).where("run_id", "=", row.run_id).where("status", "=", "running").execute();
    await db.updateTable("syncengine_locks").set({ run_id: null }).where("name", "=", name).where("run_id", "=", row.run_id).where("expires_at", "=", row.expires_at).execute();
    return row;
  };
  return {
    acquire: (name, holder, ttlMs, options = {}) => guard("take a lock", async () => {
      const now = options.now ?? Date.now();
      const values = { holder, expires_at: now + ttlMs, run_id: options.runId ?? null, renewed_at: now };
      if (options.renew) {
        const renewed = await db.updateTable("syncengine_locks").set(values).where("name", "=", name).where("holder", "=", holder).executeTakeFirst();
        return Number(renewed.numUpdatedRows) > 0;
      }
      const existing = await reap(name, now);
      if (existing) {
        const updated = await db.updateTable("syncengine_locks").set({ fence: sql2`case when holder = ${holder} then fence else fence + 1 end`, ...values }).where("name", "=", name).where((eb) => eb.or([eb("expires_at", "<", now), eb("holder", "=", holder)])).executeTakeFirst();
        if (Number(updated.numUpdatedRows) > 0)
          return true;
      }
      try {
        await db.insertInto("syncengine_locks").values({ name, ...values, fence: 1 }).execute();
        return true;
      } catch {
        return false;
      }
    }),
    release: (name, holder) => guard("release a lock", async () => {
      await db.deleteFrom("syncengine_locks").where("name", "=", name).where("holder", "=", holder).execute();
    }),
    holder: (name, options = {}) => guard("read a lock", async () => {
      const now = options.now ?? Date.now();
      const row = await reap(name, now);
      return row && Number(row.expires_at) >= now ? row.holder : void 0;
    }),
    fence: (name, holder) => guard("read a lock", async () => {
      const row = await db.selectFrom("syncengine_locks").select("fence").where("name", "=", name).where("holder", "=", holder).executeTakeFirst();
      return row ? Number(row.fence) : void 0;
    })
  };
}

// packages/engine/dist/state/_quarantine-store.js
var CHUNK2 = 500;
function createQuarantine(db, style, now) {
  return {
    put: (records) => guard("quarantine records", async () => {
      if (records.length === 0)
        return;
      const at = now();
      const base = Date.now() * 1e3;
      await db.transaction().execute(async (trx) => {
        for (const [i, r] of records.entries()) {
          const row = {
            id: r.id,
            pipeline: r.pipeline,
            stream: r.stream,
            tenant: r.tenant ?? "",
            run_id: r.runId,
            record_key: r.recordKey.slice(0, 191),
            // Records may hold values JSON has no form for (BigInt from a database driver): keep them as text.
            record: JSON.stringify(r.record, (_key, value) => typeof value === "bigint" ? value.toString() : value),
            reasons: JSON.stringify(r.reasons),
            status: "open",
            created_at: at,
            seq: base + i,
            resolved_run_id: null,
            resolved_at: null
          };
          const update = { run_id: row.run_id, reasons: row.reasons, record: row.record, status: "open" };
          const insert = trx.insertInto("syncengine_quarantine").values(row);
          await (style === "on-conflict" ? insert.onConflict((oc) => oc.column("id").doUpdateSet(update)) : insert.onDuplicateKeyUpdate(update)).execute();
        }
      });
    }),
    list: (filter = {}) => guard("list quarantined records", async () => {
      let query = db.selectFrom("syncengine_quarantine").selectAll();
      if (filter.pipeline)
        query = query.where("pipeline", "=", filter.pipeline);
      if (filter.stream)
        query = query.where("stream", "=", filter.stream);
      if (filter.tenant !== void 0)
        query = query.where("tenant", "=", filter.tenant);
      const status = filter.status ?? "open";
      if (status !== "all")
        query = query.where("status", "=", status);
      if (filter.ids?.length)
        query = query.where("id", "in", filter.ids);
      const rows = await query.orderBy("seq").limit(filter.limit ?? 1e3).execute();
      return rows.map((row) => ({
        id: row.id,
        pipeline: row.pipeline,
        stream: row.stream,
        ...row.tenant ? { tenant: row.tenant } : {},
        runId: row.run_id,
        recordKey: row.record_key,
        record: JSON.parse(row.record),
        reasons: JSON.parse(row.reasons),
        status: row.status,
        createdAt: row.created_at,
        ...row.resolved_run_id ? { resolvedRunId: row.resolved_run_id } : {},
        ...row.resolved_at ? { resolvedAt: row.resolved_at } : {}
      }));
    }),
    resolve: (ids, runId) => guard("resolve quarantined records", async () => {
      for (let i = 0; i < ids.length; i += CHUNK2) {
        await db.updateTable("syncengine_quarantine").set({ status: "replayed", resolved_run_id: runId, resolved_at: now() }).where("id", "in", ids.slice(i, i + CHUNK2)).execute();
      }
    })
  };
}

// packages/engine/dist/state/kysely-state-store.js
var MAX_STORED_ERROR_LENGTH = 2e3;
function clipStoredError(error) {
  if (error === void 0)
    return null;
  if (error.length <= MAX_STORED_ERROR_LENGTH)
    return error;
  const end = /[\uD800-\uDBFF]/.test(error[MAX_STORED_ERROR_LENGTH - 1]) ? MAX_STORED_ERROR_LENGTH - 1 : MAX_STORED_ERROR_LENGTH;
  return `${error.slice(0, end)}\u2026 (${error.length - end} more characters)`;
}
function historyOptions(options) {
  return {
    ...options.historyRetention !== void 0 ? { historyRetention: options.historyRetention } : {},
    ...options.now ? { now: options.now } : {}
  };
}
var provider = { getMigrations: async () => STATE_MIGRATIONS };
async function migrateStateStore(db, options = {}) {
  const migrator = new Migrator({
    db: options.schema ? db.withSchema(options.schema) : db,
    provider,
    migrationTableName: "syncengine_migrations",
    migrationLockTableName: "syncengine_migrations_lock",
    ...options.schema ? { migrationTableSchema: options.schema } : {}
  });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === "Error")?.migrationName;
    throw new StateError(`could not migrate the state store${failed ? ` (migration ${failed})` : ""}: ${driverErrorMessage(error)}`, {
      cause: error
    });
  }
}
async function createKyselyStateStore(database, options = {}) {
  const { schema } = options;
  if (schema !== void 0 && !/^[A-Za-z_][A-Za-z0-9_]{0,62}$/.test(schema)) {
    throw new StateError(`state store schema ${JSON.stringify(schema)} is not a plain identifier (letters, digits, "_")`);
  }
  await migrateStateStore(database, schema ? { schema } : {});
  const inSchema = (target) => schema ? target.withSchema(schema) : target;
  const db = inSchema(database);
  const style = options.upsertStyle ?? "on-conflict";
  const clock = options.now ?? (() => /* @__PURE__ */ new Date());
  const now = () => clock().toISOString();
  const retention = options.historyRetention ?? DEFAULT_HISTORY_RETENTION;
  if (!Number.isInteger(retention) || retention < 1) {
    throw new StateError(`state store: the cursor history retention must be a whole number of at least 1, not ${retention}`);
  }
  const encode = (value) => JSON.stringify(value ?? null);
  const decode = (text) => text === null ? void 0 : JSON.parse(text);
  const keyOf = (key) => ({
    pipeline: key.pipeline,
    stream: key.stream,
    tenant: key.tenant ?? "",
    partition_key: key.partition ?? ""
  });
  const guard2 = async (what, fn) => {
    try {
      return await fn();
    } catch (error) {
      if (error instanceof StateError)
        throw error;
      throw new StateError(`state store: could not ${what}: ${driverErrorMessage(error)}`, { cause: error });
    }
  };
  const toRun = (row, streams) => ({
    id: row.id,
    pipeline: row.pipeline,
    ...row.tenant ? { tenant: row.tenant } : {},
    trigger: row.trigger,
    status: row.status,
    startedAt: row.started_at,
    ...row.finished_at ? { finishedAt: row.finished_at } : {},
    ...row.error ? { error: row.error } : {},
    streams: streams.map((s) => ({
      runId: s.run_id,
      stream: s.stream,
      status: s.status,
      startedAt: s.started_at,
      ...s.finished_at ? { finishedAt: s.finished_at } : {},
      recordsRead: Number(s.records_read),
      recordsWritten: Number(s.records_written),
      recordsRejected: Number(s.records_rejected),
      ...s.cursor_before !== null ? { cursorBefore: decode(s.cursor_before) } : {},
      ...s.cursor_after !== null ? { cursorAfter: decode(s.cursor_after) } : {},
      ...s.error ? { error: s.error } : {}
    }))
  });
  const checkFence = async (target, fence) => {
    const locks = inSchema(target);
    const updated = await locks.updateTable("syncengine_locks").set({ fence: fence.fence }).where("name", "=", fence.lock).where("holder", "=", fence.holder).where("fence", "=", fence.fence).executeTakeFirst();
    if (Number(updated.numUpdatedRows) > 0)
      return;
    const row = await locks.selectFrom("syncengine_locks").select(["holder", "fence"]).where("name", "=", fence.lock).executeTakeFirst();
    if (row && row.holder === fence.holder && Number(row.fence) === fence.fence)
      return;
    const who = row ? `${row.holder} (fence ${Number(row.fence)})` : "nobody";
    throw new StateError(`state store: cursor not saved: lease lost: lock ${fence.lock} is now held by ${who}, not by ${fence.holder} (fence ${fence.fence}); the batch was not committed`);
  };
  const writeFenced = async (target, key, value, options2 = {}) => {
    const { fence } = options2;
    if (!fence)
      return writeCursor(target, key, value, options2);
    if (target.isTransaction) {
      await checkFence(target, fence);
      return writeCursor(target, key, value, options2);
    }
    await target.transaction().execute(async (trx) => {
      await checkFence(trx, fence);
      await writeCursor(trx, key, value, options2);
    });
  };
  const writeCursor = async (target, key, value, change = {}) => {
    if (!target.isTransaction)
      return target.transaction().execute((trx) => writeCursor(trx, key, value, change));
    const row = { ...keyOf(key), value: encode(value), updated_at: now() };
    const insert = inSchema(target).insertInto("syncengine_cursors").values(row);
    await (style === "on-conflict" ? insert.onConflict((oc) => oc.columns(["pipeline", "stream", "tenant", "partition_key"]).doUpdateSet({ value: row.value, updated_at: row.updated_at })) : insert.onDuplicateKeyUpdate({ value: row.value, updated_at: row.updated_at })).execute();
    await recordCursorChange(inSchema(target), key, row.value, change, row.updated_at, retention);
  };
  const loadStreams = async (ids) => ids.length ? db.selectFrom("syncengine_stream_runs").selectAll().where("run_id", "in", ids).orderBy("started_at").execute() : [];
  return {
    getCursor: (key) => guard2("read a cursor", async () => {
      const k = keyOf(key);
      const row = await db.selectFrom("syncengine_cursors").select("value").where("pipeline", "=", k.pipeline).where("stream", "=", k.stream).where("tenant", "=", k.tenant).where("partition_key", "=", k.partition_key).executeTakeFirst();
      return row ? decode(row.value) : void 0;
    }),
    setCursor: (key, value, options2) => guard2("save a cursor", () => writeFenced(database, key, value, options2)),
    ...options.identity ? { identity: options.identity } : {},
    setCursorWith: (other, key, value, options2) => guard2("save a cursor", () => writeFenced(other, key, value, options2)),
    deleteCursor: (key, change = {}) => guard2("delete a cursor", async () => {
      const k = keyOf(key);
      await database.transaction().execute(async (trx) => {
        await inSchema(trx).deleteFrom("syncengine_cursors").where("pipeline", "=", k.pipeline).where("stream", "=", k.stream).where("tenant", "=", k.tenant).where("partition_key", "=", k.partition_key).execute();
        await recordCursorChange(inSchema(trx), key, null, { action: "reset", ...change }, now(), retention);
      });
    }),
    cursors: createCursorInspector(db, guard2),
    startRun: (run) => guard2("record a run", async () => {
      await db.insertInto("syncengine_runs").values({
        id: run.id,
        pipeline: run.pipeline,
        tenant: run.tenant ?? "",
        trigger: run.trigger,
        status: "running",
        started_at: run.startedAt,
        finished_at: null,
        error: null
      }).execute();
    }),
    saveStreamRun: (r) => guard2("record a stream run", async () => {
      const row = {
        run_id: r.runId,
        stream: r.stream,
        status: r.status,
        started_at: r.startedAt,
        finished_at: r.finishedAt ?? null,
        records_read: r.recordsRead,
        records_written: r.recordsWritten,
        records_rejected: r.recordsRejected,
        cursor_before: r.cursorBefore === void 0 ? null : encode(r.cursorBefore),
        cursor_after: r.cursorAfter === void 0 ? null : encode(r.cursorAfter),
        error: clipStoredError(r.error)
      };
      const { run_id: _r, stream: _s, ...changes } = row;
      const insert = db.insertInto("syncengine_stream_runs").values(row);
      await (style === "on-conflict" ? insert.onConflict((oc) => oc.columns(["run_id", "stream"]).doUpdateSet(changes)) : insert.onDuplicateKeyUpdate(changes)).execute();
    }),
    finishRun: (id, end) => guard2("record the end of a run", async () => {
      await db.updateTable("syncengine_runs").set({ status: end.status, finished_at: end.finishedAt, error: clipStoredError(end.error) }).where("id", "=", id).execute();
    }),
    getRun: (id) => guard2("read a run", async () => {
      const row = await db.selectFrom("syncengine_runs").selectAll().where("id", "=", id).executeTakeFirst();
      return row ? toRun(row, await loadStreams([id])) : void 0;
    }),
    listRuns: (filter = {}) => guard2("list runs", async () => {
      let query = db.selectFrom("syncengine_runs").selectAll();
      if (filter.pipeline)
        query = query.where("pipeline", "=", filter.pipeline);
      if (filter.tenant !== void 0)
        query = query.where("tenant", "=", filter.tenant);
      if (filter.status)
        query = query.where("status", "=", filter.status);
      const rows = await query.orderBy("started_at", "desc").orderBy("id", "desc").limit(filter.limit ?? 50).execute();
      const streams = await loadStreams(rows.map((r) => r.id));
      return rows.map((row) => toRun(row, streams.filter((s) => s.run_id === row.id)));
    }),
    kv(namespace) {
      return {
        get: (key) => guard2("read a stored value", async () => {
          const row = await db.selectFrom("syncengine_kv").select("value").where("namespace", "=", namespace).where("key", "=", key).executeTakeFirst();
          return row?.value;
        }),
        set: (key, value) => guard2("store a value", async () => {
          const row = { namespace, key, value, updated_at: now() };
          const insert = db.insertInto("syncengine_kv").values(row);
          await (style === "on-conflict" ? insert.onConflict((oc) => oc.columns(["namespace", "key"]).doUpdateSet({ value, updated_at: row.updated_at })) : insert.onDuplicateKeyUpdate({ value, updated_at: row.updated_at })).execute();
        }),
        delete: (key) => guard2("delete a stored value", async () => {
          await db.deleteFrom("syncengine_kv").where("namespace", "=", namespace).where("key", "=", key).execute();
        })
      };
    },
    quarantine: createQuarantine(db, style, now),
    crosswalk: (tenant = "") => createCrosswalk(db, style, tenant, now),
    locks: createLocks(db),
    async close() {
      if (options.ownsDatabase ?? true)
        await database.destroy();
    }
  };
}

// packages/engine/dist/state/sqlite-state-store.js
async function createSqliteStateStore(options) {
  const { default: Sqlite } = await importDriver("better-sqlite3", () => import("better-sqlite3"), {
    usedBy: "the SQLite state store",
    code: "STATE_FAILED"
  });
  let database;
  try {
    if (options.path !== ":memory:")
      mkdirSync(dirname(options.path), { recursive: true });
    database = new Sqlite(options.path);
    database.pragma("journal_mode = WAL");
    database.pragma("busy_timeout = 5000");
  } catch (error) {
    throw new StateError(`cannot open the state store ${options.path}: ${error.message}`, { cause: error });
  }
  const db = new Kysely({ dialect: new SqliteDialect({ database }) });
  const identity = options.path === ":memory:" ? void 0 : `sqlite:${resolve(options.path)}`;
  return createKyselyStateStore(db, { ...historyOptions(options), upsertStyle: "on-conflict", ...identity ? { identity } : {} });
}

export {
  driverErrorMessage,
  historyOptions,
  migrateStateStore,
  createKyselyStateStore,
  createSqliteStateStore
};
