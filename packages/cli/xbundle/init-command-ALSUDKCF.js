import "./chunk-LYA7H2TX.js";
import {
  BUILTIN_CONNECTORS
} from "./chunk-P3UW47MM.js";
import "./chunk-VHNRJIKL.js";
import "./chunk-USJJSOEW.js";
import "./chunk-JFTVXPZF.js";
import "./chunk-UVMJULST.js";
import "./chunk-WN2DRB5R.js";
import "./chunk-QNSC5OAB.js";
import "./chunk-3POCXQQ3.js";
import {
  UsageError
} from "./chunk-JGRDHK3I.js";
import "./chunk-MG6B7KT6.js";
import "./chunk-LYI5B7ID.js";
import {
  createEngine
} from "./chunk-4UUC4JN3.js";
import "./chunk-XQSIKRHP.js";
import {
  require_dist
} from "./chunk-GRVIXJDI.js";
import "./chunk-AXXOOHKV.js";
import "./chunk-UFM4XGWW.js";
import "./chunk-OTMD6KH5.js";
import "./chunk-PM2PRZKI.js";
import {
  PipelineConfigError,
  describeError,
  formatConfigIssue
} from "./chunk-RLQ4YVQZ.js";
import "./chunk-XVXQH47A.js";
import "./chunk-Q4FN6NNM.js";
import "./chunk-P2BNM7YI.js";
import {
  __toESM
} from "./chunk-PIRHQTI4.js";

// packages/cli/dist/commands/init-command.js
import { existsSync as existsSync2, readFileSync as readFileSync2, writeFileSync as writeFileSync2 } from "node:fs";
import { join as join2, relative, resolve } from "node:path";

// packages/cli/dist/authoring/parse-credentials.js
var SECRET_HEADER = /auth|token|key|secret|cookie|session|signature|password|credential/i;
var MASKED_NAME = /TOKEN|SECRET|PASSW|API_?KEY|PRIVATE|CREDENTIAL|AUTH|(^|_)KEY(_|$)/;
function envName(...words) {
  const name = words.join("_").replace(/[^A-Za-z0-9]+/g, "_").replace(/^_+|_+$/g, "").toUpperCase();
  const safe = /^[0-9]/.test(name) ? `X_${name}` : name;
  return MASKED_NAME.test(safe) ? safe : `${safe}_TOKEN`;
}
var ref = (name) => `\${env.${name}}`;
function parseCredentials(pipeline, headerFlags, authFlag) {
  const probeHeaders = {};
  const probeQuery = {};
  const headers = {};
  const env = {};
  let auth;
  for (const flag of headerFlags) {
    const colon = flag.indexOf(":");
    if (colon < 1)
      throw new UsageError(`--header ${flag}: write it as 'Name: value'`);
    const name = flag.slice(0, colon).trim();
    const value = flag.slice(colon + 1).trim();
    probeHeaders[name] = value;
    const bearer = /^bearer\s+(.+)$/i.exec(value);
    if (name.toLowerCase() === "authorization" && bearer) {
      const variable = envName(pipeline, "TOKEN");
      env[variable] = bearer[1];
      auth = {
        value: { type: "bearer", token: ref(variable) },
        comment: `auth: the Authorization header you gave; the token is in .env as ${variable}`
      };
    } else if (SECRET_HEADER.test(name)) {
      const variable = envName(pipeline, name);
      env[variable] = value;
      headers[name] = ref(variable);
    } else
      headers[name] = value;
  }
  if (authFlag) {
    const [kind, ...rest] = authFlag.split(":");
    const tail = rest.join(":");
    if (kind === "bearer" && tail) {
      const variable = envName(pipeline, "TOKEN");
      env[variable] = tail;
      probeHeaders.Authorization = `Bearer ${tail}`;
      auth = { value: { type: "bearer", token: ref(variable) }, comment: `auth: bearer token from .env (${variable})` };
    } else if (kind === "basic" && rest.length >= 2) {
      const [username, ...password] = rest;
      const user = envName(pipeline, "USERNAME").replace(/_TOKEN$/, "");
      const pass = envName(pipeline, "PASSWORD");
      env[user] = username;
      env[pass] = password.join(":");
      probeHeaders.Authorization = `Basic ${Buffer.from(`${username}:${password.join(":")}`).toString("base64")}`;
      auth = {
        value: { type: "basic", username: ref(user), password: ref(pass) },
        comment: `auth: basic, user and password from .env (${user}, ${pass})`
      };
    } else if ((kind === "header" || kind === "query") && rest.length >= 2) {
      const [where, ...key] = rest;
      const variable = envName(pipeline, "API_KEY");
      env[variable] = key.join(":");
      if (kind === "header")
        probeHeaders[where] = key.join(":");
      else
        probeQuery[where] = key.join(":");
      auth = {
        value: { type: "api_key", [kind === "header" ? "header" : "query_param"]: where, key: ref(variable) },
        comment: `auth: an API key in the ${kind === "header" ? `${where} header` : `${where} query parameter`}, from .env (${variable})`
      };
    } else {
      throw new UsageError(`--auth ${kind}:...: write bearer:<token>, basic:<user>:<password>, header:<Header-Name>:<key> or query:<param>:<key>`);
    }
  }
  return { probeHeaders, probeQuery, headers, ...auth ? { auth } : {}, env };
}

// packages/cli/dist/authoring/analyze-records.js
var isObject = (value) => typeof value === "object" && value !== null && !Array.isArray(value);
function findRecords(body) {
  let best;
  let arrays = 0;
  const visit = (value, path2, depth) => {
    if (Array.isArray(value)) {
      const objects = value.filter(isObject);
      if (value.length > 0 && objects.length === value.length) {
        arrays += 1;
        if (!best || objects.length > best.records.length)
          best = { path: path2, records: objects };
      } else if (value.length === 0 && !best && path2.length > 0) {
        arrays += 1;
        best = { path: path2, records: [] };
      }
      return;
    }
    if (!isObject(value) || depth > 4)
      return;
    for (const [key, child] of Object.entries(value))
      visit(child, [...path2, key], depth + 1);
  };
  visit(body, [], 0);
  if (!best)
    return void 0;
  const path = best.path.length ? best.path.join(".") : void 0;
  const where = path ? `\`${path}\`` : "the body itself";
  const others = arrays > 1 ? ` (the largest of ${arrays} lists of objects in the response)` : "";
  return { path, records: best.records, comment: `records: ${where}, ${best.records.length} records in the sample${others}` };
}
var ID_NAMES = [/^id$/i, /^_id$/, /^uuid$/i, /^(\w+)[_-]?id$/i, /^key$/i, /^code$/i];
function findPrimaryKey(records) {
  if (records.length === 0)
    return void 0;
  const fields = Object.keys(records[0]);
  for (const pattern of ID_NAMES) {
    for (const field of fields) {
      if (!pattern.test(field))
        continue;
      const values = records.map((r) => r[field]);
      if (values.some((v) => typeof v !== "string" && typeof v !== "number" || v === ""))
        continue;
      if (new Set(values).size !== values.length)
        continue;
      return { value: field, comment: `primary key: \`${field}\`, present and unique in all ${records.length} sample records` };
    }
  }
  return void 0;
}
var UPDATED_NAMES = [
  /^(updated|modified|changed|last_?modified|last_?updated)(_?(at|on|date|time|datetime|utc))?$/i,
  /^(date_?)?(updated|modified|changed)$/i,
  /^(updated|modified|last_?update|last_?modified|system_?modstamp)\w*$/i,
  /(updated|modified)/i
];
function findCursorField(records) {
  if (records.length === 0)
    return void 0;
  const fields = Object.keys(records[0]);
  for (const pattern of UPDATED_NAMES) {
    for (const field of fields) {
      if (!pattern.test(field))
        continue;
      const kind = records.map((r) => timeKind(r[field]));
      if (kind.every((k) => k === "iso") || kind.every((k) => k === "unix")) {
        const what = kind[0] === "iso" ? "ISO timestamps" : "Unix times";
        return { value: field, comment: `incremental cursor: \`${field}\` (${what} in the sample); each run stores the highest one` };
      }
    }
  }
  return void 0;
}
function timeKind(value) {
  if (typeof value === "string" && /^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/.test(value))
    return "iso";
  if (typeof value === "number" && Number.isInteger(value) && value > 946684800 && value < 41024448e5)
    return "unix";
  return void 0;
}
function inferColumns(records) {
  const columns = {};
  const seen = /* @__PURE__ */ new Map();
  for (const record of records) {
    for (const [field, value] of Object.entries(record)) {
      if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(field))
        continue;
      const type = typeOfValue(value);
      if (type === void 0) {
        if (!seen.has(field))
          seen.set(field, []);
        continue;
      }
      seen.set(field, [...seen.get(field) ?? [], type]);
    }
  }
  for (const [field, types] of seen)
    columns[field] = widest(types);
  return columns;
}
function typeOfValue(value) {
  if (value === null || value === void 0)
    return void 0;
  if (typeof value === "boolean")
    return "boolean";
  if (typeof value === "number")
    return Number.isInteger(value) ? Math.abs(value) > 2147483647 ? "bigint" : "integer" : "number";
  if (typeof value === "string") {
    if (/^\d{4}-\d{2}-\d{2}$/.test(value))
      return "date";
    if (timeKind(value) === "iso")
      return "timestamp";
    return "text";
  }
  return "json";
}
function widest(types) {
  const set = new Set(types);
  if (set.size === 0)
    return "text";
  if (set.size === 1)
    return types[0];
  if ([...set].every((t) => t === "integer" || t === "bigint" || t === "number"))
    return set.has("number") ? "number" : "bigint";
  if ([...set].every((t) => t === "date" || t === "timestamp"))
    return "timestamp";
  if (set.has("json"))
    return "json";
  return "text";
}
function streamNameOf(path) {
  const words = path.split("/").map((w) => w.replace(/\.[a-z]+$/i, "")).filter((w) => w && !w.includes("{") && !/^v\d+(\.\d+)?$/i.test(w) && !/^\d+$/.test(w));
  const last = (words.at(-1) ?? "records").replace(/[^A-Za-z0-9_]+/g, "_").replace(/^_+|_+$/g, "");
  const name = last.replace(/([a-z0-9])([A-Z])/g, "$1_$2").toLowerCase();
  return /^[a-z_]/.test(name) ? name : `t_${name || "records"}`;
}

// packages/cli/dist/authoring/detect-pagination.js
var isObject2 = (value) => typeof value === "object" && value !== null && !Array.isArray(value);
function scalars(body) {
  const out = [];
  const visit = (value, path, depth) => {
    if (!isObject2(value))
      return;
    for (const [key, child] of Object.entries(value)) {
      if (isObject2(child) && depth < 2)
        visit(child, [...path, key], depth + 1);
      else if (!Array.isArray(child))
        out.push([[...path, key].join("."), child]);
    }
  };
  visit(body, [], 0);
  return out;
}
var leaf = (path) => path.split(".").at(-1);
var NEXT_URL = /^(next|next_?(page)?_?(url|link|href|uri)|nextLink|@odata\.nextLink|links\.next|paging\.next)$/i;
var TOKEN = /^(next_?token|next_?page_?token|next_?cursor|cursor|next|continuation(_?token)?|continue_?from|page_?token|scroll_?id|after|end_?cursor)$/i;
var HAS_MORE = /^(has_?more|has_?next(_?page)?|more|more_?pages)$/i;
var TOTAL = /^(total|count|total_?count|total_?results|total_?records|total_?items|@odata\.count|total_?size)$/i;
var TOTAL_PAGES = /^(total_?pages|page_?count|num_?pages|last_?page)$/i;
var PAGE_PARAM = /^(page|page_?number|p|pageIndex)$/i;
var OFFSET_PARAM = /^(offset|skip|\$skip|start|from)$/i;
var SIZE_PARAM = /^(limit|per_?page|page_?size|size|count|\$top|top|max_?results|max)$/i;
function tokenParamOf(field) {
  if (/^next_?page_?token$/i.test(field))
    return field.startsWith("next_") ? "page_token" : "pageToken";
  if (/^next_?cursor$/i.test(field))
    return "cursor";
  if (/^end_?cursor$/i.test(field))
    return "after";
  return field;
}
function detectPagination(sample) {
  const query = new URL(sample.url).searchParams;
  const sizeParam = [...query.keys()].find((k) => SIZE_PARAM.test(k));
  const size = sizeParam ? Number(query.get(sizeParam)) : void 0;
  const sizing = sizeParam && Number.isInteger(size) && size > 0 ? { size_param: sizeParam, size } : {};
  if (sample.link && /rel="?next"?/i.test(sample.link))
    return { value: { type: "link_header" }, comment: 'paging: the response has a `Link` header with rel="next": follow it' };
  const fields = scalars(sample.body);
  const hasMore = fields.find(([path, value]) => HAS_MORE.test(leaf(path)) && typeof value === "boolean");
  const stop = hasMore ? { stop_when: ["has_more"], has_more_path: hasMore[0] } : {};
  const nextUrl = fields.find(([path, value]) => NEXT_URL.test(path) && typeof value === "string" && /^(https?:\/\/|\/|\?)/.test(value));
  if (nextUrl) {
    const odata = nextUrl[0] === "@odata.nextLink" ? "OData " : "";
    return {
      value: { type: "next_url", next_url_path: nextUrl[0] },
      comment: `paging: the ${odata}next-page URL at \`${nextUrl[0]}\` is followed until there is none`
    };
  }
  const token = fields.find(([path, value]) => TOKEN.test(leaf(path)) && typeof value === "string" && value !== "");
  if (token) {
    const param = tokenParamOf(leaf(token[0]));
    return {
      value: { type: "cursor", token_path: token[0], token_param: param, ...sizing, ...stop },
      comment: `paging: the token at \`${token[0]}\` is sent back as \`${param}\` (a guess: check the API's name for it)`
    };
  }
  if (hasMore && sample.primaryKey) {
    return {
      value: {
        type: "cursor",
        token_from: "last_record",
        token_field: sample.primaryKey,
        token_param: "starting_after",
        ...sizing,
        ...stop
      },
      comment: `paging: \`${hasMore[0]}\` and no token: the last record's \`${sample.primaryKey}\` is sent as \`starting_after\` (a guess: check the API's name for it)`
    };
  }
  const total = fields.find(([path, value]) => TOTAL.test(leaf(path)) && typeof value === "number");
  const totalPages = fields.find(([path, value]) => TOTAL_PAGES.test(leaf(path)) && typeof value === "number");
  const pageParam = [...query.keys()].find((k) => PAGE_PARAM.test(k));
  const offsetParam = [...query.keys()].find((k) => OFFSET_PARAM.test(k));
  const bodyOffset = fields.find(([path, value]) => OFFSET_PARAM.test(leaf(path)) && typeof value === "number");
  const bodyPage = fields.find(([path, value]) => PAGE_PARAM.test(leaf(path)) && typeof value === "number");
  const counted = total ?? totalPages;
  if (counted || pageParam || offsetParam) {
    const totals = total ? { stop_when: ["total"], total_path: total[0] } : totalPages ? { stop_when: ["total"], total_pages_path: totalPages[0] } : stop;
    const why = counted ? `the response reports \`${counted[0]}\`` : "the URL has a paging parameter";
    const knownSize = sizing.size !== void 0 ? sizing : { size: Math.max(sample.recordCount, 1) };
    if (offsetParam || !pageParam && bodyOffset && !bodyPage) {
      const param2 = offsetParam ?? leaf(bodyOffset[0]);
      return {
        value: { type: "offset", offset_param: param2, ...sizeParam ? sizing : knownSize, ...totals },
        comment: `paging: ${why}; offsets are sent as \`${param2}\``
      };
    }
    const param = pageParam ?? (bodyPage ? leaf(bodyPage[0]) : "page");
    return {
      value: { type: "page", page_param: param, ...sizeParam ? sizing : knownSize, ...totals },
      comment: `paging: ${why}; page numbers are sent as \`${param}\``
    };
  }
  return void 0;
}

// packages/cli/dist/authoring/draft-from-response.js
var SINCE_PARAM = /^(updated|modified|changed)_?(since|after|from|at_?min|gte?)$|^(since|modified_?since|updated_?min|changed_?since|from_?date)$/i;
function splitUrl(url) {
  const slash = url.pathname.length > 1 && url.pathname.endsWith("/") ? "/" : "";
  const segments = url.pathname.replace(/\/+$/, "").split("/");
  const last = segments.pop() ?? "";
  return { baseUrl: `${url.origin}${segments.join("/")}`, path: `/${last}${slash}` };
}
function draftFromResponse(name, probe2, credentials, sink) {
  const url = new URL(probe2.url);
  const found = findRecords(probe2.body);
  const records = found?.records ?? [];
  const primaryKey = findPrimaryKey(records);
  const cursorField = findCursorField(records);
  const pagination = detectPagination({
    body: probe2.body,
    link: probe2.headers.get("link"),
    url: probe2.url,
    recordCount: records.length,
    ...primaryKey ? { primaryKey: primaryKey.value } : {}
  });
  const owned = /* @__PURE__ */ new Set();
  const p = pagination?.value ?? {};
  for (const k of ["page_param", "offset_param", "token_param", "size_param"])
    if (typeof p[k] === "string")
      owned.add(p[k]);
  if (p.type === "page" && !p.page_param)
    owned.add("page");
  const params = {};
  let since;
  for (const [key, value] of url.searchParams) {
    if (owned.has(key) || key in credentials.probeQuery)
      continue;
    if (cursorField && SINCE_PARAM.test(key)) {
      const format = /^\d+$/.test(value) ? "unix" : /^\d{4}-\d{2}-\d{2}$/.test(value) ? "iso_date" : "iso";
      since = {
        value: { param: key, format },
        comment: `since: \`${key}\` filters by time; later runs send the stored cursor in it (left out on the first run)`
      };
      continue;
    }
    params[key] = /^\d+$/.test(value) && value.length < 10 ? Number(value) : value;
  }
  const { baseUrl, path } = splitUrl(url);
  const stream = streamNameOf(path);
  const columns = inferColumns(records);
  return {
    name,
    connection: "api",
    baseUrl: { value: baseUrl, comment: `base URL: ${baseUrl}, the URL you gave without its last path segment` },
    headers: credentials.headers,
    ...credentials.auth ? { auth: credentials.auth } : {},
    stream,
    path: { value: path, comment: `path: the list endpoint you gave` },
    params,
    recordsPath: {
      value: found?.path,
      comment: found?.comment ?? "records: no list of objects found in the sample; set records_path to the list"
    },
    ...primaryKey ? { primaryKey } : {},
    ...pagination ? { pagination } : {},
    ...cursorField ? { cursorField } : {},
    ...since ? { since } : {},
    columns: {
      value: columns,
      comment: `columns: inferred from the values of ${records.length} sample records; edit the types freely`
    },
    sink: { value: { ...sink.value, table: stream }, comment: sink.comment },
    env: { ...credentials.env, ...sink.env }
  };
}

// packages/cli/dist/authoring/draft-from-openapi.js
var import_yaml = __toESM(require_dist(), 1);

// packages/cli/dist/authoring/_openapi-schema.js
function resolveSchema(document, schema, depth = 0) {
  if (!schema || depth > 20)
    return schema;
  if (schema.$ref)
    return resolveSchema(document, resolvePointer(document, schema.$ref), depth + 1);
  if (schema.allOf) {
    const parts = schema.allOf.map((s) => resolveSchema(document, s, depth + 1) ?? {});
    const properties = Object.assign({}, schema.properties, ...parts.map((p) => p.properties ?? {}));
    const type = parts.find((p) => p.type)?.type ?? schema.type ?? "object";
    return { ...schema, allOf: void 0, type, properties };
  }
  const alternative = [...schema.oneOf ?? [], ...schema.anyOf ?? []].find((s) => s.type !== "null");
  if (alternative && !schema.type)
    return resolveSchema(document, alternative, depth + 1);
  return schema;
}
function resolvePointer(document, ref2) {
  if (!ref2.startsWith("#/"))
    throw new Error(`${ref2}: only local references (#/...) are read`);
  let node = document;
  for (const raw of ref2.slice(2).split("/")) {
    const key = raw.replace(/~1/g, "/").replace(/~0/g, "~");
    node = node && typeof node === "object" ? node[key] : void 0;
  }
  if (node === void 0)
    throw new Error(`${ref2}: not found in the document`);
  return node;
}
var typeName = (schema) => Array.isArray(schema.type) ? schema.type.find((t) => t !== "null") : schema.type;
function isArrayOfObjects(document, schema) {
  const resolved = resolveSchema(document, schema);
  if (!resolved || typeName(resolved) !== "array")
    return false;
  const items = resolveSchema(document, resolved.items);
  return Boolean(items && (typeName(items) === "object" || items.properties));
}
function columnTypeOf(document, schema) {
  const resolved = resolveSchema(document, schema) ?? {};
  switch (typeName(resolved)) {
    case "integer":
      return resolved.format === "int64" ? "bigint" : "integer";
    case "number":
      return "number";
    case "boolean":
      return "boolean";
    case "string":
      return resolved.format === "date-time" ? "timestamp" : resolved.format === "date" ? "date" : "text";
    case "object":
    case "array":
      return "json";
    default:
      return resolved.properties ? "json" : "text";
  }
}

// packages/cli/dist/authoring/openapi-pagination.js
var SIZE = /^(limit|per_?page|page_?size|\$top|top|max_?results|count|size)$/i;
var PAGE = /^(page|page_?number)$/i;
var OFFSET = /^(offset|skip|\$skip|start)$/i;
var TOKEN_PARAM = /^(page_?token|cursor|next_?token|continuation_?token|after|from|starting_?after|page\[cursor\])$/i;
var TOKEN_FIELD = /^(next_?page_?token|next_?token|next_?cursor|cursor|continuation_?token|continue_?from)$/i;
var NEXT_URL2 = /^(next|next_?url|next_?link|next_?page_?url|@odata\.nextLink)$/i;
var HAS_MORE2 = /^(has_?more|has_?next(_?page)?|more)$/i;
var TOTAL2 = /^(total|total_?count|count|total_?results|@odata\.count)$/i;
function firstPageParams(doc, query) {
  const sizeParam = query.find((p) => SIZE.test(p.name));
  const schema = resolveSchema(doc, sizeParam?.schema);
  const size = schema?.maximum ?? (typeof schema?.default === "number" ? schema.default : void 0);
  return sizeParam && size ? { [sizeParam.name]: Math.min(size, 1e3) } : {};
}
function openApiPagination(doc, hints) {
  const param = (pattern) => hints.query.find((p) => pattern.test(p.name));
  const field = (pattern) => Object.keys(hints.envelope).find((k) => pattern.test(k));
  const sizeParam = param(SIZE);
  const sizeSchema = resolveSchema(doc, sizeParam?.schema);
  const size = sizeSchema?.maximum ?? (typeof sizeSchema?.default === "number" ? sizeSchema.default : void 0);
  const sizing = sizeParam ? { size_param: sizeParam.name, ...size ? { size: Math.min(size, 1e3) } : {} } : {};
  const hasMore = field(HAS_MORE2);
  const stop = hasMore && columnTypeOf(doc, hints.envelope[hasMore]) === "boolean" ? { stop_when: ["has_more"], has_more_path: hasMore } : {};
  if (hints.headers.includes("link"))
    return { value: { type: "link_header" }, comment: 'paging: the 200 response declares a `Link` header: follow its rel="next"' };
  const nextUrl = field(NEXT_URL2);
  if (nextUrl && columnTypeOf(doc, hints.envelope[nextUrl]) === "text")
    return {
      value: { type: "next_url", next_url_path: nextUrl },
      comment: `paging: the response's \`${nextUrl}\` URL is followed until there is none`
    };
  const tokenField = field(TOKEN_FIELD);
  const tokenParam = param(TOKEN_PARAM);
  if (tokenField && tokenParam)
    return {
      value: { type: "cursor", token_path: tokenField, token_param: tokenParam.name, ...sizing, ...stop },
      comment: `paging: the response's \`${tokenField}\` goes back as the \`${tokenParam.name}\` parameter`
    };
  if (tokenParam && hasMore && hints.primaryKey)
    return {
      value: { type: "cursor", token_from: "last_record", token_field: hints.primaryKey, token_param: tokenParam.name, ...sizing, ...stop },
      comment: `paging: \`${hasMore}\` and a \`${tokenParam.name}\` parameter: the last record's \`${hints.primaryKey}\` is sent in it`
    };
  const total = field(TOTAL2);
  const totals = total && columnTypeOf(doc, hints.envelope[total]) === "integer" ? { stop_when: ["total"], total_path: total } : stop;
  const offset = param(OFFSET);
  if (offset)
    return {
      value: { type: "offset", offset_param: offset.name, ...sizing, ...totals },
      comment: `paging: the \`${offset.name}\` parameter takes the number of records read`
    };
  const page = param(PAGE);
  if (page)
    return {
      value: { type: "page", page_param: page.name, ...sizing, ...totals },
      comment: `paging: the \`${page.name}\` parameter takes a page number`
    };
  return void 0;
}

// packages/cli/dist/authoring/draft-from-openapi.js
var RECORD_NAMES = ["data", "items", "results", "value", "records", "entries", "list"];
var ID = /^(id|_id|uuid|(\w+)[_-]?id|key)$/i;
var UPDATED = /(updated|modified|changed)/i;
var SINCE = /^(since|updated_?since|modified_?since|updated_?(at_?)?(min|after|gte?)|changed_?since|from_?date|modified_?after|updated_?after)$/i;
function draftFromOpenApi(name, text, options) {
  const doc = (0, import_yaml.parse)(text);
  if (typeof doc?.openapi !== "string" || !doc.openapi.startsWith("3."))
    throw new UsageError("--from-openapi: not an OpenAPI 3.x document (no `openapi: 3.x` key)");
  const paths = doc.paths ?? {};
  const listing = (path2) => recordsOf(doc, paths[path2]?.get);
  const lists = Object.keys(paths).filter((p) => listing(p));
  const candidates = [...lists.filter((p) => !p.includes("{")), ...lists.filter((p) => p.includes("{"))];
  const path = options.path ?? candidates[0];
  if (!path || !paths[path]?.get)
    throw new UsageError(`--path ${options.path ?? ""}: no GET operation${options.path ? " at that path" : " that returns a list"} in the document`);
  const operation = paths[path].get;
  const records = listing(path);
  if (!records)
    throw new UsageError(`--path ${path}: its 200 response is not a list of objects, nor an object holding one`);
  const parameters = [...paths[path].parameters ?? [], ...operation.parameters ?? []].map((p) => "$ref" in p ? resolvePointer(doc, p.$ref) : p);
  const query = parameters.filter((p) => p.in === "query");
  const itemProps = records.item.properties ?? {};
  const columns = {};
  for (const [field, schema] of Object.entries(itemProps))
    if (/^[A-Za-z_][A-Za-z0-9_]*$/.test(field))
      columns[field] = columnTypeOf(doc, schema);
  const pk = Object.keys(itemProps).find((f) => ID.test(f) && ["integer", "text", "bigint"].includes(columns[f] ?? ""));
  const cursor = Object.keys(itemProps).find((f) => UPDATED.test(f) && (columns[f] === "timestamp" || columns[f] === "integer"));
  const sinceParam = cursor ? query.find((p) => SINCE.test(p.name)) : void 0;
  const pagination = openApiPagination(doc, { query, envelope: records.envelope, headers: records.headers, primaryKey: pk });
  const server = options.baseUrl?.replace(/\/+$/, "") ?? serverUrl(doc);
  const pathParams = parameters.filter((p) => p.in === "path");
  const vars = Object.fromEntries(pathParams.map((p) => [
    p.name,
    String(p.example ?? resolveSchema(doc, p.schema)?.example ?? resolveSchema(doc, p.schema)?.default ?? p.name)
  ]));
  const streamPath = path.replace(/\{([^}]+)\}/g, (_, name2) => `\${vars.${name2}}`);
  const env = { ...options.credentials.env, ...options.sink.env };
  const baseUrl = server ?? `\${env.${envName(name, "BASE").replace(/_TOKEN$/, "_BASE_URL")}}`;
  const auth = options.credentials.auth ?? securityAuth(name, doc, operation, env);
  const stream = streamNameOf(path);
  return {
    name,
    connection: "api",
    baseUrl: {
      value: baseUrl,
      comment: options.baseUrl ? `base URL: ${server}, given with --base-url` : server ? `base URL: the document's first server, ${server}` : "base URL: the document has no absolute server URL; set it in .env"
    },
    headers: options.credentials.headers,
    ...auth ? { auth } : {},
    ...pathParams.length ? {
      vars: {
        value: vars,
        comment: `vars: the path's parameters (${pathParams.map((p) => p.name).join(", ")}), from the document's examples; change them or pass --var name=value`
      }
    } : {},
    stream,
    path: {
      value: streamPath,
      comment: `path: GET ${path}${candidates.length > 1 ? ` (other list operations: ${candidates.filter((c) => c !== path).slice(0, 6).join(", ")})` : ""}`
    },
    params: ["link_header", "next_url"].includes(String(pagination?.value.type)) ? firstPageParams(doc, query) : {},
    recordsPath: {
      value: records.path,
      comment: `records: ${records.path ? `\`${records.path}\`` : "the body itself"}, an array of ${records.itemName} in the 200 response`
    },
    ...pk ? { primaryKey: { value: pk, comment: `primary key: \`${pk}\`, the id-like property of ${records.itemName}` } } : {},
    ...pagination ? { pagination } : {},
    ...cursor ? { cursorField: { value: cursor, comment: `incremental cursor: \`${cursor}\`, an updated-like ${columns[cursor]} property` } } : {},
    ...sinceParam ? {
      since: {
        value: { param: sinceParam.name, format: columnTypeOf(doc, sinceParam.schema) === "integer" ? "unix" : "iso" },
        comment: `since: the \`${sinceParam.name}\` query parameter filters by time`
      }
    } : {},
    columns: { value: columns, comment: `columns: from the ${records.itemName} schema; edit the types freely` },
    sink: { value: { ...options.sink.value, table: stream }, comment: options.sink.comment },
    env
  };
}
function recordsOf(doc, operation) {
  const ok = operation?.responses?.["200"] ?? operation?.responses?.["2XX"] ?? operation?.responses?.default;
  const response = ok?.$ref ? resolvePointer(doc, ok.$ref) : ok;
  const content = response?.content ?? {};
  const media = content["application/json"] ?? Object.entries(content).find(([type]) => type.includes("json"))?.[1];
  const schema = resolveSchema(doc, media?.schema);
  if (!schema)
    return void 0;
  const headers = Object.keys(response?.headers ?? {}).map((h) => h.toLowerCase());
  const itemOf = (s) => {
    const items = resolveSchema(doc, resolveSchema(doc, s)?.items) ?? {};
    const ref2 = resolveSchema(doc, s)?.items?.$ref;
    return { item: items, itemName: ref2 ? ref2.split("/").at(-1) : "objects" };
  };
  if (isArrayOfObjects(doc, schema))
    return { path: void 0, envelope: {}, headers, ...itemOf(schema) };
  const props = schema.properties ?? {};
  const lists = Object.keys(props).filter((k) => isArrayOfObjects(doc, props[k]));
  const resource = Object.keys(props).some((k) => ID.test(k));
  const key = lists.find((k) => RECORD_NAMES.includes(k)) ?? (resource ? void 0 : lists[0]);
  if (!key)
    return void 0;
  return { path: key, envelope: props, headers, ...itemOf(props[key]) };
}
function serverUrl(doc) {
  const server = doc.servers?.[0];
  if (!server)
    return void 0;
  const url = server.url.replace(/\{(\w+)\}/g, (_, v) => server.variables?.[v]?.default ?? v).replace(/\/+$/, "");
  return /^https?:\/\//.test(url) ? url : void 0;
}
function securityAuth(name, doc, operation, env) {
  const requirement = (operation.security ?? doc.security)?.[0];
  const schemeName = requirement ? Object.keys(requirement)[0] : void 0;
  const schemes = doc.components?.securitySchemes ?? {};
  const scheme = schemeName ? schemes[schemeName] : void 0;
  if (!scheme)
    return void 0;
  const ref2 = (variable) => {
    if (!(variable in env))
      env[variable] = "";
    return `\${env.${variable}}`;
  };
  const why = `auth: the document's \`${schemeName}\` security scheme; set the value${scheme.type === "oauth2" ? "s" : ""} in .env`;
  let value;
  if (scheme.type === "http" && String(scheme.scheme).toLowerCase() === "bearer")
    value = { type: "bearer", token: ref2(envName(name, "TOKEN")) };
  else if (scheme.type === "http" && String(scheme.scheme).toLowerCase() === "basic")
    value = { type: "basic", username: ref2(envName(name, "USERNAME").replace(/_TOKEN$/, "")), password: ref2(envName(name, "PASSWORD")) };
  else if (scheme.type === "apiKey" && (scheme.in === "header" || scheme.in === "query"))
    value = {
      type: "api_key",
      [scheme.in === "header" ? "header" : "query_param"]: String(scheme.name),
      key: ref2(envName(name, "API_KEY"))
    };
  else if (scheme.type === "oauth2") {
    const flow2 = scheme.flows?.clientCredentials;
    if (flow2?.tokenUrl)
      value = {
        type: "oauth2_client_credentials",
        token_url: flow2.tokenUrl,
        client_id: ref2(envName(name, "CLIENT_ID").replace(/_TOKEN$/, "")),
        client_secret: ref2(envName(name, "CLIENT_SECRET"))
      };
  }
  return value ? { value, comment: why } : void 0;
}

// packages/cli/dist/authoring/render-pipeline.js
var import_yaml2 = __toESM(require_dist(), 1);
function flow(value) {
  const text = (0, import_yaml2.stringify)(value, { collectionStyle: "flow", lineWidth: 0 }).trim();
  let out = "";
  let quote = "";
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quote) {
      if (c === quote && text[i - 1] !== "\\")
        quote = "";
    } else if (c === '"' || c === "'")
      quote = c;
    else if (c === " " && text[i - 1] === "[" || c === " " && text[i + 1] === "]")
      continue;
    out += c;
  }
  return out;
}
function renderPipeline(draft, origin) {
  const lines = [];
  const at = (indent) => " ".repeat(indent);
  const comment = (indent, text) => lines.push(`${at(indent)}# ${text}`);
  const key = (indent, name, value) => lines.push(`${at(indent)}${name}: ${flow(value)}`);
  comment(0, `Proposed by \`syncengine init\` from ${origin}.`);
  comment(0, "Every guess below has a comment: check them against the API docs, then run");
  comment(0, `  syncengine run ${draft.name}.yaml`);
  comment(0, "Credentials are ${env.*} references; their values are in .env (never commit it).");
  lines.push("version: 1", `name: ${draft.name}`);
  if (draft.vars) {
    lines.push("");
    comment(0, draft.vars.comment);
    lines.push("vars:");
    for (const [name, value] of Object.entries(draft.vars.value))
      key(2, name, value);
  }
  lines.push("", "connections:", `  ${draft.connection}:`, "    type: http");
  comment(4, draft.baseUrl.comment);
  key(4, "base_url", draft.baseUrl.value);
  if (Object.keys(draft.headers).length)
    key(4, "headers", draft.headers);
  if (draft.auth) {
    comment(4, draft.auth.comment);
    key(4, "auth", draft.auth.value);
  }
  lines.push("  warehouse:");
  comment(4, draft.sink.comment);
  for (const [name, value] of Object.entries(draft.sink.value.connection))
    key(4, name, value);
  lines.push("", "streams:", `  ${draft.stream}:`);
  if (draft.primaryKey) {
    comment(4, draft.primaryKey.comment);
    key(4, "primary_key", [draft.primaryKey.value]);
  } else
    comment(4, "primary key: no field looked like a unique id; set primary_key to upsert instead of append");
  lines.push("    source:", `      connection: ${draft.connection}`);
  comment(6, draft.path.comment);
  key(6, "path", draft.path.value);
  if (Object.keys(draft.params).length)
    key(6, "params", draft.params);
  comment(6, draft.recordsPath.comment);
  if (draft.recordsPath.value !== void 0)
    key(6, "records_path", draft.recordsPath.value);
  if (draft.pagination) {
    comment(6, draft.pagination.comment);
    key(6, "pagination", draft.pagination.value);
  } else
    comment(6, "paging: nothing in the response says there are more pages, so one request is made");
  if (draft.since) {
    comment(6, draft.since.comment);
    key(6, "since", draft.since.value);
  }
  if (draft.cursorField) {
    comment(4, draft.cursorField.comment);
    if (!draft.since)
      comment(4, "add source.since (the parameter that filters by that time) so that later runs read only changes");
    key(4, "incremental", { cursor_field: draft.cursorField.value });
  } else
    comment(4, "incremental: no updated-like timestamp found, so every run reads everything");
  lines.push("    sink:", "      connection: warehouse", `      table: ${draft.sink.value.table}`);
  if (draft.primaryKey) {
    comment(6, "upsert on the primary key: a rerun updates rows instead of adding them");
    lines.push("      mode: upsert");
    key(6, "key", [draft.primaryKey.value]);
  } else
    lines.push("      mode: append");
  if (Object.keys(draft.columns.value).length === 0) {
    comment(6, "columns: the sample had no records to infer them from; list them here, e.g. { id: integer, name: text }");
  } else {
    comment(6, draft.columns.comment);
    lines.push("      columns:");
    for (const [name, type] of Object.entries(draft.columns.value))
      lines.push(`        ${flow(name)}: ${type}`);
  }
  return `${lines.join("\n")}
`;
}

// packages/cli/dist/authoring/sink-connection.js
function sinkConnection(name, stream, flag) {
  const raw = flag ?? `sqlite://./${name}.db`;
  const dialect = /^(sqlite|postgres|postgresql|mysql):/.exec(raw)?.[1];
  if (!dialect)
    throw new UsageError(`--sink ${raw}: write sqlite://./file.db, postgres://... or mysql://...`);
  if (dialect === "sqlite") {
    const path = raw.replace(/^sqlite:(\/\/)?/, "") || `./${name}.db`;
    const relative2 = path.startsWith("/") || path.startsWith(".") ? path : `./${path}`;
    return {
      value: { connection: { type: "sqlite", path: relative2 }, table: stream },
      comment: `sink: a SQLite file beside this pipeline${flag ? "" : " (the default; pass --sink to choose another database)"}`,
      env: {},
      ignore: [relative2.replace(/^\.\//, "")]
    };
  }
  const variable = envName(name, "DATABASE", "CREDENTIAL");
  return {
    value: { connection: { type: dialect === "mysql" ? "mysql" : "postgres", url: `\${env.${variable}}` }, table: stream },
    comment: `sink: the database you gave; its URL is in .env as ${variable}`,
    env: { [variable]: raw },
    ignore: []
  };
}

// packages/cli/dist/authoring/write-env-files.js
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { parseEnv } from "node:util";
import { join } from "node:path";
function envLine(name, value) {
  if (/^[\w.\-/:+=@~,]*$/.test(value))
    return `${name}=${value}`;
  return value.includes("'") ? `${name}="${value.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"` : `${name}='${value}'`;
}
function writeEnvFiles(dir, env, ignore) {
  const written = [];
  const names = Object.keys(env);
  if (names.length) {
    const envFile = join(dir, ".env");
    const current = existsSync(envFile) ? readFileSync(envFile, "utf8") : "";
    const known = parseEnv(current);
    const added = names.filter((n) => !(n in known) && env[n] !== "").map((n) => envLine(n, env[n]));
    if (added.length) {
      writeFileSync(envFile, `${current}${current && !current.endsWith("\n") ? "\n" : ""}${added.join("\n")}
`, { mode: 384 });
      written.push(envFile);
    }
    const exampleFile = join(dir, ".env.example");
    const example = existsSync(exampleFile) ? readFileSync(exampleFile, "utf8") : "";
    const exampleKnown = parseEnv(example);
    const missing = names.filter((n) => !(n in exampleKnown)).map((n) => `${n}=`);
    if (missing.length) {
      writeFileSync(exampleFile, `${example}${example && !example.endsWith("\n") ? "\n" : ""}${missing.join("\n")}
`);
      written.push(exampleFile);
    }
  }
  const gitignore = join(dir, ".gitignore");
  const lines = existsSync(gitignore) ? readFileSync(gitignore, "utf8").split("\n") : [];
  const wanted = [".env", ...ignore].filter((entry) => !lines.some((l) => l.trim() === entry || l.trim() === `/${entry}`));
  if (wanted.length) {
    const text = lines.join("\n");
    writeFileSync(gitignore, `${text}${text && !text.endsWith("\n") ? "\n" : ""}${wanted.join("\n")}
`);
    written.push(gitignore);
  }
  return { written };
}

// packages/cli/dist/commands/init-command.js
var NAME = /^[A-Za-z][A-Za-z0-9_-]{0,62}$/;
var SECRET_QUERY = /^(api_?key|apikey|key|access_?token|token|secret|client_secret|signature|sig|auth)$/i;
async function initCommand(name, options, io) {
  if (!NAME.test(name))
    throw new UsageError(`init ${name}: a name is a letter, then letters, digits, _ or - (e.g. stripe_customers)`);
  if (!options.url === !options.fromOpenapi)
    throw new UsageError("init needs --url <list endpoint> or --from-openapi <spec.yaml>");
  const file = join2(io.cwd, `${name}.yaml`);
  if (existsSync2(file) && !options.force)
    throw new UsageError(`${relative(io.cwd, file)} exists; pass --force to replace it`);
  let auth = options.auth;
  let url = options.url;
  if (url && URL.canParse(url)) {
    const parsed = new URL(url);
    const key = [...parsed.searchParams.keys()].find((k) => SECRET_QUERY.test(k));
    if (key && !auth) {
      auth = `query:${key}:${parsed.searchParams.get(key)}`;
      parsed.searchParams.delete(key);
      url = parsed.href;
    }
  }
  const credentials = parseCredentials(name, toList(options.header), auth);
  const sink = sinkConnection(name, "records", options.sink);
  let draft;
  let origin;
  if (url) {
    const sample = await probe(url, credentials.probeHeaders, credentials.probeQuery, Object.values(credentials.env));
    draft = draftFromResponse(name, sample, credentials, sink);
    origin = `one GET ${url}`;
  } else {
    const specFile = resolve(io.cwd, options.fromOpenapi);
    draft = draftFromOpenApi(name, readFileSync2(specFile, "utf8"), { path: options.path, baseUrl: options.baseUrl, credentials, sink });
    origin = `the OpenAPI document ${options.fromOpenapi}${options.path ? ` (${options.path})` : ""}`;
  }
  writeFileSync2(file, renderPipeline(draft, origin));
  const { written } = writeEnvFiles(io.cwd, draft.env, sink.ignore);
  io.stdout.write(`wrote ${relative(io.cwd, file)}${written.length ? `, ${written.map((f) => relative(io.cwd, f)).join(", ")}` : ""}
`);
  io.stdout.write(summary(draft));
  const engine = createEngine({ connectors: BUILTIN_CONNECTORS });
  try {
    const known = Object.fromEntries(Object.entries(draft.env).filter(([, v]) => v !== ""));
    const pipeline = await engine.load(file, { env: { ...known, ...io.env }, unsetEnv: "warning" });
    engine.plan(pipeline);
  } catch (error) {
    if (error instanceof PipelineConfigError) {
      for (const issue of error.issues)
        io.stderr.write(`${formatConfigIssue(issue)}
`);
      io.stderr.write(`error the proposed pipeline does not validate; edit ${relative(io.cwd, file)}
`);
      return 1;
    }
    throw error;
  }
  const missing = Object.keys(draft.env).filter((name2) => draft.env[name2] === "" && io.env[name2] === void 0);
  if (missing.length)
    io.stdout.write(`set ${missing.join(", ")} in .env (see .env.example) before running it
`);
  io.stdout.write(`${relative(io.cwd, file)} is valid. Next: syncengine run ${relative(io.cwd, file)} --dry-run --limit 5
`);
  return 0;
}
function summary(draft) {
  const lines = [
    `  stream ${draft.stream}: ${draft.baseUrl.value}${draft.path.value}`,
    `  records      ${draft.recordsPath.value ?? "(the body)"}`,
    `  primary key  ${draft.primaryKey?.value ?? "(none found)"}`,
    `  paging       ${draft.pagination ? String(draft.pagination.value.type) : "(one request)"}`,
    `  cursor       ${draft.cursorField?.value ?? "(none found)"}`,
    `  columns      ${Object.keys(draft.columns.value).length}`
  ];
  return `${lines.join("\n")}
`;
}
async function probe(rawUrl, headers, query, secrets) {
  let url;
  try {
    url = new URL(rawUrl);
  } catch {
    throw new UsageError(`--url ${rawUrl}: not an absolute URL (e.g. https://api.example.com/v1/items)`);
  }
  const requested = new URL(url);
  for (const [k, v] of Object.entries(query))
    requested.searchParams.set(k, v);
  const mask = (text2) => secrets.filter((s) => s.length >= 4).reduce((t, s) => t.split(s).join("***"), text2);
  let response;
  try {
    response = await fetch(requested, { headers: { accept: "application/json", ...headers }, signal: AbortSignal.timeout(3e4) });
  } catch (error) {
    throw new Error(mask(`GET ${url.href}: ${describeError(error)}`));
  }
  const text = await response.text();
  if (!response.ok)
    throw new Error(mask(`GET ${url.href}: ${response.status} ${response.statusText}: ${text.slice(0, 300)}`));
  let body;
  try {
    body = JSON.parse(text);
  } catch {
    throw new Error(`GET ${url.href}: the response is not JSON (${response.headers.get("content-type") ?? "no content type"})`);
  }
  return { url: url.href, headers: response.headers, body };
}
function toList(raw) {
  return raw === void 0 ? [] : Array.isArray(raw) ? raw : [raw];
}
export {
  initCommand
};
