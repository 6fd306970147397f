import {
  compileLogic,
  compileRecordSchema,
  hasTemplate,
  isTruthy,
  lookupRef,
  parseTemplate,
  planPipeline,
  renderParts,
  renderRuntime,
  require_dist
} from "./chunk-GRVIXJDI.js";
import {
  importDriver
} from "./chunk-PM2PRZKI.js";
import {
  AbortedError,
  RecordRejectedError,
  RunLockedError,
  SinkError,
  SourceError,
  SyncError,
  describeError
} from "./chunk-RLQ4YVQZ.js";
import {
  NO_METRICS
} from "./chunk-P2BNM7YI.js";
import {
  __toESM
} from "./chunk-PIRHQTI4.js";

// packages/engine/dist/run/run-pipeline.js
import { randomUUID as randomUUID3 } from "node:crypto";
import { createConsola as createConsola2 } from "consola";

// packages/engine/dist/run/_run-tenants.js
var import_yaml = __toESM(require_dist(), 1);
import { randomUUID } from "node:crypto";
import { readFile } from "node:fs/promises";
import { createConsola } from "consola";

// packages/engine/dist/util/record-path.js
function compilePath(path) {
  return path.split(".");
}
function getPath(record, path) {
  let value = record;
  for (const key of path) {
    if (value === null || value === void 0 || typeof value !== "object")
      return void 0;
    value = value[key];
  }
  return value;
}

// packages/engine/dist/run/_channel.js
function createChannel(capacity) {
  const items = [];
  let finished;
  let closed = false;
  let wakeConsumer;
  const waitingProducers = [];
  const signalConsumer = () => {
    const wake = wakeConsumer;
    wakeConsumer = void 0;
    wake?.();
  };
  const releaseProducer = () => waitingProducers.shift()?.();
  const ready = async () => {
    while (!closed && !finished && items.length >= capacity) {
      await new Promise((resolve) => waitingProducers.push(resolve));
    }
    return !closed && !finished;
  };
  return {
    get size() {
      return items.length;
    },
    ready,
    async push(item) {
      if (!await ready())
        return false;
      items.push(item);
      signalConsumer();
      return true;
    },
    end() {
      if (!finished)
        finished = { failed: false };
      signalConsumer();
    },
    fail(error) {
      if (!finished)
        finished = { failed: true, error };
      signalConsumer();
    },
    close() {
      closed = true;
      items.length = 0;
      while (waitingProducers.length)
        releaseProducer();
      signalConsumer();
    },
    async *[Symbol.asyncIterator]() {
      while (true) {
        if (items.length) {
          const item = items.shift();
          releaseProducer();
          yield item;
          continue;
        }
        if (closed)
          return;
        if (finished) {
          if (finished.failed)
            throw finished.error;
          return;
        }
        await new Promise((resolve) => wakeConsumer = resolve);
      }
    }
  };
}
function linkedController(parent) {
  const controller = new AbortController();
  const forward = () => controller.abort(parent.reason);
  if (parent.aborted)
    forward();
  else
    parent.addEventListener("abort", forward, { once: true });
  return { controller, dispose: () => parent.removeEventListener("abort", forward) };
}
async function forEachConcurrently(items, limit, task, shouldStop = () => false) {
  const iterator = Symbol.asyncIterator in items ? items[Symbol.asyncIterator]() : items[Symbol.iterator]();
  let failure;
  let pulling = Promise.resolve();
  const pull = () => {
    const next = pulling.then(() => iterator.next());
    pulling = next.then(() => void 0, () => void 0);
    return next;
  };
  const lane = async () => {
    while (!failure && !shouldStop()) {
      let step;
      try {
        step = await pull();
      } catch (error) {
        failure ??= { error };
        return;
      }
      if (step.done)
        return;
      try {
        await task(step.value);
      } catch (error) {
        failure ??= { error };
      }
    }
  };
  try {
    await Promise.all(Array.from({ length: Math.max(1, limit) }, lane));
  } finally {
    await iterator.return?.();
  }
  if (failure)
    throw failure.error;
}

// packages/engine/dist/run/_connect.js
function connectEndpoint(endpoint, options) {
  const { pipeline, state, tenant } = options;
  return endpoint.connector.connect(renderRuntime(endpoint.connectionOptions, options.scopes), {
    connectionName: endpoint.connection,
    logger: options.logger.withTag(`${endpoint.connector.name}:${endpoint.connection}`),
    redactor: pipeline.redactor,
    baseDir: pipeline.baseDir,
    store: state.kv(`connection:${pipeline.name}:${tenant ? `${tenant}:` : ""}${endpoint.connection}`),
    crosswalk: state.crosswalk(tenant ?? ""),
    signal: options.signal,
    metrics: options.metrics ?? NO_METRICS,
    ...options.rateBudgets ? { rateBudgets: options.rateBudgets } : {}
  });
}

// packages/engine/dist/run/_connection-pool.js
function createConnectionPool(pipeline, options) {
  const connections = /* @__PURE__ */ new Map();
  const open = (endpoint) => {
    let connection = connections.get(endpoint.connection);
    if (!connection) {
      connection = connectEndpoint(endpoint, {
        pipeline,
        state: options.state,
        logger: options.logger,
        signal: options.signal,
        scopes: options.scopes,
        ...options.tenant !== void 0 ? { tenant: options.tenant } : {},
        ...options.metrics ? { metrics: options.metrics } : {},
        ...options.rateBudgets ? { rateBudgets: options.rateBudgets } : {}
      });
      if (options.nameFailures) {
        const tag = `${endpoint.connector.name}:${endpoint.connection}`;
        connection = connection.catch((error) => {
          throw new SyncError("SOURCE_FAILED", `[${tag}] cannot connect: ${pipeline.redactor.redact(describeError(error))}`, {
            cause: error
          });
        });
      }
      connections.set(endpoint.connection, connection);
    }
    return connection;
  };
  const close = async () => {
    for (const connection of connections.values()) {
      try {
        await (await connection).close?.();
      } catch (error) {
        options.logger.debug(`closing a connection failed: ${pipeline.redactor.redact(describeError(error))}`);
      }
    }
    connections.clear();
  };
  return { open, close };
}

// packages/engine/dist/run/_field-target.js
function compileTarget(target) {
  if (!target.includes(".")) {
    return (out, value) => {
      out[target] = value;
    };
  }
  const keys = compilePath(target);
  const last = keys.length - 1;
  return (out, value) => {
    let node = out;
    for (let i = 0; i < last; i++) {
      const key = keys[i];
      const child = node[key];
      const copy = child !== null && typeof child === "object" && !Array.isArray(child) ? { ...child } : {};
      node[key] = copy;
      node = copy;
    }
    node[keys[last]] = value;
  };
}

// packages/engine/dist/run/_join-lookup.js
import { rmSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
async function buildJoinLookup(records, maxInMemory) {
  let memory = /* @__PURE__ */ new Map();
  let disk;
  let size = 0;
  let pending = [];
  const flushPending = () => {
    if (!disk || pending.length === 0)
      return;
    const rows = pending;
    pending = [];
    disk.db.transaction(() => {
      for (const [k, v] of rows)
        disk.put.run(k, v);
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
  if (disk)
    size = disk.db.prepare("select count(*) from lookup").pluck().get();
  async function fill() {
    for await (const { key, record } of records) {
      if (memory) {
        if (memory.has(key))
          continue;
        memory.set(key, record);
        size += 1;
        if (memory.size > maxInMemory) {
          const { default: Sqlite } = await importDriver("better-sqlite3", () => import("better-sqlite3"), {
            usedBy: "a join larger than max_in_memory (it spills to a temporary SQLite file)",
            code: "TRANSFORM_FAILED"
          });
          const dir = mkdtempSync(join(tmpdir(), "syncengine-join-"));
          const db = new Sqlite(join(dir, "lookup.db"));
          db.pragma("journal_mode = OFF");
          db.pragma("synchronous = OFF");
          db.exec("create table lookup (k text primary key, v text not null)");
          disk = {
            db,
            dir,
            get: db.prepare("select v from lookup where k = ?").pluck(),
            put: db.prepare("insert or ignore into lookup (k, v) values (?, ?)")
          };
          for (const [k, r] of memory)
            pending.push([k, JSON.stringify(r)]);
          memory = void 0;
          flushPending();
        }
      } else {
        pending.push([key, JSON.stringify(record)]);
        size += 1;
        if (pending.length >= 1e3)
          flushPending();
      }
    }
    flushPending();
  }
  return {
    get(key) {
      if (memory)
        return memory.get(key);
      const text = disk.get.get(key);
      return text === void 0 ? void 0 : JSON.parse(text);
    },
    get size() {
      return size;
    },
    get onDisk() {
      return disk !== void 0;
    },
    close() {
      if (disk) {
        disk.db.close();
        rmSync(disk.dir, { recursive: true, force: true });
      }
    }
  };
}

// packages/engine/dist/run/step-handlers.js
var STEP_HANDLERS = {
  map(node) {
    const fields = compileFields(node.fields);
    return (record, scopes) => {
      const out = {};
      for (const field of fields)
        field.write(out, field.read(record, scopes));
      return out;
    };
  },
  set(node) {
    const fields = compileFields(node.fields);
    return (record, scopes) => {
      const out = { ...record };
      for (const field of fields)
        field.write(out, field.read(record, scopes));
      return out;
    };
  },
  keep(node) {
    const keep = node.fields;
    return (record) => {
      const out = {};
      for (const name of keep)
        if (name in record)
          out[name] = record[name];
      return out;
    };
  },
  drop(node) {
    const drop = new Set(node.fields);
    return (record) => {
      const out = {};
      for (const name in record)
        if (!drop.has(name))
          out[name] = record[name];
      return out;
    };
  },
  pack(node) {
    const keep = new Set(node.keep);
    return (record) => {
      const out = {};
      const packed = {};
      for (const name in record) {
        if (keep.has(name))
          out[name] = record[name];
        else
          packed[name] = record[name];
      }
      out[node.into] = packed;
      return out;
    };
  },
  flatten(node) {
    const path = compilePath(node.path);
    return (record) => {
      const list = getPath(record, path);
      const base = withoutPath(record, path);
      if (!Array.isArray(list) || list.length === 0) {
        if (!node.keepEmpty)
          return null;
        return { ...base, [node.into]: null, ...node.indexField ? { [node.indexField]: null } : {} };
      }
      return list.map((item, i) => ({ ...base, [node.into]: item, ...node.indexField ? { [node.indexField]: i } : {} }));
    };
  },
  filter(node) {
    const rule = compileLogic(node.rule);
    return (record) => isTruthy(rule(record)) ? record : null;
  },
  dedupe(node) {
    const paths = node.key.map(compilePath);
    const seen = /* @__PURE__ */ new Set();
    return (record) => {
      const values = paths.map((p) => getPath(record, p) ?? null);
      if (values.every((v) => v === null))
        return record;
      const key = JSON.stringify(values);
      if (seen.has(key))
        return null;
      seen.add(key);
      return record;
    };
  },
  classify(node) {
    const rules = node.rules.map((r) => ({ when: compileLogic(r.when), set: compileConstants(r.set) }));
    const fallback = node.default ? compileConstants(node.default) : void 0;
    return (record, scopes) => {
      const rule = rules.find((r) => isTruthy(r.when(record)));
      const set = rule?.set ?? fallback;
      return set ? { ...record, ...set(record, scopes) } : record;
    };
  },
  validate(node) {
    const check = compileRecordSchema(node.schema);
    return (record) => {
      const reasons = check(record);
      if (reasons.length)
        throw new RecordRejectedError(reasons);
      return record;
    };
  },
  async translate(node, env) {
    const mapping = await env.crosswalk.all(node.crosswalkKind);
    const keys = compilePath(node.path);
    return (record) => {
      const missing = [];
      const out = replaceAt(record, keys, (value, where) => {
        if (value === void 0 || value === null || value === "")
          return value;
        const target = mapping.get(String(value));
        if (target === void 0) {
          missing.push(`${where}: no ${node.crosswalkKind} mapped for source id ${JSON.stringify(value)}`);
          return value;
        }
        return convertId(target, value, node.as, where, missing);
      });
      if (missing.length === 0)
        return out;
      if (node.missing === "skip") {
        env.logger.warn(`skipped a record: ${missing.join("; ")}`);
        return null;
      }
      if (node.missing === "fail")
        throw new SyncError("TRANSFORM_FAILED", missing.join("; "));
      throw new RecordRejectedError(missing);
    };
  },
  async join(node, env) {
    const rightPath = compilePath(node.right);
    const leftPath = compilePath(node.left);
    const rows = async function* () {
      for await (const record of env.readRecords(node.from.source, node.from.steps)) {
        const key = getPath(record, rightPath);
        if (key !== void 0 && key !== null)
          yield { key: String(key), record };
      }
    };
    const lookup = await buildJoinLookup(rows(), node.maxInMemory);
    env.defer(() => lookup.close());
    env.logger.debug(`join: ${lookup.size} right-side records loaded${lookup.onDisk ? " (on disk)" : ""}`);
    const fields = compileFields(node.fields);
    const missing = {};
    return (record, scopes) => {
      const key = getPath(record, leftPath);
      const right = (key === void 0 || key === null ? void 0 : lookup.get(String(key))) ?? missing;
      const out = { ...record };
      for (const field of fields)
        field.write(out, field.read(right, scopes));
      return out;
    };
  }
};
function withoutPath(record, path) {
  const [key, ...rest] = path;
  const copy = { ...record };
  if (rest.length === 0)
    delete copy[key];
  else {
    const child = copy[key];
    if (child && typeof child === "object" && !Array.isArray(child))
      copy[key] = withoutPath(child, rest);
  }
  return copy;
}
function replaceAt(value, keys, replace, where = "") {
  if (keys.length === 0)
    return replace(value, where);
  const [key, ...rest] = keys;
  if (key === "*") {
    if (!Array.isArray(value))
      return value;
    return value.map((item, i) => replaceAt(item, rest, replace, `${where}[${i}]`));
  }
  if (value === null || typeof value !== "object")
    return value;
  const copy = Array.isArray(value) ? [...value] : { ...value };
  if (!(key in copy))
    return value;
  copy[key] = replaceAt(copy[key], rest, replace, where ? `${where}.${key}` : key);
  return copy;
}
async function prepareSteps(steps, env) {
  const compiled = [];
  for (const node of steps)
    compiled.push(await STEP_HANDLERS[node.kind](node, env));
  if (compiled.length === 0)
    return (record) => record;
  const run = (record, from, scopes) => {
    let current = record;
    for (let i = from; i < compiled.length; i++) {
      const out = compiled[i](current, scopes);
      if (out === null)
        return null;
      if (Array.isArray(out)) {
        const results = [];
        for (const item of out) {
          const rest = run(item, i + 1, scopes);
          if (rest === null)
            continue;
          if (Array.isArray(rest))
            results.push(...rest);
          else
            results.push(rest);
        }
        return results;
      }
      current = out;
    }
    return current;
  };
  return (record, scopes) => run(record, 0, scopes);
}
function compileFields(fields) {
  return fields.map(({ target, source }) => ({ write: compileTarget(target), read: compileField(source) }));
}
function convertId(target, source, as, where, problems) {
  if (as === "text")
    return target;
  if (as === void 0)
    return typeof source === "number" && /^-?\d+$/.test(target) ? Number(target) : target;
  const number = Number(target);
  if (target.trim() === "" || !Number.isFinite(number) || as === "integer" && !Number.isSafeInteger(number)) {
    problems.push(`${where}: target id ${JSON.stringify(target)} is not ${as === "integer" ? "an integer" : "a number"}`);
    return source;
  }
  return number;
}
function compileField(source) {
  const fallback = "default" in source ? source.default : void 0;
  const withDefault = (v) => v === void 0 || v === null ? fallback ?? null : v;
  switch (source.from) {
    case "value":
      return () => source.value;
    case "path": {
      const read = compileReadPath(source.path);
      return (record) => withDefault(read(record));
    }
    case "expr": {
      const rule = compileLogic(source.expr);
      return (record) => withDefault(rule(record));
    }
    case "template": {
      const render = compileTemplate(source.template);
      return (record, scopes) => withDefault(render(record, scopes));
    }
    case "object": {
      const fields = compileFields(source.fields);
      return (record, scopes) => {
        const out = {};
        for (const field of fields)
          field.write(out, field.read(record, scopes));
        return out;
      };
    }
    case "list": {
      const items = source.items.map(compileField);
      return (record, scopes) => items.map((read) => read(record, scopes));
    }
    case "each": {
      const list = compilePath(source.path);
      const fields = compileFields(source.fields);
      return (record, scopes) => {
        const items = getPath(record, list);
        if (!Array.isArray(items))
          return fallback ?? [];
        return items.map((item) => {
          const out = {};
          for (const field of fields)
            field.write(out, field.read(item, scopes));
          return out;
        });
      };
    }
    case "entries": {
      const list = compilePath(source.path);
      const key = compileField(source.key);
      const value = compileField(source.value);
      return (record, scopes) => {
        const items = getPath(record, list);
        if (!Array.isArray(items))
          return fallback ?? {};
        const out = {};
        for (const item of items) {
          const name = key(item, scopes);
          if (name === void 0 || name === null || name === "")
            continue;
          out[String(name)] = value(item, scopes);
        }
        return out;
      };
    }
  }
}
function compileReadPath(path) {
  const keys = compilePath(path);
  const star = keys.indexOf("*");
  if (star === -1)
    return (record) => getPath(record, keys);
  const head = keys.slice(0, star);
  const tail = compileReadPath(keys.slice(star + 1).join(".") || "");
  const rest = keys.length > star + 1;
  return (record) => {
    const list = head.length ? getPath(record, head) : record;
    if (!Array.isArray(list))
      return void 0;
    return rest ? list.map((item) => tail(item)) : list;
  };
}
function compileTemplate(template) {
  const parts = parseTemplate(template);
  return (record, scopes) => renderParts(parts, (ref) => ({ found: true, value: lookupRef(ref.scope === "record" ? { record } : scopes, ref) }));
}
function compileConstants(values) {
  const entries = Object.entries(values).map(([k, v]) => [k, typeof v === "string" && hasTemplate(v) ? compileTemplate(v) : () => v]);
  return (record, scopes) => {
    const out = {};
    for (const [k, read] of entries)
      out[k] = read(record, scopes);
    return out;
  };
}

// packages/engine/dist/run/_partitions.js
async function* enumeratePartitions(plan, ctx) {
  if (!plan) {
    yield { key: void 0, value: void 0 };
    return;
  }
  if (plan.kind === "values") {
    const values = renderRuntime(plan.values, ctx.scopes);
    if (!Array.isArray(values))
      throw new SyncError("CONFIG_INVALID", `partitions.values must be a list, got ${JSON.stringify(values)}`);
    for (const value of values)
      yield { key: partitionKey(value), value };
    return;
  }
  for await (const record of readRecords(plan.from.source, plan.from.steps, ctx)) {
    const value = getPath(record, compilePath(plan.key));
    if (value === void 0 || value === null) {
      ctx.logger.warn(`a parent record has no "${plan.key}"; skipping it`);
      continue;
    }
    yield { key: partitionKey(value), value, parent: record };
  }
}
async function* readRecords(source, steps, ctx) {
  const connection = await ctx.openConnection(source);
  if (!connection.read)
    throw new SyncError("CONFIG_INVALID", `connection "${source.connection}" cannot be read from`);
  const step = await prepareSteps(steps, { ...ctx, readRecords: (s, nested) => readRecords(s, nested, ctx) });
  const pages = connection.read(source.options, {
    stream: `${String(ctx.scopes.stream?.name ?? "")}:parents`,
    cursor: void 0,
    limit: void 0,
    signal: ctx.signal,
    logger: ctx.logger,
    render: (value) => renderRuntime(value, ctx.scopes),
    incomplete: (reason) => ctx.logger.warn(`the read stopped early (${reason})`)
  });
  try {
    for await (const page of pages) {
      for (const raw of page.records) {
        const out = step(raw, ctx.scopes);
        if (Array.isArray(out))
          yield* out;
        else if (out)
          yield out;
      }
    }
  } catch (error) {
    if (error instanceof SyncError && error.code !== "SOURCE_FAILED")
      throw error;
    throw new SourceError(`[source:${source.connection}] ${describeError(error)}`, { cause: error });
  }
}
function partitionKey(value) {
  return typeof value === "string" ? value : JSON.stringify(value);
}

// packages/engine/dist/run/_statements.js
function resultScope(result, nextRunAt = null) {
  const all = result.tenants?.length ? result.tenants.flatMap((t) => t.streams) : result.streams;
  return {
    status: result.status,
    error: result.error ?? null,
    started_at: result.startedAt,
    finished_at: result.finishedAt,
    next_run_at: nextRunAt,
    records_read: all.reduce((n, s) => n + s.recordsRead, 0),
    records_written: all.reduce((n, s) => n + s.recordsWritten, 0),
    records_rejected: all.reduce((n, s) => n + s.recordsRejected, 0),
    inserted: all.reduce((n, s) => n + s.inserted, 0),
    updated: all.reduce((n, s) => n + s.updated, 0),
    unchanged: all.reduce((n, s) => n + s.skipped, 0),
    // Names, in run order, of the streams that ran (succeeded, failed or aborted); a skipped one did not.
    streams_run: [...new Set(all.filter((s) => s.status !== "skipped").map((s) => s.stream))],
    streams_succeeded: [...new Set(all.filter((s) => s.status === "succeeded").map((s) => s.stream))],
    trigger: result.trigger,
    strategy: result.strategy ?? null,
    run_id: result.runId,
    pipeline: result.pipeline,
    tenant: result.tenant ?? null
  };
}
async function runStatement(plan, result, scopes, connection, logger, pipeline) {
  const statement = result.status === "succeeded" ? plan.success : plan.failure;
  if (!statement)
    return;
  try {
    if (!connection.execute)
      throw new SyncError("CONFIG_INVALID", `connection "${plan.connection.connection}" (${plan.connection.connector.name}) cannot run statements`);
    await connection.execute(statement, { render: (value) => renderRuntime(value, scopes) });
  } catch (error) {
    logger.error(`statement on ${plan.connection.connection} failed: ${pipeline.redactor.redact(describeError(error))}`);
  }
}
async function runAfterRun(pipeline, plan, result, state, logger, signal) {
  const endpoint = plan.connection;
  let connection;
  try {
    connection = await connectEndpoint(endpoint, { pipeline, state, logger, signal, scopes: { now: result.finishedAt } });
    const scopes = { now: result.finishedAt, run: { id: result.runId, started_at: result.startedAt }, result: resultScope(result) };
    await runStatement(plan, result, scopes, connection, logger, pipeline);
  } catch (error) {
    logger.error(`after_run: ${pipeline.redactor.redact(describeError(error))}`);
  } finally {
    await connection?.close?.().catch(() => void 0);
  }
}

// packages/engine/dist/run/_run-tenants.js
var SECRET_FIELD = /(token|secret|password|passwd|api_?key|credential|auth|private)/i;
async function runTenants(pipeline, plan, tenants, options, runTenant) {
  const now = options.now ?? Date.now;
  const started = new Date(now());
  const batchId = options.runId ?? randomUUID();
  const logger = (options.logger ?? createConsola({ level: -999 })).withTag(pipeline.name);
  const signal = options.signal ?? new AbortController().signal;
  const scopes = { run: { id: batchId, started_at: started.toISOString() }, now: started.toISOString() };
  const { open, close } = createConnectionPool(pipeline, { state: options.state, logger, signal, scopes, metrics: options.metrics });
  const results = [];
  let listError;
  try {
    let list = [];
    try {
      list = await loadTenants(pipeline, tenants, options, { scopes, signal, logger, open });
    } catch (error2) {
      listError = `tenants: ${pipeline.redactor.redact(describeError(error2))}`;
      logger.error(listError);
    }
    logger.info(`${list.length} tenant${list.length === 1 ? "" : "s"} to run${tenants.concurrency > 1 ? `, ${tenants.concurrency} at a time` : ""}`);
    const byTenant = /* @__PURE__ */ new Map();
    await forEachConcurrently(list, tenants.concurrency, async (tenant) => {
      let result;
      try {
        result = await runTenant(tenant);
      } catch (error2) {
        if (!(error2 instanceof RunLockedError))
          throw error2;
        logger.error(`tenant ${tenant.id}: ${error2.message}`);
        byTenant.set(tenant.id, notStarted(pipeline, options, tenant.id, now(), error2.message));
        return;
      }
      if (!options.dryRun && tenants.writeBack)
        await writeBack(tenants, tenant, result, frequencyOf(tenants, tenant), open, pipeline, logger);
      byTenant.set(tenant.id, result);
      logger.info(`tenant ${tenant.id}: ${result.status}${result.error ? ` (${result.error})` : ""}`);
    }, () => signal.aborted);
    for (const tenant of list) {
      const result = byTenant.get(tenant.id);
      if (result)
        results.push(result);
    }
  } finally {
    await close();
  }
  const finished = new Date(now());
  const failed = results.filter((r) => r.status === "failed");
  const status = listError || failed.length ? "failed" : signal.aborted || results.some((r) => r.status === "aborted") ? "aborted" : "succeeded";
  const error = listError ?? (failed.length ? `${failed.length} of ${results.length} tenants failed: ${failed.map((r) => r.tenant).join(", ")}` : void 0);
  return {
    runId: batchId,
    pipeline: plan.pipeline,
    trigger: String(options.trigger ?? "api"),
    ...options.strategy ? { strategy: options.strategy } : {},
    status,
    dryRun: options.dryRun ?? false,
    startedAt: started.toISOString(),
    finishedAt: finished.toISOString(),
    durationMs: finished.getTime() - started.getTime(),
    streams: [],
    tenants: results,
    ...error ? { error } : {}
  };
}
async function listTenantPlan(pipeline, tenants, options) {
  const now = new Date((options.now ?? Date.now)()).toISOString();
  const scopes = { run: { id: randomUUID(), started_at: now }, now };
  const logger = (options.logger ?? createConsola({ level: -999 })).withTag(pipeline.name);
  const signal = options.signal ?? new AbortController().signal;
  const { open, close } = createConnectionPool(pipeline, { state: options.state, logger, signal, scopes, metrics: options.metrics });
  try {
    const list = await loadTenants(pipeline, tenants, options, { scopes, signal, logger, open });
    return list.map((tenant) => ({ id: tenant.id, frequencyHours: frequencyOf(tenants, tenant) }));
  } finally {
    await close();
  }
}
function notStarted(pipeline, options, tenant, at, error) {
  const time = new Date(at).toISOString();
  return {
    runId: randomUUID(),
    pipeline: pipeline.name,
    trigger: String(options.trigger ?? "api"),
    ...options.strategy ? { strategy: options.strategy } : {},
    tenant,
    status: "failed",
    dryRun: false,
    startedAt: time,
    finishedAt: time,
    durationMs: 0,
    streams: [],
    error
  };
}
async function loadTenants(pipeline, plan, options, env) {
  let records = [];
  if (plan.from.kind === "list")
    records = plan.from.list.map((r) => ({ ...r }));
  else if (plan.from.kind === "file") {
    const text = await readFile(plan.from.path, "utf8").catch((error) => {
      throw new SyncError("CONFIG_INVALID", error.code === "ENOENT" ? `tenants file ${plan.from.kind === "file" ? plan.from.path : ""} not found` : error.message);
    });
    const parsed = plan.from.path.endsWith(".json") ? JSON.parse(text) : (0, import_yaml.parse)(text);
    if (!Array.isArray(parsed))
      throw new SyncError("CONFIG_INVALID", `tenants file ${plan.from.path} must hold a list of tenants`);
    records = parsed;
  } else {
    for await (const record of readRecords(plan.from.source, [], {
      scopes: env.scopes,
      signal: env.signal,
      logger: env.logger,
      openConnection: env.open,
      defer: () => void 0,
      crosswalk: options.state.crosswalk()
    })) {
      records.push(record);
    }
  }
  const idPath = compilePath(plan.id);
  const where = plan.where === void 0 ? void 0 : compileLogic(plan.where);
  const wanted = options.tenants?.length ? new Set(options.tenants) : void 0;
  const seen = /* @__PURE__ */ new Set();
  const tenants = [];
  for (const record of records) {
    const raw = getPath(record, idPath);
    if (raw === void 0 || raw === null || raw === "") {
      env.logger.warn(`a tenant record has no "${plan.id}"; skipping it`);
      continue;
    }
    const id = String(raw);
    if (seen.has(id)) {
      env.logger.warn(`tenant ${id} is listed twice; only the first entry runs`);
      continue;
    }
    seen.add(id);
    registerSecrets(pipeline, record);
    if (where && !isTruthy(where(record)))
      continue;
    if (wanted && !wanted.has(id))
      continue;
    tenants.push({ id, record: { ...openJsonFields(record), id: record.id ?? id } });
  }
  if (wanted) {
    const unknown = [...wanted].filter((id) => !seen.has(id));
    if (unknown.length)
      throw new SyncError("CONFIG_INVALID", `unknown tenant ${unknown.map((u) => `"${u}"`).join(", ")}`);
  }
  return tenants;
}
function openJsonFields(record) {
  const out = {};
  for (const [k, v] of Object.entries(record)) {
    if (typeof v === "string" && /^\s*[{[]/.test(v)) {
      try {
        out[k] = JSON.parse(v);
        continue;
      } catch {
      }
    }
    out[k] = v;
  }
  return out;
}
function registerSecrets(pipeline, value, secretParent = false) {
  if (typeof value === "string") {
    if (secretParent)
      pipeline.redactor.add(value);
    if (secretParent && /^\s*[{[]/.test(value)) {
      try {
        registerSecrets(pipeline, JSON.parse(value), true);
      } catch {
      }
    }
    return;
  }
  if (Array.isArray(value))
    value.forEach((v) => registerSecrets(pipeline, v, secretParent));
  else if (value && typeof value === "object") {
    for (const [k, v] of Object.entries(value))
      registerSecrets(pipeline, v, secretParent || SECRET_FIELD.test(k));
  }
}
function frequencyOf(plan, tenant) {
  if (!plan.frequencyHours)
    return void 0;
  const hours = Number(getPath(tenant.record, compilePath(plan.frequencyHours)));
  return Number.isFinite(hours) && hours > 0 ? hours : void 0;
}
async function writeBack(plan, tenant, result, frequencyHours, open, pipeline, logger) {
  const wb = plan.writeBack;
  const nextRunAt = frequencyHours === void 0 ? null : new Date(Date.parse(result.finishedAt) + frequencyHours * 36e5).toISOString();
  const scopes = {
    tenant: tenant.record,
    now: result.finishedAt,
    run: { id: result.runId, started_at: result.startedAt },
    result: resultScope(result, nextRunAt)
  };
  try {
    await runStatement(wb, result, scopes, await open(wb.connection), logger.withTag(tenant.id), pipeline);
  } catch (error) {
    logger.error(`tenant ${tenant.id}: write-back failed: ${pipeline.redactor.redact(describeError(error))}`);
  }
}

// packages/engine/dist/run/cursor.js
var ISO_DATE = /^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;
function compareCursors(a, b) {
  if (typeof a === "number" && typeof b === "number")
    return a - b;
  const sa = a instanceof Date ? a.toISOString() : String(a);
  const sb = b instanceof Date ? b.toISOString() : String(b);
  if (ISO_DATE.test(sa) && ISO_DATE.test(sb)) {
    const ta = Date.parse(sa);
    const tb = Date.parse(sb);
    if (!Number.isNaN(ta) && !Number.isNaN(tb) && ta !== tb)
      return ta - tb;
  }
  return sa < sb ? -1 : sa > sb ? 1 : 0;
}
function maxCursor(current, candidate) {
  if (candidate === void 0 || candidate === null || candidate === "")
    return current;
  if (current === void 0 || current === null)
    return candidate;
  return compareCursors(candidate, current) > 0 ? candidate : current;
}

// packages/engine/dist/run/_checkpoints.js
var Checkpoints = class {
  state;
  incremental;
  dryRun;
  sharedOutputs;
  change;
  /** Set once the sink reported deferred writes: nothing is durable before `finish()`. */
  deferred = false;
  pending = [];
  constructor(state, incremental, dryRun, sharedOutputs, change = {}) {
    this.state = state;
    this.incremental = incremental;
    this.dryRun = dryRun;
    this.sharedOutputs = sharedOutputs;
    this.change = change;
  }
  /** The slot of a unit, with its stored cursor (read only for incremental streams). */
  async open(key) {
    return { key, committed: this.incremental ? await this.state.getCursor(key) : void 0 };
  }
  /** The cursor a batch whose records reach `seen` may commit, when it moves one: only ordered streams checkpoint per batch. */
  forBatch(slot, seen) {
    if (!this.incremental?.ordered || this.dryRun || this.deferred)
      return void 0;
    const value = maxCursor(slot.committed, seen);
    if (value === void 0 || value === slot.committed)
      return void 0;
    const { state } = this;
    const checkpoint = !this.sharedOutputs && state.identity && state.setCursorWith ? {
      key: slot.key,
      value,
      stateIdentity: state.identity,
      writeWith: (db) => state.setCursorWith(db, slot.key, value, this.change)
    } : void 0;
    return { value, checkpoint };
  }
  /** Records that a batch carrying `cursor` committed; saves the cursor unless the sink already did. */
  async batchCommitted(slot, cursor, checkpointed) {
    if (!checkpointed)
      await this.state.setCursor(slot.key, cursor.value, this.change);
    slot.committed = cursor.value;
  }
  /**
   * A unit was read to its end (`complete`) or stopped early (a limit or loop guard): moves its cursor
   * to `seen` where that is safe, and returns the cursor it moved to (also when that waits for a deferred sink).
   */
  async unitDone(slot, seen, complete) {
    const incremental = this.incremental;
    if (!incremental || this.dryRun)
      return void 0;
    if (!incremental.ordered && !complete)
      return void 0;
    const next = maxCursor(slot.committed, seen);
    if (next !== void 0 && next !== slot.committed) {
      if (this.deferred)
        this.pending.push({ slot, value: next });
      else {
        await this.state.setCursor(slot.key, next, this.change);
        slot.committed = next;
      }
    }
    return next;
  }
  /** Saves the cursors that waited for a deferred sink's `finish()`. */
  async savePending() {
    for (const { slot, value } of this.pending) {
      await this.state.setCursor(slot.key, value, this.change);
      slot.committed = value;
    }
  }
};

// packages/engine/dist/run/_rejections.js
import { createHash } from "node:crypto";
var Rejections = class {
  ctx;
  pending = [];
  keyPaths;
  constructor(ctx) {
    this.ctx = ctx;
    this.keyPaths = ctx.primaryKey?.map(compilePath);
  }
  /** The record's key as messages show it: its primary key, its `id`, or its position. */
  describe(record, position, mapped) {
    return describeKey(record, this.keyPaths, position, mapped);
  }
  /** Records one rejection; throws once `quarantine.max_records` is passed, unless `deferLimit`. */
  add(rejection, scope, deferLimit = false) {
    const { ctx } = this;
    const recordKey = this.describe(rejection.raw, rejection.position, rejection.mapped);
    const reasons = rejection.reasons.map((r) => ctx.redactor.redact(r));
    const reason = reasons.join("; ");
    ctx.logger.warn(`record ${recordKey} ${rejection.verb ?? "rejected"}: ${reason}`);
    ctx.emit({ type: "record_rejected", runId: ctx.runId, stream: ctx.stream, key: recordKey, reason });
    const identity = this.keyPaths ? recordKey : JSON.stringify(rejection.raw, (_k, v) => typeof v === "bigint" ? v.toString() : v);
    this.pending.push({
      id: rejection.replayId ?? quarantineId(ctx.pipeline, ctx.stream, `${scope.tenant ?? ""}/${scope.partition ?? ""}`, identity),
      pipeline: ctx.pipeline,
      stream: ctx.stream,
      ...scope.tenant !== void 0 ? { tenant: scope.tenant } : {},
      runId: ctx.runId,
      recordKey,
      record: ctx.redactor.redactValue(rejection.raw),
      reasons
    });
    ctx.result.recordsRejected += 1;
    if (!deferLimit)
      this.checkLimit();
  }
  /** Fails the stream once more records were rejected than `quarantine.max_records` allows. */
  checkLimit() {
    const { maxRecords } = this.ctx;
    const rejected = this.ctx.result.recordsRejected;
    if (maxRecords !== void 0 && rejected > maxRecords) {
      throw new SyncError("TRANSFORM_FAILED", `${rejected} records rejected, more than quarantine.max_records (${maxRecords}); the run stops`);
    }
  }
  /** Stores the entries collected so far (nothing in a dry run). */
  async store() {
    if (this.ctx.dryRun || this.pending.length === 0)
      return;
    const entries = this.pending;
    this.pending = [];
    await this.ctx.state.quarantine.put(entries);
  }
};
function quarantineId(pipeline, stream, partition, identity) {
  return createHash("sha256").update(`${pipeline}\0${stream}\0${partition}\0${identity}`).digest("hex").slice(0, 32);
}
function describeKey(record, keyPaths, position, mapped) {
  for (const candidate of mapped ? [record, mapped] : [record]) {
    const paths = keyPaths ?? (candidate.id !== void 0 ? [["id"]] : []);
    const values = paths.map((p) => getPath(candidate, p)).filter((v) => v !== void 0);
    if (values.length)
      return values.map((v) => JSON.stringify(v)).join("/");
  }
  return `#${position}`;
}

// packages/engine/dist/run/_stream-outputs.js
var StreamOutputs = class _StreamOutputs {
  ctx;
  extras = [];
  main;
  turn = Promise.resolve();
  constructor(ctx) {
    this.ctx = ctx;
  }
  static async open(plan, ctx) {
    const outputs = new _StreamOutputs(ctx);
    try {
      outputs.main = ctx.dryRun ? dryRunWriter(plan.name, ctx) : await openWriter(plan.name, plan.sink, ctx);
      for (const [i, extra] of plan.also.entries()) {
        const label = `${plan.name}.also[${i}]`;
        outputs.extras.push({
          label,
          connection: extra.sink.connection,
          step: await prepareSteps(extra.steps, ctx.env),
          writer: ctx.dryRun ? dryRunWriter(label, ctx) : await openWriter(plan.name, extra.sink, ctx)
        });
      }
    } catch (error) {
      await outputs.close();
      throw error;
    }
    return outputs;
  }
  /** Runs `work` once every earlier turn has finished: one batch at a time reaches the sinks. */
  exclusive(work) {
    const run = this.turn.then(work, work);
    this.turn = run.catch(() => void 0);
    return run;
  }
  /** Writes a batch to the main sink. */
  write(records, ctx) {
    return this.main.write(records, ctx);
  }
  /** Commits deferred work of every writer, main sink first. */
  async finish() {
    await this.main?.finish?.();
    for (const extra of this.extras)
      await extra.writer.finish?.();
  }
  /** Releases every writer; failures are logged, never thrown. */
  async close() {
    const { logger, redactor } = this.ctx;
    for (const extra of this.extras) {
      try {
        await extra.writer.close?.();
      } catch (error) {
        logger.debug(`closing ${extra.label} failed: ${redactor.redact(describeError(error))}`);
      }
    }
    try {
      await this.main?.close?.();
    } catch (error) {
      logger.debug(`closing the writer failed: ${redactor.redact(describeError(error))}`);
    }
  }
};
async function openWriter(stream, sink, ctx) {
  const connection = await ctx.openConnection(sink);
  if (!connection.openWriter)
    throw new SyncError("CONFIG_INVALID", `connection "${sink.connection}" cannot be written to`);
  try {
    return await connection.openWriter(sink.options, {
      stream,
      logger: ctx.logger.withTag(`sink:${sink.connection}`),
      render: ctx.render
    });
  } catch (error) {
    if (error instanceof SyncError)
      throw error;
    throw new SinkError(`[sink:${sink.connection}] cannot prepare the sink: ${describeError(error)}`, { cause: error });
  }
}
function dryRunWriter(stream, ctx) {
  const tenant = ctx.tenant !== void 0 ? { tenant: ctx.tenant } : {};
  return {
    async write(records) {
      let text = "";
      for (const record of records)
        text += `${ctx.redactor.redact(JSON.stringify({ stream, ...tenant, record }))}
`;
      ctx.output.write(text);
      return { inserted: 0, updated: 0, skipped: records.length };
    }
  };
}

// packages/engine/dist/run/_source-cache.js
import { createReadStream, createWriteStream } from "node:fs";
import { rename, rm, stat } from "node:fs/promises";
import { once } from "node:events";
import { parse } from "csv-parse";
import { stringify } from "csv-stringify";
var PAGE = 500;
async function cacheIsUsable(options, now = Date.now()) {
  let info;
  try {
    info = await stat(options.path);
  } catch {
    return { usable: false, reason: "no cache file yet" };
  }
  if (options.maxAgeMs !== void 0 && now - info.mtimeMs > options.maxAgeMs)
    return { usable: false, reason: "the cache is older than max_age" };
  try {
    for await (const page of readCache(options))
      if (page.records.length > 0)
        return { usable: true, reason: "cache" };
    return { usable: false, reason: "the cache holds no record" };
  } catch (error) {
    return { usable: false, reason: `the cache does not parse (${error.message})` };
  }
}
async function* readCache(options) {
  let records = [];
  const description = `cache ${options.path}`;
  if (options.format === "csv") {
    const parser = createReadStream(options.path).pipe(parse({ columns: true, bom: true, skip_empty_lines: true, cast: (value) => value === "" ? null : value }));
    for await (const row of parser) {
      records.push(row);
      if (records.length >= PAGE) {
        yield { records, description };
        records = [];
      }
    }
  } else {
    const lines = createReadStream(options.path, "utf8");
    let rest = "";
    for await (const chunk of lines) {
      const parts = (rest + String(chunk)).split("\n");
      rest = parts.pop() ?? "";
      for (const line of parts) {
        if (!line.trim())
          continue;
        records.push(JSON.parse(line));
        if (records.length >= PAGE) {
          yield { records, description };
          records = [];
        }
      }
    }
    if (rest.trim())
      records.push(JSON.parse(rest));
  }
  if (records.length)
    yield { records, description };
}
function createCacheWriter(options, runId) {
  const jsonl = `${options.path}.${runId}.jsonl.tmp`;
  const out = createWriteStream(jsonl, "utf8");
  const columns = /* @__PURE__ */ new Set();
  return {
    async add(records) {
      let text = "";
      for (const record of records) {
        for (const key of Object.keys(record))
          columns.add(key);
        text += `${JSON.stringify(record, (_k, v) => typeof v === "bigint" ? v.toString() : v)}
`;
      }
      if (!out.write(text))
        await once(out, "drain");
    },
    /** The whole source was read: replace the cache (CSV gets every column any record had). */
    async commit() {
      await new Promise((resolve, reject) => out.end((error) => error ? reject(error) : resolve()));
      if (options.format === "jsonl") {
        await rename(jsonl, options.path);
        return;
      }
      const csv = `${options.path}.${runId}.csv.tmp`;
      const header = [...columns];
      const writer = stringify({ header: true, columns: header, cast: { object: (v) => JSON.stringify(v), boolean: (v) => String(v) } });
      const file = createWriteStream(csv, "utf8");
      writer.pipe(file);
      for await (const page of readCache({ ...options, path: jsonl, format: "jsonl" })) {
        for (const record of page.records)
          if (!writer.write(record))
            await once(writer, "drain");
      }
      writer.end();
      await once(file, "finish");
      await rm(jsonl, { force: true });
      await rename(csv, options.path);
    },
    /** The read did not finish: keep the old cache, drop the partial copy. */
    async discard() {
      await new Promise((resolve) => out.end(() => resolve()));
      await rm(jsonl, { force: true });
    }
  };
}
async function* teeIntoCache(pages, writer) {
  for await (const page of pages) {
    await writer.add(page.records);
    yield page;
  }
}

// packages/engine/dist/run/_read-stage.js
function startReadStage(session, input, pages) {
  const { plan, ctx } = session;
  let cache;
  let cacheSettled = false;
  const state = {
    truncated: false,
    replayed: /* @__PURE__ */ new Map(),
    async settleCache(whole) {
      if (!cache || cacheSettled)
        return;
      cacheSettled = true;
      if (!whole || state.truncated || ctx.signal.aborted)
        await cache.discard();
      else {
        await cache.commit();
        ctx.logger.info(`wrote ${plan.cache.path}`);
      }
    }
  };
  const done = (async () => {
    try {
      let fromCache = false;
      if (plan.cache && !ctx.replay && input.unit.strategy !== "ids") {
        const check = input.unit.strategy === "full" ? { usable: false, reason: "strategy full" } : await cacheIsUsable(plan.cache, ctx.now());
        fromCache = check.usable;
        ctx.logger.info(fromCache ? `reading ${plan.cache.path} (cache)` : `reading the source: ${check.reason}`);
        if (!fromCache && !ctx.dryRun)
          cache = createCacheWriter(plan.cache, ctx.runId);
      }
      const source = ctx.replay ? replayPages(session, state.replayed) : fromCache ? readCache(plan.cache) : cache ? teeIntoCache(sourcePages(session, input, state), cache) : sourcePages(session, input, state);
      const iterator = source[Symbol.asyncIterator]();
      try {
        while (await pages.ready()) {
          const step = await iterator.next();
          if (step.done)
            break;
          if (!await pages.push(step.value))
            break;
        }
      } finally {
        await iterator.return?.();
      }
      pages.end();
    } catch (error) {
      await state.settleCache(false);
      pages.fail(sourceFailure(session, input.unit, error));
    }
  })();
  return { state, done };
}
function sourcePages(session, input, state) {
  const { plan, ctx, result } = session;
  const incremental = session.incremental;
  return session.source.read(session.sourceOptions, {
    stream: plan.name,
    cursor: input.startCursor,
    limit: ctx.limit === void 0 ? void 0 : Math.max(ctx.limit - result.recordsRead, 0),
    signal: input.signal,
    logger: ctx.logger.withTag(`source:${plan.source.connection}`),
    render: (value) => renderRuntime(value, input.scopes),
    readAhead: plan.readAhead,
    incomplete: (reason) => {
      state.truncated = true;
      ctx.logger.warn(`${plan.name}: the read stopped early (${reason})${incremental && !incremental.ordered ? "; the cursor is not moved" : ""}`);
    }
  });
}
async function* replayPages(session, replayed) {
  const { ctx, plan } = session;
  const entries = await ctx.state.quarantine.list({
    pipeline: ctx.pipeline.name,
    stream: plan.name,
    tenant: ctx.tenant?.id ?? "",
    status: "open",
    ...ctx.replay?.ids ? { ids: [...ctx.replay.ids] } : {},
    limit: 1e6
  });
  for (let i = 0; i < entries.length; i += REPLAY_PAGE) {
    const records = entries.slice(i, i + REPLAY_PAGE).map((entry) => {
      replayed.set(entry.record, entry.id);
      return entry.record;
    });
    yield { records, description: `quarantine of ${plan.name}` };
  }
}
var REPLAY_PAGE = 500;
function sourceFailure(session, unit, error) {
  if (error instanceof SyncError && error.code !== "SOURCE_FAILED")
    return error;
  const where = unit.partition ? ` (partition ${unit.partition.key})` : "";
  return new SourceError(`[source:${session.plan.source.connection}]${where} ${describeError(error)}`, { cause: error });
}

// packages/engine/dist/run/_unit-stages.js
async function runUnit(session, unit) {
  const { plan, ctx, result, incremental } = session;
  const slot = await session.checkpoints.open(unit.cursorKey);
  const startCursor = incremental ? ctx.since ?? (unit.strategy === "full" ? void 0 : slot.committed) ?? incremental.initial : void 0;
  const cursorText = () => incremental ? ` from cursor ${JSON.stringify(startCursor ?? null)}` : "";
  if (!session.started) {
    session.started = true;
    result.cursorBefore = startCursor;
    result.cursorAfter = slot.committed ?? startCursor;
    ctx.emit({ type: "stream_started", runId: ctx.runId, stream: plan.name, cursor: startCursor });
    ctx.logger.debug(`stream ${plan.name} started${cursorText()}`);
  }
  if (unit.partition)
    ctx.logger.debug(`partition ${unit.partition.key}${cursorText()}`);
  const partition = unit.partition;
  const scopes = {
    ...session.baseScopes,
    cursor: startCursor,
    ...session.idsScope,
    ...partition ? { partition: partition.value } : {},
    ...partition && unit.strategy === "ids" ? { id: partition.value } : {},
    ...partition?.parent ? { parent: partition.parent } : {}
  };
  const run = { session, unit, slot, scopes, startCursor, scope: { tenant: unit.tenant?.id, partition: partition?.key } };
  const reading = linkedController(session.halt.signal);
  const pages = createChannel(1);
  const items = createChannel(1);
  const read = startReadStage(session, { unit, scopes, startCursor, signal: reading.controller.signal }, pages);
  const transforming = transformStage(run, read.state, pages, items);
  try {
    await writeStage(run, read.state, items);
  } finally {
    reading.controller.abort();
    pages.close();
    items.close();
    await Promise.allSettled([read.done, transforming]);
    await read.state.settleCache(false);
    reading.dispose();
  }
}
async function transformStage(run, read, pages, items) {
  const { session } = run;
  const { plan, ctx, result, rejections, cursorPath, step } = session;
  const halted = session.halt.signal;
  const limitReached = () => ctx.limit !== void 0 && result.recordsRead >= ctx.limit;
  const fresh = () => ({ records: [], raws: [], replayIds: /* @__PURE__ */ new Set(), seen: void 0 });
  let batch = fresh();
  let seen;
  let whole = true;
  try {
    reading: for await (const page of pages) {
      result.pages += 1;
      const description = page.description ? { description: page.description } : {};
      ctx.emit({
        type: "page_fetched",
        runId: ctx.runId,
        stream: plan.name,
        records: page.records.length,
        page: result.pages,
        ...description,
        ...page.total !== void 0 ? { total: page.total } : {}
      });
      ctx.logger.debug(`page ${result.pages}: ${page.records.length} records${page.description ? ` from ${page.description}` : ""}`);
      for (const raw of page.records) {
        if (limitReached() || session.limited) {
          session.limited = true;
          whole = false;
          break reading;
        }
        result.recordsRead += 1;
        if (cursorPath)
          seen = maxCursor(seen, getPath(raw, cursorPath));
        let out;
        try {
          out = step(raw, run.scopes);
        } catch (error) {
          if (error instanceof SyncError && error.code === "TRANSFORM_FAILED") {
            const key = rejections.describe(raw, result.recordsRead);
            throw new SyncError("TRANSFORM_FAILED", `record ${key}: ${error.message}`, { cause: error });
          }
          const reasons = error instanceof RecordRejectedError ? error.reasons : [describeError(error)];
          rejections.add({ raw, position: result.recordsRead, reasons, replayId: read.replayed.get(raw) }, run.scope);
          continue;
        }
        if (out === null || Array.isArray(out) && out.length === 0) {
          result.recordsFiltered += 1;
          continue;
        }
        const replayId = read.replayed.get(raw);
        for (const record of Array.isArray(out) ? out : [out]) {
          batch.records.push(record);
          batch.raws.push(raw);
          if (replayId)
            batch.replayIds.add(replayId);
          if (batch.records.length >= plan.batchSize) {
            batch.seen = seen;
            if (!await items.push({ kind: "batch", batch }))
              return;
            batch = fresh();
          }
        }
        if (halted.aborted)
          break reading;
      }
      if (halted.aborted)
        break;
      if (limitReached()) {
        session.limited = true;
        whole = false;
        break;
      }
    }
  } catch (error) {
    items.fail(error);
    return;
  }
  if (halted.aborted)
    return items.end();
  batch.seen = seen;
  if (batch.records.length)
    await items.push({ kind: "batch", batch });
  await items.push({ kind: "end", seen, whole: whole && !read.truncated });
  items.end();
}
async function writeStage(run, read, items) {
  const { session, slot } = run;
  const { ctx, result, checkpoints, incremental, outputs } = session;
  for await (const item of items) {
    if (session.halt.signal.aborted)
      return;
    if (item.kind === "batch") {
      await outputs.exclusive(() => writeBatch(run, read, item.batch));
      continue;
    }
    await read.settleCache(item.whole);
    await outputs.exclusive(async () => {
      await session.rejections.store();
      const moved = await checkpoints.unitDone(slot, item.seen, item.whole);
      if (moved !== void 0)
        result.cursorAfter = maxCursor(result.cursorAfter, moved);
    });
    if (ctx.dryRun && incremental)
      result.cursorAfter = maxCursor(run.startCursor, item.seen);
  }
}
async function writeBatch(run, read, batch) {
  const { session, slot } = run;
  const { plan, ctx, result, rejections, checkpoints, outputs } = session;
  await rejections.store();
  const number = result.batches + 1;
  const cursor = checkpoints.forBatch(slot, batch.seen);
  const cursorNote = () => session.incremental ? `; the cursor stays at ${JSON.stringify(slot.committed ?? run.startCursor ?? null)}` : "";
  let written;
  try {
    written = await outputs.write(batch.records, cursor?.checkpoint ? { checkpoint: cursor.checkpoint } : {});
  } catch (error) {
    throw new SinkError(`[sink:${plan.sink.connection}] batch ${number} (${batch.records.length} records) failed: ${describeError(error)}${cursorNote()}`, { cause: error });
  }
  const refused = /* @__PURE__ */ new Set();
  for (const { index, reasons } of written.rejected ?? []) {
    const raw = batch.raws[index] ?? batch.records[index];
    const replayId = read.replayed.get(raw);
    rejections.add({ raw, mapped: batch.records[index], position: index + 1, reasons, replayId, verb: "refused by the sink" }, run.scope, true);
    if (replayId)
      batch.replayIds.delete(replayId);
    refused.add(index);
  }
  let deferred = written.deferred === true;
  for (const extra of outputs.extras) {
    const out = [];
    const origin = [];
    for (const [index, record] of batch.records.entries()) {
      if (refused.has(index))
        continue;
      try {
        const produced = extra.step(record, run.scopes);
        for (const one of Array.isArray(produced) ? produced : produced ? [produced] : []) {
          out.push(one);
          origin.push(index);
        }
      } catch (error) {
        const raw = batch.raws[index] ?? record;
        if (error instanceof SyncError && error.code === "TRANSFORM_FAILED") {
          const key = rejections.describe(raw, index + 1, record);
          throw new SyncError("TRANSFORM_FAILED", `${extra.label}: record ${key}: ${error.message}`, { cause: error });
        }
        const reasons = [`${extra.label}: ${describeError(error)}`];
        rejections.add({ raw, mapped: record, position: index + 1, reasons }, run.scope, true);
      }
    }
    if (out.length === 0)
      continue;
    try {
      const extraWritten = await extra.writer.write(out);
      if (extraWritten.deferred)
        deferred = true;
      for (const { index, reasons } of extraWritten.rejected ?? []) {
        const at = origin[index] ?? 0;
        const raw = batch.raws[at] ?? batch.records[at];
        const labelled = reasons.map((reason) => `${extra.label}: ${reason}`);
        rejections.add({ raw, mapped: batch.records[at], position: at + 1, reasons: labelled, verb: "refused by the sink" }, run.scope, true);
      }
      ctx.logger.debug(`${extra.label}: ${out.length} records to ${extra.connection}`);
    } catch (error) {
      throw new SinkError(`[sink:${extra.connection}] ${extra.label}, batch ${number} (${out.length} records) failed: ${describeError(error)}${cursorNote()}`, { cause: error });
    }
  }
  rejections.checkLimit();
  if (batch.replayIds.size)
    await ctx.state.quarantine.resolve([...batch.replayIds], ctx.runId);
  result.batches = number;
  result.recordsWritten += batch.records.length - refused.size;
  result.inserted += written.inserted;
  result.updated += written.updated;
  result.skipped += written.skipped;
  let advanced;
  if (deferred)
    checkpoints.deferred = true;
  else if (cursor) {
    await checkpoints.batchCommitted(slot, cursor, written.checkpointed === true);
    result.cursorAfter = maxCursor(result.cursorAfter, cursor.value);
    advanced = cursor.value;
  }
  const counts = `${written.inserted} inserted, ${written.updated} updated, ${written.skipped} unchanged`;
  ctx.logger.info(ctx.dryRun ? `batch ${number}: would write ${batch.records.length} records (dry run)` : `batch ${number} written: ${batch.records.length} records (${counts})${advanced !== void 0 ? `, cursor ${JSON.stringify(advanced)}` : ""}`);
  ctx.emit({
    type: "batch_written",
    runId: ctx.runId,
    stream: plan.name,
    batch: number,
    records: batch.records.length,
    inserted: written.inserted,
    updated: written.updated,
    skipped: written.skipped,
    ...advanced !== void 0 ? { cursor: advanced } : {}
  });
}

// packages/engine/dist/run/run-events.js
function emptyStreamResult(stream, status) {
  return {
    stream,
    status,
    recordsRead: 0,
    recordsWritten: 0,
    recordsRejected: 0,
    recordsFiltered: 0,
    inserted: 0,
    updated: 0,
    skipped: 0,
    pages: 0,
    batches: 0,
    cursorBefore: void 0,
    cursorAfter: void 0,
    durationMs: 0
  };
}

// packages/engine/dist/run/work-unit.js
async function* streamUnits(plan, strategy, ctx) {
  const base = {
    pipeline: ctx.pipeline,
    ...ctx.file ? { file: ctx.file } : {},
    stream: plan.name,
    ...ctx.tenant ? { tenant: ctx.tenant } : {},
    strategy
  };
  const cursorKey = (partition) => ({
    pipeline: ctx.pipeline,
    stream: plan.name,
    ...ctx.tenant ? { tenant: ctx.tenant.id } : {},
    ...partition !== void 0 ? { partition } : {}
  });
  if (ctx.replay) {
    yield { ...base, cursorKey: cursorKey() };
    return;
  }
  if (strategy === "ids") {
    const ids = [...ctx.ids ?? []];
    if (plan.idsRequest === "each") {
      for (const id of ids) {
        const key = typeof id === "string" ? id : JSON.stringify(id);
        yield { ...base, partition: { key, value: id }, cursorKey: cursorKey(key) };
      }
    } else
      yield { ...base, ids, cursorKey: cursorKey() };
    return;
  }
  for await (const partition of enumeratePartitions(plan.partitions, ctx)) {
    if (partition.key === void 0) {
      yield { ...base, cursorKey: cursorKey() };
      continue;
    }
    yield {
      ...base,
      partition: { key: partition.key, value: partition.value, ...partition.parent ? { parent: partition.parent } : {} },
      cursorKey: cursorKey(partition.key)
    };
  }
}

// packages/engine/dist/run/run-stream.js
async function runStream(plan, ctx) {
  const started = ctx.now();
  const { redactor } = ctx.pipeline;
  const strategy = ctx.replay ? "incremental" : chooseStrategy(plan, ctx);
  const incremental = ctx.replay || strategy === "ids" ? void 0 : plan.incremental;
  const result = emptyStreamResult(plan.name, "running");
  const history = streamHistory(plan, ctx, result, new Date(started).toISOString());
  const cleanups = [];
  const halt = linkedController(ctx.signal);
  const checkpoints = new Checkpoints(ctx.state, incremental, ctx.dryRun, plan.also.length > 0, {
    runId: ctx.runId,
    actor: `run:${ctx.strategyFacts.trigger}`
  });
  const rejections = new Rejections({
    pipeline: ctx.pipeline.name,
    stream: plan.name,
    runId: ctx.runId,
    dryRun: ctx.dryRun,
    primaryKey: plan.primaryKey,
    maxRecords: plan.quarantine.maxRecords,
    redactor,
    logger: ctx.logger,
    state: ctx.state,
    result,
    emit: ctx.emit
  });
  let outputs;
  try {
    await history();
    const session = await openSession(plan, ctx, {
      strategy,
      incremental,
      result,
      rejections,
      checkpoints,
      halt: halt.controller,
      cleanups
    });
    outputs = session.outputs;
    await runUnits(session, strategy);
    if (ctx.signal.aborted)
      throw new SyncError("ABORTED", "aborted");
    checkRejectShare(plan, result);
    await outputs.finish();
    await checkpoints.savePending();
    result.status = "succeeded";
  } catch (error) {
    settleFailure(plan, ctx, result, error, incremental !== void 0, checkpoints.deferred);
  } finally {
    halt.dispose();
    try {
      await rejections.store();
    } catch (error) {
      ctx.logger.error(`could not store quarantined records: ${redactor.redact(describeError(error))}`);
    }
    for (const cleanup of cleanups)
      cleanup();
    await outputs?.close();
    result.durationMs = ctx.now() - started;
    try {
      await history();
    } catch (error) {
      ctx.logger.error(`could not record the stream's run history: ${redactor.redact(describeError(error))}`);
    }
  }
  ctx.emit({ type: "stream_finished", runId: ctx.runId, result });
  return result;
}
async function openSession(plan, ctx, parts) {
  const { strategy, incremental } = parts;
  if (strategy === "ids" && !plan.idsSource) {
    throw new SyncError("CONFIG_INVALID", `stream ${plan.name} cannot fetch by ids: declare strategies.ids with the source options to use`);
  }
  const baseScopes = {
    ...ctx.tenant ? { tenant: ctx.tenant.record } : {},
    stream: { name: plan.name },
    run: { id: ctx.runId, started_at: ctx.runStartedAt },
    now: ctx.runStartedAt,
    discover: ctx.discovered
  };
  const env = {
    scopes: baseScopes,
    signal: ctx.signal,
    logger: ctx.logger,
    openConnection: ctx.openConnection,
    crosswalk: ctx.crosswalk,
    defer: (cleanup) => parts.cleanups.push(cleanup),
    readRecords: (source2, steps) => readRecords(source2, steps, env)
  };
  const source = ctx.replay ? void 0 : await ctx.openConnection(plan.source);
  if (source && !source.read)
    throw new SyncError("CONFIG_INVALID", `connection "${plan.source.connection}" cannot be read from`);
  const outputs = await StreamOutputs.open(plan, {
    dryRun: ctx.dryRun,
    tenant: ctx.tenant?.id,
    redactor: ctx.pipeline.redactor,
    logger: ctx.logger,
    output: ctx.output,
    env,
    openConnection: ctx.openConnection,
    render: (v, extra) => renderRuntime(v, extra ? { ...baseScopes, ...extra } : baseScopes)
  });
  let step;
  try {
    step = await prepareSteps(plan.steps, env);
  } catch (error) {
    await outputs.close();
    throw error;
  }
  const ids = ctx.ids ?? [];
  return {
    plan,
    ctx,
    result: parts.result,
    incremental,
    sourceOptions: strategy === "ids" && plan.idsSource ? { ...plan.source.options, ...plan.idsSource } : plan.source.options,
    baseScopes,
    idsScope: strategy === "ids" ? { ids: [...ids], ids_csv: ids.join(",") } : {},
    step,
    cursorPath: incremental ? compilePath(incremental.cursorField) : void 0,
    source,
    outputs,
    rejections: parts.rejections,
    checkpoints: parts.checkpoints,
    halt: parts.halt,
    limited: false,
    started: false
  };
}
async function runUnits(session, strategy) {
  const { plan, ctx } = session;
  const ids = ctx.ids ?? [];
  ctx.logger.debug(`stream ${plan.name}: strategy ${strategy}${strategy === "ids" ? ` (${ids.length} ids)` : ""}`);
  const units = streamUnits(plan, strategy, {
    scopes: session.baseScopes,
    signal: ctx.signal,
    openConnection: ctx.openConnection,
    crosswalk: ctx.crosswalk,
    defer: () => void 0,
    logger: ctx.logger.withTag("partitions"),
    pipeline: ctx.pipeline.name,
    file: ctx.pipeline.file,
    tenant: ctx.tenant,
    ids,
    replay: ctx.replay !== void 0
  });
  await forEachConcurrently(units, plan.partitionConcurrency, async (unit) => {
    try {
      await runUnit(session, unit);
    } catch (error) {
      session.halt.abort(error);
      throw error;
    }
  }, () => session.halt.signal.aborted || session.limited);
}
function checkRejectShare(plan, result) {
  const maxPercent = plan.quarantine.maxPercent;
  if (maxPercent === void 0 || result.recordsRead === 0)
    return;
  const share = result.recordsRejected / result.recordsRead * 100;
  if (share <= maxPercent)
    return;
  throw new SyncError("TRANSFORM_FAILED", `${result.recordsRejected} of ${result.recordsRead} records rejected (${share.toFixed(1)}%), more than quarantine.max_percent (${maxPercent}%)`);
}
function settleFailure(plan, ctx, result, error, hasCursor, deferred) {
  if (ctx.signal.aborted) {
    const kept = hasCursor ? `; the cursor stays at ${JSON.stringify(result.cursorAfter ?? null)}` : "";
    result.status = "aborted";
    result.error = `aborted after ${result.batches} committed batches${kept}`;
    ctx.logger.warn(`stream ${plan.name} ${result.error}`);
    return;
  }
  result.status = "failed";
  result.error = ctx.pipeline.redactor.redact(describeError(error));
  if (deferred)
    Object.assign(result, { recordsWritten: 0, inserted: 0, updated: 0, skipped: 0 });
  ctx.logger.error(`stream ${plan.name} failed: ${result.error}`);
}
function streamHistory(plan, ctx, result, startedAt) {
  return async () => {
    if (ctx.dryRun)
      return;
    await ctx.state.saveStreamRun({
      runId: ctx.runId,
      stream: plan.name,
      status: result.status === "skipped" ? "failed" : result.status,
      startedAt,
      ...result.status !== "running" ? { finishedAt: new Date(ctx.now()).toISOString() } : {},
      recordsRead: result.recordsRead,
      recordsWritten: result.recordsWritten,
      recordsRejected: result.recordsRejected,
      cursorBefore: result.cursorBefore,
      cursorAfter: result.cursorAfter,
      ...result.error ? { error: result.error } : {}
    });
  };
}
function chooseStrategy(plan, ctx) {
  if (ctx.strategy)
    return ctx.strategy;
  for (const rule of plan.autoStrategy) {
    if (isTruthy(compileLogic(rule.when)(ctx.strategyFacts)))
      return rule.use;
  }
  return "incremental";
}

// packages/engine/dist/run/_run-streams.js
async function runStreams(plan, ctx) {
  const finished = /* @__PURE__ */ new Map();
  const turns = createTurns(plan.streamConcurrency);
  for (const stream of plan.streams) {
    finished.set(
      stream.name,
      // Turns are taken in plan order, before waiting for `after`: streams earlier in the plan never wait behind later ones.
      turns.take(async () => {
        const before = await Promise.all(stream.after.map((name) => finished.get(name) ?? Promise.resolve(void 0)));
        if (ctx.skipAll || ctx.signal.aborted)
          return emptyStreamResult(stream.name, "skipped");
        const blocked = stream.after.filter((_, i) => before[i] && before[i].status !== "succeeded");
        if (blocked.length) {
          const reason = `not run: it runs after ${blocked.join(", ")}, which did not succeed`;
          ctx.logger.warn(`stream ${stream.name} ${reason}`);
          return { ...emptyStreamResult(stream.name, "skipped"), error: reason };
        }
        return ctx.run(stream);
      })
    );
  }
  return Promise.all(plan.streams.map((stream) => finished.get(stream.name)));
}
function createTurns(limit) {
  let running = 0;
  const waiting = [];
  return {
    async take(task) {
      if (running >= limit)
        await new Promise((resolve) => waiting.push(resolve));
      running += 1;
      try {
        return await task();
      } finally {
        running -= 1;
        waiting.shift()?.();
      }
    }
  };
}

// packages/engine/dist/run/run-lock.js
import { randomUUID as randomUUID2 } from "node:crypto";
import { hostname } from "node:os";
var DEFAULT_LOCK_TTL_MS = 6e4;
var PROCESS_LOCK_HOLDER = `${hostname()}:${process.pid}:${randomUUID2().slice(0, 8)}`;
function runLockName(pipeline, tenant, stream) {
  return `run:${pipeline}:${tenant ?? "-"}:${stream}`;
}
async function takeRunLocks(locks, options) {
  const now = options.now ?? Date.now;
  const ttlMs = options.ttlMs ?? DEFAULT_LOCK_TTL_MS;
  const { holder } = options;
  const names = [...new Set(options.streams)].sort().map((stream) => runLockName(options.pipeline, options.tenant, stream));
  const acquire = (name, renew = false) => locks.acquire(name, holder, ttlMs, { now: now(), ...options.runId ? { runId: options.runId } : {}, ...renew ? { renew } : {} });
  const taken = [];
  for (const name of names) {
    if (await acquire(name)) {
      taken.push(name);
      continue;
    }
    for (const own of taken)
      await locks.release(own, holder);
    const other = await locks.holder(name, { now: now() }) ?? "another process";
    const stream = name.slice(runLockName(options.pipeline, options.tenant, "").length);
    const what = `stream ${stream} of ${options.pipeline}${options.tenant === void 0 ? "" : ` (tenant ${options.tenant})`}`;
    return { name, holder: other, message: `${what} is already running: lock ${name} is held by ${other}` };
  }
  const fences = /* @__PURE__ */ new Map();
  if (locks.fence) {
    for (const name of names) {
      const fence = await locks.fence(name, holder);
      if (fence !== void 0)
        fences.set(name, fence);
    }
  }
  let lost = false;
  const lose = (reason) => {
    if (lost)
      return;
    lost = true;
    options.onLost?.(reason);
  };
  let renewing = Promise.resolve();
  const timer = setInterval(() => {
    renewing = (async () => {
      for (const name of names) {
        try {
          if (!await acquire(name, true))
            lose(`lock ${name} expired and was taken by another holder`);
        } catch (error) {
          lose(`lock ${name} could not be renewed: ${describeError(error)}`);
        }
      }
    })();
  }, Math.max(1, Math.floor(ttlMs / 3)));
  timer.unref();
  return {
    holder,
    names,
    fences,
    async release() {
      clearInterval(timer);
      await renewing;
      for (const name of names)
        await locks.release(name, holder);
    }
  };
}
function isBusy(result) {
  return !("release" in result);
}
async function acquireRunLocks(locks, options) {
  const { lock = {}, signal, onWait, ...take } = options;
  let last;
  for (; ; ) {
    if (signal?.aborted)
      throw new AbortedError("the run was aborted while it waited for its lock");
    const result = await takeRunLocks(locks, {
      ...take,
      holder: lock.holder ?? PROCESS_LOCK_HOLDER,
      ...lock.ttlMs !== void 0 ? { ttlMs: lock.ttlMs } : {}
    });
    if (!isBusy(result))
      return result;
    if (!lock.wait)
      throw new RunLockedError(result.message, result.name, result.holder);
    if (result.holder !== last)
      onWait?.(result);
    last = result.holder;
    await sleep(lock.retryMs ?? 1e3, signal);
  }
}
function sleep(ms, signal) {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      signal?.removeEventListener("abort", done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal?.addEventListener("abort", done, { once: true });
  });
}
function fencedState(state, lease) {
  if (!lease.fences?.size)
    return state;
  const fenceOf = (key) => {
    const lock = runLockName(key.pipeline, key.tenant, key.stream);
    const fence = lease.fences.get(lock);
    return fence === void 0 ? {} : { fence: { lock, holder: lease.holder, fence } };
  };
  return new Proxy(state, {
    get(target, property) {
      if (property === "setCursor")
        return (key, value2, options) => target.setCursor(key, value2, { ...options, ...fenceOf(key) });
      if (property === "setCursorWith" && target.setCursorWith) {
        return (db, key, value2, options) => target.setCursorWith(db, key, value2, { ...options, ...fenceOf(key) });
      }
      const value = Reflect.get(target, property, target);
      return typeof value === "function" ? value.bind(target) : value;
    }
  });
}

// packages/engine/dist/run/run-pipeline.js
async function runPipeline(pipeline, options) {
  if (options.strategy === "ids" && !options.streams?.length) {
    const able = planPipeline(pipeline).streams.filter((s) => s.idsSource).map((s) => s.name);
    if (able.length)
      options = { ...options, streams: able };
  }
  const plan = planPipeline(pipeline, { streams: options.streams });
  const result = plan.tenants && !options.tenant ? await runTenants(pipeline, plan, plan.tenants, options, (tenant) => runOnce(pipeline, plan, { ...options, tenant })) : await runOnce(pipeline, plan, options);
  if (plan.afterRun && !options.dryRun && !options.tenant) {
    const logger = (options.logger ?? createConsola2({ level: -999 })).withTag(pipeline.name);
    await runAfterRun(pipeline, plan.afterRun, result, options.state, logger, options.signal ?? new AbortController().signal);
  }
  return result;
}
async function runOnce(pipeline, plan, options) {
  const runId = options.runId ?? randomUUID3();
  const now = options.now ?? Date.now;
  const tenant = options.tenant?.id;
  const streams = plan.streams.map((s) => s.name);
  if (options.dryRun)
    return runLocked(pipeline, plan, options, runId, options.signal ?? new AbortController().signal);
  if (options.lease) {
    const missing = streams.filter((stream) => !options.lease.names.includes(runLockName(pipeline.name, tenant, stream)));
    if (missing.length)
      throw new SyncError("INTERNAL", `the lease given to the run does not cover ${missing.join(", ")}`);
    const fenced = { ...options, state: fencedState(options.state, options.lease) };
    return runLocked(pipeline, plan, fenced, runId, options.signal ?? new AbortController().signal);
  }
  const link = linkedController(options.signal ?? new AbortController().signal);
  const lost = link.controller;
  const signal = lost.signal;
  const logger = (options.logger ?? createConsola2({ level: -999 })).withTag(pipeline.name);
  const lease = await acquireRunLocks(options.state.locks, {
    pipeline: pipeline.name,
    ...tenant !== void 0 ? { tenant } : {},
    streams,
    runId,
    now,
    signal,
    ...options.lock ? { lock: options.lock } : {},
    onWait: (busy) => logger.info(`waiting: ${busy.message}`),
    onLost: (reason) => {
      logger.error(`${reason}; stopping the run`);
      lost.abort();
    }
  });
  try {
    return await runLocked(pipeline, plan, { ...options, state: fencedState(options.state, lease) }, runId, signal);
  } finally {
    link.dispose();
    await lease.release().catch((error) => logger.warn(`releasing the run's locks failed: ${describeError(error)}`));
  }
}
async function runLocked(pipeline, plan, options, runId, signal) {
  const now = options.now ?? Date.now;
  const dryRun = options.dryRun ?? false;
  const tenant = options.tenant;
  const baseLogger = (options.logger ?? createConsola2({ level: -999 })).withTag(pipeline.name);
  const logger = tenant ? baseLogger.withTag(tenant.id) : baseLogger;
  const redactor = pipeline.redactor;
  const emit = (event) => options.onEvent?.(event);
  const started = now();
  const startedAt = new Date(started).toISOString();
  const crosswalk = options.state.crosswalk(tenant?.id ?? "");
  const runScopes = {
    run: { id: runId, started_at: startedAt },
    now: startedAt,
    ...tenant ? { tenant: tenant.record } : {}
  };
  if (!dryRun) {
    const trigger = options.trigger ?? "api";
    await options.state.startRun({ id: runId, pipeline: pipeline.name, ...tenant ? { tenant: tenant.id } : {}, trigger, startedAt });
  }
  emit({ type: "run_started", runId, pipeline: pipeline.name, streams: plan.streams.map((s) => s.name), dryRun });
  logger.debug(`run ${runId} started${dryRun ? " (dry run)" : ""}: streams ${plan.streams.map((s) => s.name).join(", ")}`);
  const pool = createConnectionPool(pipeline, {
    state: options.state,
    logger,
    signal,
    scopes: runScopes,
    tenant: tenant?.id,
    metrics: options.metrics,
    rateBudgets: options.rateBudgets,
    nameFailures: true
  });
  let results;
  let firstError;
  let discoveryFailed = false;
  try {
    const strategyFacts = await strategyFactsFor(pipeline, plan, options, now);
    const env = { scopes: runScopes, signal, logger, openConnection: pool.open, defer: () => void 0, crosswalk };
    const discovery = options.replay ? { discovered: {} } : await runDiscoveries(plan, env, redactor);
    discoveryFailed = discovery.error !== void 0;
    firstError = discovery.error;
    results = await runStreams(plan, {
      skipAll: discoveryFailed,
      signal,
      logger,
      run: (stream) => runStream(stream, {
        pipeline,
        runId,
        runStartedAt: startedAt,
        now,
        dryRun,
        limit: options.limit,
        since: options.since,
        signal,
        state: options.state,
        logger: logger.withTag(stream.name),
        openConnection: pool.open,
        emit,
        discovered: discovery.discovered,
        ...tenant ? { tenant } : {},
        crosswalk,
        ...options.strategy ? { strategy: options.strategy } : {},
        ...options.ids ? { ids: options.ids } : {},
        strategyFacts,
        ...options.replay ? { replay: options.replay } : {},
        output: options.output ?? process.stdout
      })
    });
  } finally {
    await pool.close();
  }
  for (const result2 of results)
    if (result2.error && result2.status !== "skipped" && !firstError)
      firstError = `${result2.stream}: ${result2.error}`;
  const finished = now();
  const status = discoveryFailed || results.some((r) => r.status === "failed") ? "failed" : signal.aborted || results.some((r) => r.status === "aborted") ? "aborted" : "succeeded";
  if (status === "aborted" && !firstError)
    firstError = new AbortedError().message;
  const result = {
    runId,
    pipeline: pipeline.name,
    trigger: String(options.trigger ?? "api"),
    ...options.strategy ? { strategy: options.strategy } : {},
    ...tenant ? { tenant: tenant.id } : {},
    status,
    dryRun,
    startedAt,
    finishedAt: new Date(finished).toISOString(),
    durationMs: finished - started,
    streams: results,
    ...firstError ? { error: redactor.redact(firstError) } : {}
  };
  if (!dryRun)
    await options.state.finishRun(runId, { status, finishedAt: result.finishedAt, ...result.error ? { error: result.error } : {} });
  emit({ type: "run_finished", result });
  return result;
}
async function strategyFactsFor(pipeline, plan, options, now) {
  const facts = { trigger: String(options.trigger ?? "api"), hours_since_success: null };
  if (options.strategy || !plan.streams.some((s) => s.autoStrategy.length))
    return facts;
  const auto = plan.streams.filter((s) => s.autoStrategy.length).map((s) => s.name);
  const tenant = options.tenant?.id ?? "";
  const recent = await options.state.listRuns({ pipeline: pipeline.name, tenant, status: "succeeded", limit: 50 });
  const last = recent.find((r) => r.trigger !== "webhook" && (r.streams.length === 0 || auto.every((name) => r.streams.some((s) => s.stream === name && s.status === "succeeded"))));
  if (last)
    facts.hours_since_success = (now() - Date.parse(last.finishedAt ?? last.startedAt)) / 36e5;
  return facts;
}
async function runDiscoveries(plan, env, redactor) {
  const discovered = {};
  for (const discovery of plan.discoveries) {
    try {
      discovered[discovery.name] = await discover(discovery, {
        ...env,
        scopes: { ...env.scopes, discover: discovered },
        logger: env.logger.withTag(`discover:${discovery.name}`)
      });
      env.logger.debug(`discover.${discovery.name}: ${redactor.redact(JSON.stringify(discovered[discovery.name]))}`);
    } catch (error) {
      const message = `discover.${discovery.name}: ${redactor.redact(describeError(error))}`;
      env.logger.error(`${message}; no stream was run`);
      return { discovered, error: message };
    }
  }
  return { discovered };
}
async function discover(discovery, ctx) {
  const records = [];
  for await (const record of readRecords(discovery.source, [], ctx)) {
    records.push(record);
    if (discovery.pick === "first")
      return record;
  }
  if (discovery.pick === "first")
    throw new SyncError("SOURCE_FAILED", "the request returned no record");
  return records;
}

export {
  compilePath,
  getPath,
  connectEndpoint,
  listTenantPlan,
  compareCursors,
  maxCursor,
  DEFAULT_LOCK_TTL_MS,
  PROCESS_LOCK_HOLDER,
  runLockName,
  takeRunLocks,
  isBusy,
  acquireRunLocks,
  fencedState,
  runPipeline
};
