import {
  PIPELINE_SCHEMA,
  createConfigAjv,
  validateWithSecrets
} from "./chunk-4UUC4JN3.js";
import {
  connectEndpoint,
  listTenantPlan
} from "./chunk-XQSIKRHP.js";
import {
  formatAjvErrors,
  formatPath,
  planPipeline,
  renderRuntime
} from "./chunk-GRVIXJDI.js";
import {
  StateError,
  describeError
} from "./chunk-RLQ4YVQZ.js";

// packages/engine/dist/config/check-options.js
function checkOptions(schema, value) {
  const copy = structuredClone(value);
  const { errors } = validateWithSecrets(schema, copy);
  const problems = formatAjvErrors(errors, copy).map((p) => {
    const where = formatPath(p.path);
    return where ? `${where}: ${p.message}` : p.message;
  });
  return { value: copy, problems };
}

// packages/engine/dist/config/render-reference.js
function renderPipelineReference(connectors) {
  const out = [
    "<!-- Generated from the JSON Schemas by `npm run generate`. Do not edit by hand: a test fails when it is stale. -->",
    "",
    "# Pipeline reference",
    "",
    PIPELINE_SCHEMA.description,
    "",
    "Every key is listed with its type, whether it is required, its default and what it does.",
    "Strings may contain `${env.NAME}`, `${vars.name}` and runtime references (see [interpolation](interpolation.md)).",
    "",
    "## Pipeline file",
    ""
  ];
  renderObject(PIPELINE_SCHEMA, "", out);
  out.push("## Connectors", "", "A connection's `type` picks its connector. Each connector adds its own keys to the connection block and, where it can be a source or a sink, to a stream's `source` or `sink` block (beside `connection`).", "");
  for (const connector of [...connectors].sort((a, b) => a.name.localeCompare(b.name))) {
    const roles = [connector.source ? "source" : "", connector.sink ? "sink" : ""].filter(Boolean).join(" and ");
    out.push(`### \`${connector.name}\``, "", `${connector.description} Can be a ${roles}.`, "", "#### Connection options", "");
    renderObject(connector.connectionSchema, `connections.<name>`, out);
    if (connector.source) {
      out.push("#### Stream `source` options", "");
      renderObject(connector.source.streamSchema, "streams.<name>.source", out);
    }
    if (connector.sink) {
      out.push("#### Stream `sink` options", "");
      renderObject(connector.sink.streamSchema, "streams.<name>.sink", out);
    }
  }
  return `${out.join("\n").replace(/\n{3,}/g, "\n\n").trimEnd()}
`;
}
function renderObject(schema, prefix, out) {
  const rows = [];
  const nested = [];
  collectRows(schema, prefix, rows, nested);
  if (rows.length === 0) {
    out.push("_No options._", "");
    return;
  }
  out.push("| key | type | required | default | description |", "|---|---|---|---|---|");
  for (const row of rows)
    out.push(`| ${row.map(cell).join(" | ")} |`);
  out.push("");
}
function collectRows(schema, prefix, rows, nested) {
  const required = new Set(schema.required ?? []);
  for (const [key, prop] of Object.entries(schema.properties ?? {})) {
    const path = prefix ? `${prefix}.${key}` : key;
    rows.push([`\`${path}\``, typeOf(prop), required.has(key) ? "yes" : "", defaultOf(prop), describe(prop)]);
    if (prop.properties)
      collectRows(prop, path, rows, nested);
    for (const branch of prop.oneOf ?? []) {
      const tagKey = prop.discriminator?.propertyName;
      const tag = tagKey ? branch.properties?.[tagKey]?.const : void 0;
      const before = rows.length;
      collectRows(branch, path, rows, nested);
      for (const row of rows.slice(before)) {
        if (tag !== void 0 && tagKey) {
          row[4] = row[0] === `\`${path}.${tagKey}\`` ? `${branch.description ?? ""}`.trim() : `With \`${tagKey}: ${String(tag)}\`: ${row[4]}`;
        }
      }
    }
    const entry = typeof prop.additionalProperties === "object" ? prop.additionalProperties : void 0;
    if (entry && (entry.properties || entry.additionalProperties)) {
      const entryPath = `${path}.<name>`;
      if (entry.properties)
        collectRows(entry, entryPath, rows, nested);
    }
    const items = prop.items && deref(prop.items);
    if (items?.properties)
      collectRows(items, `${path}[]`, rows, nested);
    if (items?.anyOf) {
      for (const branch of items.anyOf)
        if (branch.properties)
          collectRows(branch, `${path}[]`, rows, nested);
    }
  }
}
function deref(schema) {
  const name = schema.$ref?.split("/").pop();
  return name ? PIPELINE_SCHEMA.$defs?.[name] ?? schema : schema;
}
function typeOf(schema) {
  if (schema.$ref)
    return (schema.$ref.split("/").pop() ?? "").replace(/[A-Z]/g, (c) => ` ${c.toLowerCase()}`);
  if (schema.enum)
    return schema.enum.map((v) => `\`${JSON.stringify(v)}\``).join(" or ");
  if (schema.const !== void 0)
    return `\`${JSON.stringify(schema.const)}\``;
  if (schema.anyOf || schema.oneOf)
    return [...new Set((schema.anyOf ?? schema.oneOf).map(typeOf))].join(" or ");
  const types = Array.isArray(schema.type) ? schema.type : schema.type ? [schema.type] : ["any"];
  return types.map((t) => {
    if (t === "array" && schema.items)
      return `list of ${typeOf(schema.items)}`;
    if (t === "object" && typeof schema.additionalProperties === "object" && !schema.properties)
      return `map of ${typeOf(schema.additionalProperties)}`;
    return t === "object" ? "map" : t;
  }).join(" or ");
}
function defaultOf(schema) {
  const value = schema.default !== void 0 ? schema.default : schema["x-default"];
  if (value === void 0)
    return "";
  if (typeof value === "object" && value !== null && Object.keys(value).length === 0)
    return "";
  return `\`${JSON.stringify(value)}\``;
}
function describe(schema) {
  const notes = [];
  if (schema.description)
    notes.push(schema.description);
  if (schema["x-secret"])
    notes.push("Secret: redacted in logs, errors and run history.");
  if (schema.minimum !== void 0 && schema.maximum !== void 0)
    notes.push(`From ${schema.minimum} to ${schema.maximum}.`);
  else if (schema.minimum !== void 0)
    notes.push(`At least ${schema.minimum}.`);
  else if (schema.maximum !== void 0)
    notes.push(`At most ${schema.maximum}.`);
  return notes.join(" ");
}
function cell(text) {
  return text.replace(/\|/g, "\\|").replace(/\n/g, " ");
}

// packages/engine/dist/config/editor-schema.js
var EDITOR_SCHEMA_ID = "https://syncengine.dev/schema/pipeline.schema.json";
var PRIVATE_KEYWORDS = /* @__PURE__ */ new Set(["tsType", "x-secret", "x-runtime-template", "$id"]);
var REFERENCE_TEXT = {
  type: "string",
  pattern: "\\$\\{[^}]+\\}",
  description: "A `${vars.*}`, `${env.*}` or runtime reference, resolved before the value is checked."
};
function buildEditorSchema(connectors) {
  const sorted = [...connectors].sort((a, b) => a.name.localeCompare(b.name));
  const schema = clean(structuredClone(PIPELINE_SCHEMA));
  const defs = schema.$defs;
  const properties = schema.properties;
  const connections = properties.connections;
  const entry = connections.additionalProperties;
  entry.properties.type = {
    ...entry.properties.type,
    enum: sorted.map((c) => c.name)
  };
  delete entry.additionalProperties;
  entry.allOf = sorted.map((c) => ({
    if: { properties: { type: { const: c.name } }, required: ["type"] },
    then: { ...c.connectionSchema, properties: { type: true, ...c.connectionSchema.properties ?? {} } }
  }));
  for (const role of ["source", "sink"]) {
    const distinct = /* @__PURE__ */ new Map();
    for (const c of sorted) {
      const stream2 = c[role]?.streamSchema;
      if (stream2)
        distinct.set(stream2, [...distinct.get(stream2) ?? [], c.name]);
    }
    const description = `A ${role} block: \`connection\` names a connection; the other keys are its connector's stream options (${[...distinct.values()].map((n) => n.join("/")).join("; ")}).`;
    const branches = [...distinct].map(([stream2, names]) => ({
      title: names.join(", "),
      ...stream2,
      properties: { connection: CONNECTION, ...stream2.properties ?? {} }
    }));
    defs[`${role}Block`] = { description, type: "object", required: ["connection"], anyOf: branches };
    defs[`${role}Partial`] = {
      description,
      type: "object",
      anyOf: branches.map(({ required: _required, ...branch }) => branch)
    };
  }
  replaceBlocks(schema, []);
  const streams = properties.streams;
  const stream = streams.additionalProperties;
  delete stream.required;
  stream.properties.source = { $ref: "#/$defs/sourcePartial" };
  stream.properties.sink = { $ref: "#/$defs/sinkPartial" };
  stream.if = { not: { required: ["extends"] } };
  stream.then = {
    required: ["source", "sink"],
    properties: { source: { $ref: "#/$defs/sourceBlock" }, sink: { $ref: "#/$defs/sinkBlock" } }
  };
  properties.templates.additionalProperties = { ...stream, if: void 0, then: void 0 };
  delete properties.templates.additionalProperties.if;
  delete properties.templates.additionalProperties.then;
  return {
    $schema: "http://json-schema.org/draft-07/schema#",
    $id: EDITOR_SCHEMA_ID,
    ...relaxed(schema)
  };
}
var CONNECTION = { type: "string", description: "Name of a connection under `connections`." };
function replaceBlocks(node, path) {
  if (Array.isArray(node))
    return node.forEach((item) => replaceBlocks(item, path));
  if (!node || typeof node !== "object")
    return;
  const object = node;
  for (const [key, value] of Object.entries(object)) {
    if (value && typeof value === "object" && !Array.isArray(value)) {
      const v = value;
      const props = v.properties;
      if (v.additionalProperties === true && props?.connection && (key === "source" || key === "sink")) {
        object[key] = { $ref: `#/$defs/${key}Block`, ...v.description ? { description: v.description } : {} };
        continue;
      }
    }
    replaceBlocks(value, [...path, key]);
  }
}
function clean(node) {
  if (Array.isArray(node))
    return node.map(clean);
  if (!node || typeof node !== "object")
    return node;
  const out = {};
  for (const [key, value] of Object.entries(node)) {
    if (PRIVATE_KEYWORDS.has(key))
      continue;
    out[key] = key === "default" || key === "const" || key === "enum" || key === "examples" ? value : clean(value);
  }
  return out;
}
function relaxed(node) {
  if (Array.isArray(node))
    return node.map(relaxed);
  if (!node || typeof node !== "object")
    return node;
  const out = {};
  for (const [key, value] of Object.entries(clean(node))) {
    out[key] = key === "default" || key === "const" || key === "enum" || key === "examples" ? value : relaxed(value);
  }
  const types = [].concat(out.type ?? []);
  const scalar = types.some((t) => t === "integer" || t === "number" || t === "boolean");
  const checkedText = types.includes("string") && (out.pattern !== void 0 || out.format !== void 0);
  if (scalar && !types.includes("string") || out.enum || checkedText) {
    const { description, default: fallback, title, ...rest } = out;
    return {
      ...title !== void 0 ? { title } : {},
      ...description !== void 0 ? { description } : {},
      ...fallback !== void 0 ? { default: fallback } : {},
      anyOf: [rest, REFERENCE_TEXT]
    };
  }
  return out;
}

// packages/engine/dist/config/render-validators.js
var RUNTIME_HELPERS = {
  'require("ajv/dist/runtime/ucs2length").default': "ucs2length",
  'require("ajv/dist/runtime/equal").default': "equal"
};
async function renderValidatorModule(schemas, options) {
  const { Ajv, _ } = await import("ajv");
  const standaloneCode = (await import("ajv/dist/standalone/index.js")).default;
  const ajv = createConfigAjv({ Ajv, _ }, { source: true, esm: true, lines: true, formats: _`CONFIG_FORMATS` });
  const names = /* @__PURE__ */ new Map();
  for (const schema of schemas) {
    const text = JSON.stringify(schema);
    if (names.has(text))
      continue;
    const name = `validate_${names.size}`;
    names.set(text, name);
    ajv.addSchema(schema, name);
  }
  let code = standaloneCode(ajv, Object.fromEntries([...names.values()].map((name) => [name, name])));
  const used = /* @__PURE__ */ new Set(["CONFIG_FORMATS"]);
  for (const [call, helper] of Object.entries(RUNTIME_HELPERS)) {
    if (!code.includes(call))
      continue;
    code = code.split(call).join(helper);
    used.add(helper);
  }
  if (code.includes("require("))
    throw new Error(`renderValidatorModule: the standalone code requires a module: ${/require\([^)]*\)/.exec(code)[0]}`);
  if (!code.includes("CONFIG_FORMATS"))
    used.delete("CONFIG_FORMATS");
  code = code.replace(/^"use strict";/, "").replace(/export const (validate_\d+) = /g, "const $1 = ");
  const list = [...names].map(([text, name]) => `  { schema: ${JSON.stringify(text)}, validate: ${name} },`).join("\n");
  const header = [
    "// @ts-nocheck",
    `/* ${options.banner} */`,
    `import type { PrecompiledValidator } from '${options.typesModule}';`,
    ...used.size ? [`import { ${[...used].sort().join(", ")} } from '${options.runtimeModule}';`] : []
  ];
  return `${header.join("\n")}

${code.trim()}

export const ${options.exportName ?? "VALIDATORS"}: readonly PrecompiledValidator[] = [
${list}
];
`;
}

// packages/engine/dist/logging/redacting-reporter.js
function createRedactingReporter(inner, redactor) {
  return {
    log(logObj, ctx) {
      const args = logObj.args.map((arg) => {
        if (typeof arg === "string")
          return redactor.redact(arg);
        if (arg instanceof Error) {
          const copy = new Error(redactor.redact(arg.message));
          copy.name = arg.name;
          copy.stack = arg.stack ? redactor.redact(arg.stack) : void 0;
          return copy;
        }
        return redactor.redactValue(arg);
      });
      inner.log({ ...logObj, args, ...logObj.message ? { message: redactor.redact(logObj.message) } : {} }, ctx);
    }
  };
}

// packages/engine/dist/run/check-pipeline.js
import { createConsola } from "consola";
async function checkPipeline(pipeline, options) {
  const plan = planPipeline(pipeline);
  const logger = (options.logger ?? createConsola({ level: -999 })).withTag(pipeline.name);
  const signal = options.signal ?? new AbortController().signal;
  const now = (/* @__PURE__ */ new Date()).toISOString();
  const scopes = { now, run: { id: "check", started_at: now } };
  const endpoints = /* @__PURE__ */ new Map();
  const reads = /* @__PURE__ */ new Map();
  const add = (e) => e && !endpoints.has(e.connection) && endpoints.set(e.connection, e);
  const addRead = (e, name, cursor) => {
    add(e);
    if (!reads.has(e.connection))
      reads.set(e.connection, { name, options: e.options, cursor });
  };
  const joins = (steps, name) => {
    for (const step of steps)
      if (step.kind === "join")
        addRead(step.from.source, `${name} (join)`);
  };
  for (const stream of plan.streams) {
    if (!stream.partitions)
      addRead(stream.source, stream.name, stream.incremental?.initial);
  }
  for (const stream of plan.streams) {
    add(stream.source);
    add(stream.sink);
    joins(stream.steps, stream.name);
    for (const extra of stream.also) {
      add(extra.sink);
      joins(extra.steps, stream.name);
    }
    if (stream.partitions?.kind === "parents")
      addRead(stream.partitions.from.source, `${stream.name} (parents)`);
  }
  for (const d of plan.discoveries)
    addRead(d.source, `discover ${d.name}`);
  if (plan.tenants?.from.kind === "source")
    addRead(plan.tenants.from.source, "tenants");
  add(plan.tenants?.writeBack?.connection);
  add(plan.afterRun?.connection);
  const results = [];
  for (const endpoint of endpoints.values()) {
    const started = Date.now();
    const check = (ok, detail) => results.push({
      connection: endpoint.connection,
      type: endpoint.connector.name,
      ok,
      detail: pipeline.redactor.redact(detail),
      durationMs: Date.now() - started
    });
    if (JSON.stringify(endpoint.connectionOptions).includes("${tenant")) {
      check(true, "not tested: its options depend on the tenant (try: run --tenant <id> --dry-run --limit 1)");
      continue;
    }
    let connection;
    try {
      connection = await connectEndpoint(endpoint, { pipeline, state: options.state, logger, signal, scopes });
      const parts = [];
      if (connection.check)
        parts.push(await connection.check());
      const read = reads.get(endpoint.connection);
      if (read && connection.read) {
        const cursor = read.cursor;
        const streamScopes = { ...scopes, stream: { name: read.name }, cursor };
        for await (const page of connection.read(read.options, {
          stream: read.name,
          cursor,
          limit: 1,
          signal,
          logger,
          render: (value) => renderRuntime(value, streamScopes),
          incomplete: () => void 0
        })) {
          parts.push(`${page.description ?? read.name}: ${page.records.length} record${page.records.length === 1 ? "" : "s"} in the first page`);
          break;
        }
      }
      check(true, parts.length ? parts.join("; ") : "connected");
    } catch (error) {
      check(false, describeError(error));
    } finally {
      await connection?.close?.().catch(() => void 0);
    }
  }
  return results;
}

// packages/engine/dist/run/list-tenants.js
async function listTenants(pipeline, options) {
  const plan = planPipeline(pipeline);
  if (!plan.tenants)
    return void 0;
  return listTenantPlan(pipeline, plan.tenants, options);
}

// packages/engine/dist/state/rollback-cursor.js
function parseRollbackTarget(to) {
  return /^\d{4}-\d{2}-\d{2}/.test(to) && !Number.isNaN(Date.parse(to)) ? { time: new Date(Date.parse(to)).toISOString() } : { runId: to };
}
async function rollbackCursor(state, key, target, actor) {
  if (!state.cursors)
    throw new StateError("this state store keeps no cursor history");
  const exact = { pipeline: key.pipeline, stream: key.stream, tenant: key.tenant ?? "", partition: key.partition ?? "" };
  const entries = (await state.cursors.history({ ...exact, limit: 1e5 })).sort((a, b) => b.seq - a.seq);
  const where = `${key.stream}${key.tenant ? ` (tenant ${key.tenant})` : ""}${key.partition ? ` partition ${key.partition}` : ""}`;
  let restored;
  if ("runId" in target) {
    restored = entries.find((e) => e.runId === target.runId && e.action === "commit");
    if (!restored) {
      throw new StateError(`the cursor history of ${where} has no commit by run ${target.runId} (it keeps the last ${entries.length} changes; see state history)`);
    }
  } else {
    const oldest = entries.at(-1);
    restored = entries.find((e) => e.at <= target.time);
    if (!restored && oldest && oldest.seq > 1) {
      throw new StateError(`the cursor history of ${where} starts at ${oldest.at}, after ${target.time}; it cannot go back that far`);
    }
  }
  const note = "runId" in target ? `to run ${target.runId}` : `to ${target.time}`;
  if (restored?.value === void 0) {
    await state.deleteCursor(key, { actor, action: "rollback", note });
    return { value: void 0 };
  }
  await state.setCursor(key, restored.value, { actor, action: "rollback", note });
  return { value: restored.value, restored };
}

export {
  checkOptions,
  renderPipelineReference,
  EDITOR_SCHEMA_ID,
  buildEditorSchema,
  renderValidatorModule,
  createRedactingReporter,
  checkPipeline,
  listTenants,
  parseRollbackTarget,
  rollbackCursor
};
