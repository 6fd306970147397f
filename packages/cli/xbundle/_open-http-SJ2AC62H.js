import {
  withHttpTransport
} from "./chunk-MG6B7KT6.js";
import "./chunk-LYI5B7ID.js";
import "./chunk-4UUC4JN3.js";
import {
  compilePath,
  getPath
} from "./chunk-XQSIKRHP.js";
import {
  RUNTIME_SCOPES,
  checkTimeZone,
  formatInstant,
  hasTemplate,
  parseInstant,
  parseTemplate,
  renderRuntime
} from "./chunk-GRVIXJDI.js";
import "./chunk-AXXOOHKV.js";
import "./chunk-UFM4XGWW.js";
import "./chunk-OTMD6KH5.js";
import "./chunk-PM2PRZKI.js";
import {
  SourceError,
  describeError
} from "./chunk-RLQ4YVQZ.js";
import "./chunk-Q4FN6NNM.js";
import "./chunk-P2BNM7YI.js";
import "./chunk-PIRHQTI4.js";

// packages/connectors/dist/http/_open-http.js
import { createHash as createHash2 } from "node:crypto";

// packages/connectors/dist/http/_url.js
function joinUrl(base, path) {
  if (/^https?:\/\//i.test(path))
    return path;
  return `${base.replace(/\/+$/, "")}/${path.replace(/^\/+/, "")}`;
}
function withQuery(url, params, position = "last") {
  const names = Object.keys(params);
  if (names.length === 0)
    return url;
  const hash = url.indexOf("#");
  const bare = hash === -1 ? url : url.slice(0, hash);
  const mark = bare.indexOf("?");
  const head = mark === -1 ? bare : bare.slice(0, mark);
  const kept = (mark === -1 ? "" : bare.slice(mark + 1)).split("&").filter((pair) => pair && !names.includes(decodeName(pair)));
  const added = names.map((name) => `${encodeQuery(name)}=${encodeQuery(params[name])}`);
  return `${head}?${(position === "first" ? [...added, ...kept] : [...kept, ...added]).join("&")}`;
}
function decodeName(pair) {
  const name = pair.split("=")[0].replace(/\+/g, " ");
  try {
    return decodeURIComponent(name);
  } catch {
    return name;
  }
}
function encodeQuery(text2) {
  return encodeURIComponent(text2).replace(/%(24|3A|2C|40|2F)/gi, (escape2) => decodeURIComponent(escape2));
}
function shortUrl(url, base) {
  const prefix = base.replace(/\/+$/, "");
  return url.startsWith(prefix) && /^[/?]|^$/.test(url.slice(prefix.length)) ? url.slice(prefix.length) || "/" : url;
}
function sameOrigin(a, b) {
  try {
    return new URL(a).origin === new URL(b).origin;
  } catch {
    return false;
  }
}

// packages/connectors/dist/http/auth/api-key-auth.js
function createApiKeyAuth(config) {
  return {
    async apply(request) {
      if (config.query_param)
        request.url = withQuery(request.url, { [config.query_param]: config.key }, "first");
      else
        request.headers[config.header.toLowerCase()] = config.key;
    }
  };
}

// packages/connectors/dist/http/auth/basic-auth.js
function createBasicAuth(config, ctx) {
  const encoded = Buffer.from(`${config.username}:${config.password}`).toString("base64");
  ctx.redactor.add(encoded);
  return {
    async apply(request) {
      request.headers.authorization = `Basic ${encoded}`;
    }
  };
}

// packages/connectors/dist/http/auth/bearer-auth.js
function createBearerAuth(config) {
  return {
    async apply(request) {
      request.headers.authorization = `Bearer ${config.token}`;
    }
  };
}

// packages/connectors/dist/http/auth/_token-request.js
async function requestToken(ctx, request) {
  const url = joinUrl(ctx.baseUrl, request.url);
  const headers = {
    accept: "application/json",
    "content-type": request.format === "json" ? "application/json" : "application/x-www-form-urlencoded"
  };
  for (const [name, value] of Object.entries(request.headers ?? {}))
    headers[name.toLowerCase()] = String(value);
  const body = request.format === "json" ? JSON.stringify(request.fields) : new URLSearchParams(request.fields).toString();
  let text2;
  try {
    const response = await ctx.client.send({ method: "POST", url, headers, body }, { signal: ctx.signal, logger: ctx.logger });
    text2 = response.body;
  } catch (error) {
    if (ctx.signal.aborted)
      throw error;
    throw new SourceError(ctx.redactor.redact(`cannot get ${request.what}: ${describeError(error)}`), { cause: error });
  }
  let data;
  try {
    data = JSON.parse(text2);
  } catch {
    data = void 0;
  }
  if (!data || typeof data !== "object" || Array.isArray(data)) {
    throw new SourceError(ctx.redactor.redact(`cannot get ${request.what}: POST ${url} did not answer with a JSON object`));
  }
  return data;
}
function readSeconds(value) {
  const seconds = typeof value === "string" && value.trim() ? Number(value) : value;
  return typeof seconds === "number" && Number.isFinite(seconds) && seconds > 0 ? seconds : void 0;
}

// packages/connectors/dist/http/auth/_oauth2-token.js
async function fetchOauth2Token(config, ctx, grant) {
  const fields = { ...grant };
  if (config.scope)
    fields.scope = config.scope;
  for (const [name, value2] of Object.entries(config.token_params ?? {}))
    fields[name] = String(value2);
  const headers = { ...config.token_headers };
  if (config.client_auth === "basic") {
    const pair = Buffer.from(`${encodeURIComponent(config.client_id)}:${encodeURIComponent(config.client_secret)}`).toString("base64");
    ctx.redactor.add(pair);
    headers.Authorization = `Basic ${pair}`;
  } else {
    fields.client_id = config.client_id;
    fields.client_secret = config.client_secret;
  }
  const response = await requestToken(ctx, { url: config.token_url, fields, format: config.body_format, headers, what: "an access token" });
  const value = response.access_token;
  if (typeof value !== "string" || !value) {
    throw new SourceError(`cannot get an access token: the response of ${config.token_url} has no "access_token"`);
  }
  const expiresInS = readSeconds(response.expires_in);
  return { token: { value, ...expiresInS !== void 0 ? { expiresInS } : {} }, response };
}

// packages/connectors/dist/http/auth/_token-auth.js
function createTokenAuth(options, ctx) {
  const header = options.header.toLowerCase();
  let current;
  let pending;
  const obtain = () => {
    pending ??= (async () => {
      try {
        const requested = Date.now();
        const issued = await options.fetch();
        ctx.redactor.add(issued.value);
        const lifetime = issued.expiresInS ?? options.lifetimeS;
        const margin = lifetime === void 0 ? 0 : Math.min(options.refreshMarginS, lifetime / 2);
        current = { value: issued.value, renewAt: lifetime === void 0 ? Infinity : requested + (lifetime - margin) * 1e3 };
        ctx.logger.debug(`obtained a new ${options.what}${lifetime === void 0 ? "" : ` valid for ${lifetime}s`}`);
        return current;
      } finally {
        pending = void 0;
      }
    })();
    return pending;
  };
  return {
    async apply(request) {
      const token = current && Date.now() < current.renewAt ? current : await obtain();
      request.headers[header] = `${options.prefix}${token.value}`;
      request.credential = token.value;
    },
    async renew(request) {
      if (pending)
        await pending;
      else if (!current || current.value === request.credential) {
        current = void 0;
        await obtain();
      }
      return true;
    }
  };
}

// packages/connectors/dist/http/auth/oauth2-client-credentials-auth.js
function createOauth2ClientCredentialsAuth(config, ctx) {
  return createTokenAuth({
    header: config.header,
    prefix: config.prefix,
    refreshMarginS: config.refresh_margin_s,
    lifetimeS: config.token_lifetime_s,
    what: "access token",
    fetch: async () => (await fetchOauth2Token(config, ctx, { grant_type: "client_credentials" })).token
  }, ctx);
}

// packages/connectors/dist/http/auth/oauth2-refresh-token-auth.js
import { createHash } from "node:crypto";
var ROTATED_REFRESH_TOKEN_KEY = "oauth2.refresh_token";
function createOauth2RefreshTokenAuth(config, ctx) {
  const configured = createHash("sha256").update(config.refresh_token).digest("hex").slice(0, 16);
  let refreshToken;
  const load = async () => {
    if (refreshToken)
      return refreshToken;
    refreshToken = config.refresh_token;
    const stored = await ctx.store.get(ROTATED_REFRESH_TOKEN_KEY);
    if (stored) {
      try {
        const entry = JSON.parse(stored);
        if (entry.for === configured && typeof entry.token === "string" && entry.token) {
          ctx.redactor.add(entry.token);
          refreshToken = entry.token;
          ctx.logger.debug("using the rotated refresh token from the state store");
        }
      } catch {
        ctx.logger.warn("ignoring an unreadable rotated refresh token in the state store");
      }
    }
    return refreshToken;
  };
  return createTokenAuth({
    header: config.header,
    prefix: config.prefix,
    refreshMarginS: config.refresh_margin_s,
    lifetimeS: config.token_lifetime_s,
    what: "access token",
    fetch: async () => {
      const used = await load();
      const { token, response } = await fetchOauth2Token(config, ctx, { grant_type: "refresh_token", refresh_token: used });
      const rotated = response.refresh_token;
      if (typeof rotated === "string" && rotated && rotated !== used) {
        ctx.redactor.add(rotated);
        refreshToken = rotated;
        await ctx.store.set(ROTATED_REFRESH_TOKEN_KEY, JSON.stringify({ for: configured, token: rotated }));
        ctx.logger.info("the server rotated the refresh token; the new one is kept in the state store");
      }
      return token;
    }
  }, ctx);
}

// packages/connectors/dist/http/_json-path.js
function readPath(value, path) {
  return readSegments(value, path.split("."));
}
function readSegments(value, segments) {
  if (segments.length === 0)
    return value;
  if (value === null || value === void 0 || typeof value !== "object")
    return void 0;
  const object = value;
  for (let take = segments.length; take >= 1; take--) {
    const key = segments.slice(0, take).join(".");
    if (Object.hasOwn(object, key))
      return readSegments(object[key], segments.slice(take));
  }
  return void 0;
}
function writePath(target, path, value) {
  const segments = path.split(".");
  let node = target;
  for (const key of segments.slice(0, -1)) {
    const next = node[key];
    if (next === null || typeof next !== "object" || Array.isArray(next))
      node[key] = {};
    node = node[key];
  }
  node[segments.at(-1)] = value;
}

// packages/connectors/dist/http/auth/session-auth.js
function createSessionAuth(config, ctx) {
  return createTokenAuth({
    header: config.header,
    prefix: config.prefix,
    refreshMarginS: config.refresh_margin_s,
    lifetimeS: config.token_lifetime_s,
    what: "session token",
    fetch: async () => {
      const response = await requestToken(ctx, {
        url: config.login_url,
        fields: { [config.username_field]: config.username, [config.password_field]: config.password },
        format: config.body_format,
        headers: config.token_headers ?? {},
        what: "a session token"
      });
      const value = readPath(response, config.token_path);
      if (typeof value !== "string" && typeof value !== "number" || value === "") {
        throw new SourceError(`cannot get a session token: the login response has no token at "${config.token_path}"`);
      }
      const expiresInS = config.expires_in_path ? readSeconds(readPath(response, config.expires_in_path)) : void 0;
      return { value: String(value), ...expiresInS !== void 0 ? { expiresInS } : {} };
    }
  }, ctx);
}

// packages/connectors/dist/http/auth/create-http-auth.js
var AUTH_STYLES = {
  bearer: createBearerAuth,
  api_key: createApiKeyAuth,
  basic: createBasicAuth,
  oauth2_client_credentials: createOauth2ClientCredentialsAuth,
  oauth2_refresh_token: createOauth2RefreshTokenAuth,
  session: createSessionAuth
};
function createHttpAuth(config, ctx) {
  if (!config)
    return void 0;
  const create = AUTH_STYLES[config.type];
  return create(config, ctx);
}

// packages/connectors/dist/http/_circuit-breaker.js
var CircuitOpenError = class extends Error {
  constructor(message) {
    super(message);
    this.name = "CircuitOpenError";
  }
};
function createCircuitBreaker(options, now = Date.now) {
  let failures = 0;
  let openUntil = 0;
  let state = "closed";
  const enter = (next) => {
    if (next === state)
      return;
    state = next;
    options.onChange?.(next);
  };
  return {
    admit() {
      if (state === "closed")
        return;
      if (state === "open" && now() >= openUntil) {
        enter("half_open");
        return;
      }
      const wait = state === "open" ? ` for another ${((openUntil - now()) / 1e3).toFixed(1)}s` : " until the trial request ends";
      throw new CircuitOpenError(`circuit open after ${failures} consecutive failures: failing fast${wait}`);
    },
    get openReason() {
      if (state === "closed" || state === "open" && now() >= openUntil)
        return void 0;
      return `circuit open after ${failures} consecutive failures`;
    },
    success() {
      failures = 0;
      enter("closed");
    },
    failure() {
      failures += 1;
      if (state === "half_open" || failures >= options.failures) {
        openUntil = now() + options.cooldownMs;
        enter("open");
      }
    }
  };
}

// packages/connectors/dist/http/_http-client.js
import { setTimeout as sleep } from "node:timers/promises";
import { ofetch } from "ofetch";

// packages/connectors/dist/http/_error-detail.js
var MAX = 200;
function errorDetail(body) {
  const text2 = body.trim();
  if (!text2)
    return "";
  let data;
  try {
    data = JSON.parse(text2);
  } catch {
    return clip(text2.replace(/<[^>]*>/g, " "));
  }
  return clip(fromJson(data) ?? JSON.stringify(data));
}
function fromJson(data) {
  if (typeof data === "string")
    return data;
  if (Array.isArray(data))
    return data.length ? fromJson(data[0]) : void 0;
  if (!data || typeof data !== "object")
    return void 0;
  const o = data;
  if (typeof o.error === "string" && typeof o.error_description === "string" && o.message === void 0)
    return `${o.error}: ${o.error_description}`;
  if (o.errors && typeof o.errors === "object" && !Array.isArray(o.errors) && typeof o.title === "string") {
    const field = firstEntry(o.errors);
    if (field)
      return `${o.title} ${field}`;
  }
  for (const key of ["message", "Message", "error_description", "detail", "title", "error", "errors"]) {
    const value = o[key];
    if (typeof value === "string" && value)
      return value;
    if (value && typeof value === "object") {
      const inner = Array.isArray(value) ? fromJson(value) : fromJson(value) ?? firstEntry(value);
      if (inner)
        return inner;
    }
  }
  return void 0;
}
function firstEntry(map) {
  for (const [key, value] of Object.entries(map)) {
    const first = Array.isArray(value) ? value[0] : value;
    if (typeof first === "string")
      return `${key}: ${first}`;
  }
  return void 0;
}
function clip(text2) {
  const flat = text2.replace(/\s+/g, " ").trim();
  return flat.length > MAX ? `${flat.slice(0, MAX - 3)}...` : flat;
}

// packages/connectors/dist/http/_retry.js
var RETRY_STATUSES = /* @__PURE__ */ new Set([408, 425, 429, 500, 502, 503, 504]);
function parseRetryAfter(value, now = Date.now()) {
  if (!value)
    return void 0;
  const text2 = value.trim();
  if (/^\d+(\.\d+)?$/.test(text2))
    return Math.round(Number(text2) * 1e3);
  const date = Date.parse(text2);
  return Number.isNaN(date) ? void 0 : Math.max(0, date - now);
}
function backoffDelay(policy, retry, random = Math.random) {
  const base = Math.min(policy.delayMs * 2 ** retry, policy.maxDelayMs);
  return Math.round(base / 2 + random() * (base / 2));
}

// packages/connectors/dist/http/_http-client.js
var NOT_PROCESSED = /* @__PURE__ */ new Set([408, 425, 429, 503]);
var HttpStatusError = class extends SourceError {
  /** The final status. */
  status;
  /** The body's error message, as far as one can be read. */
  detail;
  constructor(message, status, detail, options) {
    super(message, options);
    this.name = "HttpStatusError";
    this.status = status;
    this.detail = detail;
  }
};
function createHttpClient(options) {
  const { retry, budget, breaker, redactor, metrics } = options;
  const labels = (more) => ({ connection: options.connection, ...more });
  return {
    async send(request, { signal, logger, auth, retryAlso, unsafe }) {
      let renewed = false;
      for (let attempt = 0; ; ) {
        const prepared = { ...request, headers: { ...request.headers } };
        if (auth)
          await auth.apply(prepared, signal);
        const where = redactor.redact(`${prepared.method} ${prepared.url}`);
        try {
          breaker?.admit();
        } catch (error) {
          if (error instanceof CircuitOpenError)
            throw new SourceError(`${where}: ${error.message}`, { cause: error });
          throw error;
        }
        const release = await budget.acquire(signal);
        let response;
        let failure;
        const started = performance.now();
        try {
          response = await withHttpTransport(fetchOnce)(prepared, signal, options.timeoutMs);
        } catch (error) {
          if (signal.aborted)
            throw error;
          failure = error;
        } finally {
          release();
        }
        const status = response?.status;
        const networkProblem = response ? void 0 : describeNetworkError(failure);
        const outcome = status !== void 0 ? String(status) : networkProblem === "timed out" ? "timeout" : "network_error";
        metrics.increment("syncengine_http_requests_total", labels({ method: prepared.method, status: outcome }));
        metrics.observe("syncengine_http_request_duration_seconds", labels({ method: prepared.method }), (performance.now() - started) / 1e3);
        if (status !== void 0 && status < 500)
          breaker?.success();
        else
          breaker?.failure();
        if (status === 401 && auth?.renew && !renewed) {
          renewed = true;
          logger.debug(redactor.redact(`${prepared.method} ${shortUrl(prepared.url, options.baseUrl)}: 401 Unauthorized; renewing the credentials and trying again`));
          if (await auth.renew(prepared, signal))
            continue;
        }
        if (response && status < 400)
          return response;
        const problem = response ? `${status} ${response.statusText}` : networkProblem;
        const detail = response ? errorDetail(response.body) : "";
        const retryable = response ? (unsafe ? NOT_PROCESSED : RETRY_STATUSES).has(status) || (retryAlso?.has(status) ?? false) : !unsafe;
        const attempts = attempt + 1;
        const fail = (note = "") => {
          const message = redactor.redact(`${where}: ${problem}${detail ? `: ${detail}` : ""}${note}`);
          const cause = failure ? { cause: failure } : void 0;
          return status === void 0 ? new SourceError(message, cause) : new HttpStatusError(message, status, redactor.redact(detail), cause);
        };
        if (!retryable)
          throw fail();
        if (attempt >= retry.retries)
          throw fail(attempts > 1 ? ` (gave up after ${attempts} attempts)` : "");
        if (breaker?.openReason)
          throw fail(` (${breaker.openReason})`);
        const asked = parseRetryAfter(response?.headers.get("retry-after"));
        if (asked !== void 0 && asked > retry.maxDelayMs) {
          throw fail(` (the server asks to retry in ${(asked / 1e3).toFixed(1)}s, more than retry_max_delay_ms ${retry.maxDelayMs})`);
        }
        const wait = asked ?? backoffDelay(retry, attempt);
        if (asked !== void 0 && status === 429)
          await budget.pause?.(asked);
        attempt += 1;
        metrics.increment("syncengine_http_retries_total", labels({ reason: outcome }));
        logger.warn(redactor.redact(`${prepared.method} ${shortUrl(prepared.url, options.baseUrl)}: ${problem} (retry ${attempt}/${retry.retries} in ${(wait / 1e3).toFixed(1)}s)`));
        await sleep(wait, void 0, { signal });
      }
    }
  };
}
async function fetchOnce(request, signal, timeoutMs) {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(new DOMException(`the request timed out after ${timeoutMs} ms`, "TimeoutError")), timeoutMs);
  const cancel = () => controller.abort(signal.reason);
  if (signal.aborted)
    cancel();
  else
    signal.addEventListener("abort", cancel, { once: true });
  try {
    const response = await ofetch.raw(request.url, {
      method: request.method,
      headers: request.headers,
      ...request.body !== void 0 ? { body: request.body } : {},
      signal: controller.signal,
      responseType: "text",
      ignoreResponseError: true,
      retry: 0
    });
    return {
      status: response.status,
      statusText: response.statusText,
      headers: response.headers,
      body: response._data ?? "",
      url: response.url || request.url
    };
  } finally {
    clearTimeout(timer);
    signal.removeEventListener("abort", cancel);
  }
}
function describeNetworkError(error) {
  let current = error;
  let message = current?.message ?? String(error);
  for (let depth = 0; current && depth < 5; depth++) {
    if (current.name === "TimeoutError")
      return "timed out";
    if (typeof current.code === "string" && current.code)
      return current.code;
    if (current.message && !/fetch failed|^\[/.test(current.message))
      message = current.message;
    current = current.cause;
  }
  return message;
}

// packages/connectors/dist/http/_rate-budget.js
import { setTimeout as sleep2 } from "node:timers/promises";
function withSharedBudget(local, shared) {
  return {
    async acquire(signal) {
      const release = await local.acquire(signal);
      try {
        await shared.acquire(signal);
      } catch (error) {
        release();
        throw error;
      }
      return release;
    },
    pause: (ms) => shared.pause(ms)
  };
}
var UNLIMITED = { acquire: async () => () => {
} };
function createRateBudget(options = {}, now = () => performance.now()) {
  const burst = options.burst ?? 1;
  const buckets = [];
  if (options.perSecond)
    buckets.push({ tokens: burst, capacity: burst, rate: options.perSecond / 1e3, updated: now() });
  if (options.perMinute)
    buckets.push({ tokens: burst, capacity: burst, rate: options.perMinute / 6e4, updated: now() });
  const interval = options.intervalMs ?? 0;
  const maxConcurrent = options.maxConcurrent ?? Infinity;
  if (!buckets.length && !interval && maxConcurrent === Infinity)
    return UNLIMITED;
  let inFlight = 0;
  let lastStart = -Infinity;
  let queue = Promise.resolve();
  let wake;
  const waitForSlot = async (signal) => {
    while (inFlight >= maxConcurrent) {
      await new Promise((resolve, reject) => {
        const onAbort = () => {
          wake = void 0;
          reject(signal.reason);
        };
        wake = () => {
          wake = void 0;
          signal.removeEventListener("abort", onAbort);
          resolve();
        };
        signal.addEventListener("abort", onAbort, { once: true });
      });
    }
  };
  const delay = () => {
    const t = now();
    let wait = lastStart + interval - t;
    for (const bucket of buckets) {
      bucket.tokens = Math.min(bucket.capacity, bucket.tokens + (t - bucket.updated) * bucket.rate);
      bucket.updated = t;
      if (bucket.tokens < 1)
        wait = Math.max(wait, (1 - bucket.tokens) / bucket.rate);
    }
    return wait;
  };
  return {
    acquire(signal) {
      const turn = queue.then(async () => {
        signal.throwIfAborted();
        await waitForSlot(signal);
        for (let wait = delay(); wait > 0; wait = delay())
          await sleep2(Math.ceil(wait), void 0, { signal });
        for (const bucket of buckets)
          bucket.tokens -= 1;
        lastStart = now();
        inFlight += 1;
      });
      queue = turn.catch(() => {
      });
      return turn.then(() => {
        let released = false;
        return () => {
          if (released)
            return;
          released = true;
          inFlight -= 1;
          wake?.();
        };
      });
    }
  };
}

// packages/connectors/dist/http/pagination/_stop-rules.js
var USUAL_HAS_MORE = ["has_more", "hasMore"];
function createStopRules(options, emptyEnds) {
  if (options.stop_when.includes("has_more") && !options.has_more_path) {
    throw new SourceError("pagination.stop_when lists has_more, which needs pagination.has_more_path");
  }
  if (options.stop_when.includes("total") && !options.total_path && !options.total_pages_path) {
    throw new SourceError("pagination.stop_when lists total, which needs pagination.total_path or pagination.total_pages_path");
  }
  let largest = 0;
  return {
    check(page, styleMore) {
      const signals = readSignals(options, page);
      const more = signals.flag ?? signals.total;
      const before = largest;
      largest = Math.max(largest, page.records.length);
      for (const rule of options.stop_when) {
        if (rule === "has_more" && signals.flagFalse)
          return { stop: signals.flagFalse };
        if (rule === "total" && signals.reached)
          return { stop: signals.reached };
      }
      const empty = page.records.length === 0 && (emptyEnds || options.stop_when.includes("empty_page"));
      if (empty)
        return more ? { fail: `the page is empty, but the response says there is more (${more})` } : { stop: "empty page" };
      const size = options.size;
      if (options.stop_when.includes("short_page") && size !== void 0 && page.records.length < size && !more && !styleMore) {
        if (options.size_honoured || page.records.length < before)
          return { stop: `short page (${page.records.length} < ${size} records)` };
      }
      return more ? { more } : {};
    }
  };
}
function readSignals(options, page) {
  const signals = {};
  if (options.has_more_path) {
    const flag = readPath(page.body, options.has_more_path);
    if (isTrue(flag))
      signals.flag = `${options.has_more_path} is ${JSON.stringify(flag)}`;
    else
      signals.flagFalse = `${options.has_more_path} is ${JSON.stringify(flag ?? null)}`;
  } else if (page.body !== null && typeof page.body === "object" && !Array.isArray(page.body)) {
    const name = USUAL_HAS_MORE.find((key) => page.body[key] === true);
    if (name)
      signals.flag = `${name} is true`;
  }
  const total = options.total_path ? numberAt(page.body, options.total_path) : void 0;
  if (total !== void 0) {
    if (page.received >= total)
      signals.reached = `all ${total} records received`;
    else
      signals.total = `${options.total_path} is ${total}, ${page.received} records received`;
  }
  const pages = options.total_pages_path ? numberAt(page.body, options.total_pages_path) : void 0;
  if (pages !== void 0 && !signals.reached) {
    if (page.number >= pages)
      signals.reached = `all ${pages} pages received`;
    else
      signals.total ??= `${options.total_pages_path} is ${pages}, ${page.number} pages received`;
  }
  return signals;
}
function numberAt(body, path) {
  const value = readPath(body, path);
  if (value === null || value === void 0 || value === "")
    return void 0;
  const number = Number(value);
  return Number.isFinite(number) ? number : void 0;
}
function isTrue(flag) {
  return flag === true || flag === "true" || flag === "True" || flag === 1;
}

// packages/connectors/dist/http/pagination/cursor-paginator.js
function createCursorPaginator(options) {
  const fromRecord = options.token_from === "last_record";
  const rules = createStopRules(options, fromRecord);
  const where = fromRecord ? `${options.token_field} of the last record` : `at ${options.token_path}`;
  const seen = /* @__PURE__ */ new Set();
  const size = options.size_param ? { [options.size_param]: String(options.size) } : {};
  return {
    first: () => ({ params: size }),
    next(fetched) {
      const token = fromRecord ? readPath(fetched.records.at(-1), options.token_field) : readPath(fetched.body, options.token_path);
      const present = token !== void 0 && token !== null && token !== "";
      const verdict = rules.check(fetched, present && !fromRecord ? `a next-page token ${where}` : void 0);
      if ("stop" in verdict || "fail" in verdict)
        return verdict;
      if (!present) {
        if (fromRecord)
          return { fail: `the last record has no ${options.token_field} (${JSON.stringify(token ?? null)}) to ask for the next page with` };
        if (verdict.more)
          return { fail: `the response says there is more (${verdict.more}), but has no next-page token ${where}` };
        return { stop: `no next-page token ${where}` };
      }
      const text2 = typeof token === "object" ? JSON.stringify(token) : String(token);
      if (seen.has(text2))
        return { stop: `the next-page token ${clip2(text2)} came a second time`, guard: true };
      seen.add(text2);
      return {
        request: { params: { ...size, [options.token_param]: text2 }, ...options.keep_params ? { onlyParams: options.keep_params } : {} }
      };
    }
  };
}
function clip2(text2) {
  return JSON.stringify(text2.length > 40 ? `${text2.slice(0, 37)}...` : text2);
}

// packages/connectors/dist/http/pagination/_follow-url.js
function followUrl(next, current, fetched, what, verdict) {
  if ("stop" in verdict || "fail" in verdict)
    return verdict;
  if (next === void 0 || next === null || next === "") {
    return verdict.more ? { fail: `the response says there is more (${verdict.more}), but has no ${what}` } : { stop: `no ${what}` };
  }
  if (typeof next !== "string")
    return { fail: `the ${what} is not text (${JSON.stringify(next).slice(0, 40)})` };
  let url;
  try {
    url = new URL(next, current).href;
  } catch {
    return { fail: `the ${what} ${JSON.stringify(next.slice(0, 80))} is not a URL` };
  }
  if (fetched.size === 0)
    fetched.add(new URL(current).href);
  if (fetched.has(url))
    return { stop: `the server sent ${url} as the ${what} again`, guard: true };
  fetched.add(url);
  return { request: { url } };
}

// packages/connectors/dist/http/pagination/link-header-paginator.js
function createLinkHeaderPaginator(options) {
  const rules = createStopRules(options, false);
  const fetched = /* @__PURE__ */ new Set();
  const what = `Link rel="${options.rel}" URL`;
  return {
    first: () => ({}),
    next(page) {
      const link = parseLinkHeader(page.headers.get("link") ?? "").get(options.rel);
      return followUrl(link, page.url, fetched, what, rules.check(page, link ? `a ${what}` : void 0));
    }
  };
}
function parseLinkHeader(header) {
  const links = /* @__PURE__ */ new Map();
  for (const match of header.matchAll(/<([^>]*)>((?:\s*;\s*[^;,]+)*)/g)) {
    const rel = /;\s*rel\s*=\s*(?:"([^"]*)"|([^\s;,]+))/i.exec(match[2] ?? "");
    for (const name of (rel?.[1] ?? rel?.[2] ?? "").toLowerCase().split(/\s+/)) {
      if (name && !links.has(name))
        links.set(name, match[1]);
    }
  }
  return links;
}

// packages/connectors/dist/http/pagination/next-url-paginator.js
function createNextUrlPaginator(options) {
  const rules = createStopRules(options, false);
  const fetched = /* @__PURE__ */ new Set();
  const what = `next-page URL at ${options.next_url_path}`;
  return {
    first: () => ({}),
    next(page) {
      const link = readPath(page.body, options.next_url_path);
      const verdict = rules.check(page, link ? `a ${what}` : void 0);
      return followUrl(link, page.url, fetched, what, verdict);
    }
  };
}

// packages/connectors/dist/http/pagination/_lookahead.js
function createLookahead(options) {
  let full = false;
  let totalRecords;
  let totalPages;
  return {
    observe(page) {
      full = page.records.length >= options.size;
      totalRecords = options.total_path ? numberAt(page.body, options.total_path) : void 0;
      totalPages = options.total_pages_path ? numberAt(page.body, options.total_pages_path) : void 0;
    },
    holds(recordsBefore) {
      if (!full)
        return false;
      if (totalRecords !== void 0)
        return recordsBefore < totalRecords;
      if (totalPages !== void 0)
        return recordsBefore / options.size < totalPages;
      return false;
    }
  };
}

// packages/connectors/dist/http/pagination/offset-paginator.js
function createOffsetPaginator(options) {
  const rules = createStopRules(options, true);
  const lookahead = createLookahead(options);
  let offset = 0;
  const request = (at = offset) => ({
    params: { [options.offset_param]: String(at), ...options.size_param ? { [options.size_param]: String(options.size) } : {} }
  });
  return {
    first: () => request(),
    next(fetched) {
      lookahead.observe(fetched);
      const verdict = rules.check(fetched);
      if ("stop" in verdict || "fail" in verdict)
        return verdict;
      offset = fetched.received;
      return { request: request() };
    },
    peek(k) {
      const at = offset + k * options.size;
      return lookahead.holds(at) ? request(at) : void 0;
    }
  };
}

// packages/connectors/dist/http/pagination/page-paginator.js
function createPagePaginator(options) {
  const rules = createStopRules(options, true);
  const lookahead = createLookahead(options);
  let page = options.start_page;
  const request = (at = page) => ({
    params: { [options.page_param]: String(at), ...options.size_param ? { [options.size_param]: String(options.size) } : {} }
  });
  return {
    first: () => request(),
    next(fetched) {
      lookahead.observe(fetched);
      const verdict = rules.check(fetched);
      if ("stop" in verdict || "fail" in verdict)
        return verdict;
      page += 1;
      return { request: request() };
    },
    peek(k) {
      const at = page + k;
      return lookahead.holds((at - options.start_page) * options.size) ? request(at) : void 0;
    }
  };
}

// packages/connectors/dist/http/pagination/create-paginator.js
var SINGLE_REQUEST = { first: () => ({}), next: () => ({ stop: "no pagination" }) };
var PAGINATORS = {
  none: () => SINGLE_REQUEST,
  page: createPagePaginator,
  offset: createOffsetPaginator,
  cursor: createCursorPaginator,
  next_url: createNextUrlPaginator,
  link_header: createLinkHeaderPaginator
};
function createPaginator(options) {
  if (!options)
    return SINGLE_REQUEST;
  const create = PAGINATORS[options.type];
  return create(options);
}

// packages/connectors/dist/http/_decode.js
import { parse as parseCsv } from "csv-parse/sync";
var DecodeError = class extends Error {
  constructor(message) {
    super(message);
    this.name = "DecodeError";
  }
};
var LABEL = { json: "JSON", jsonl: "JSON lines", csv: "CSV" };
function decodeBody(response, format, csvDelimiter = ",") {
  const text2 = response.body.replace(/^\uFEFF/, "");
  if (!text2.trim())
    return { body: void 0, records: [] };
  const contentType = response.headers.get("content-type") ?? "";
  if (/\bhtml\b/i.test(contentType))
    throw new DecodeError(`expected ${LABEL[format]}, got ${describe(contentType, text2)}`);
  if (format === "json") {
    try {
      return { body: JSON.parse(text2) };
    } catch (error) {
      throw new DecodeError(`the response is not valid JSON (${error.message}); got ${describe(contentType, text2)}`);
    }
  }
  if (format === "jsonl") {
    const records = [];
    const lines = text2.split(/\r?\n/);
    for (const [index, line] of lines.entries()) {
      if (!line.trim())
        continue;
      try {
        records.push(JSON.parse(line));
      } catch (error) {
        throw new DecodeError(`line ${index + 1} of the response is not valid JSON (${error.message}): ${JSON.stringify(line.slice(0, 60))}`);
      }
    }
    return { body: records, records };
  }
  try {
    const records = parseCsv(text2, { columns: true, bom: true, skip_empty_lines: true, delimiter: csvDelimiter });
    return { body: records, records };
  } catch (error) {
    throw new DecodeError(`the response is not valid CSV (${error.message})`);
  }
}
function describe(contentType, text2) {
  const start = text2.replace(/\s+/g, " ").trim().slice(0, 60);
  return `${contentType ? contentType.split(";")[0] : "no content-type"}, ${text2.length} bytes starting ${JSON.stringify(start)}`;
}

// packages/connectors/dist/http/_ids-split.js
var TEMPLATED = ["path", "params", "headers", "body"];
function splitIds(options, ids, split) {
  if (!Array.isArray(ids) || !TEMPLATED.some((key) => namesIds(options[key])))
    return void 0;
  const groups = [];
  for (let start = 0; start < ids.length; ) {
    const fits = (n) => split.urlLength(withIds(options, ids.slice(start, start + n))) <= split.maxUrlLength;
    let low = 1;
    let high = Math.min(split.maxIds, ids.length - start);
    while (low < high) {
      const mid = Math.ceil((low + high) / 2);
      if (fits(mid))
        low = mid;
      else
        high = mid - 1;
    }
    groups.push(withIds(options, ids.slice(start, start + low)));
    start += low;
  }
  return groups;
}
function withIds(options, ids) {
  const out = { ...options };
  for (const key of TEMPLATED)
    if (options[key] !== void 0)
      out[key] = substitute(options[key], ids);
  return out;
}
function substitute(value, ids) {
  if (Array.isArray(value))
    return value.map((v) => substitute(v, ids));
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, substitute(v, ids)]));
  }
  if (typeof value !== "string" || !namesIds(value))
    return value;
  const parts = parseTemplate(value);
  const only = parts.length === 1 ? parts[0] : void 0;
  if (typeof only === "object" && isIdsRef(only)) {
    const found = lookup(only, ids);
    return Array.isArray(found) ? found.map(escapeValue) : escapeValue(found);
  }
  return parts.map((part) => textOf(part, ids)).join("");
}
function textOf(part, ids) {
  if (typeof part === "string")
    return escape(part);
  if (!isIdsRef(part))
    return part.raw;
  const found = lookup(part, ids);
  if (found === void 0 || found === null)
    return "";
  return escape(typeof found === "object" ? JSON.stringify(found) : String(found));
}
function lookup(ref, ids) {
  let found = ref.scope === "ids" ? [...ids] : ids.map(String).join(",");
  for (const key of ref.path)
    found = found !== null && typeof found === "object" ? found[key] : void 0;
  return found;
}
function namesIds(value) {
  if (typeof value === "string")
    return hasTemplate(value) && parseTemplate(value).some((p) => typeof p === "object" && isIdsRef(p));
  if (Array.isArray(value))
    return value.some(namesIds);
  if (value !== null && typeof value === "object")
    return Object.values(value).some(namesIds);
  return false;
}
function isIdsRef(ref) {
  return ref.scope === "ids" || ref.scope === "ids_csv";
}
function escapeValue(value) {
  return typeof value === "string" ? escape(value) : value;
}
function escape(text2) {
  return text2.replace(/\$\{/g, () => "$${");
}

// packages/connectors/dist/http/_since.js
function sinceValue(since, ctx) {
  const cursor = ctx.cursor;
  if (cursor === void 0 || cursor === null || cursor === "")
    return void 0;
  const formatted = formatCursor(cursor, since);
  const scopes = Object.fromEntries(RUNTIME_SCOPES.map((scope) => [scope, ctx.render(`\${${scope}}`)]));
  scopes.cursor = formatted;
  return renderRuntime(since.value, scopes);
}
function formatCursor(cursor, since) {
  const format = since.format ?? "raw";
  if (format === "raw") {
    if (since.lookback_s)
      throw new SourceError("since.lookback_s needs since.format (iso, unix, ...): a raw cursor cannot be moved back in time");
    return cursor;
  }
  try {
    checkTimeZone(since.timezone);
  } catch (error) {
    throw new SourceError(`since.timezone: ${error.message}`);
  }
  const instant = parseInstant(cursor, since.timezone);
  if (instant === void 0) {
    throw new SourceError(`since: cannot read the cursor ${JSON.stringify(cursor)} as a time for format ${format}; use format: raw for ids and other values`);
  }
  return formatInstant(instant - (since.lookback_s ?? 0) * 1e3, format, since.timezone);
}

// packages/connectors/dist/http/_read-pages.js
var ACCEPT = {
  json: "application/json",
  jsonl: "application/x-ndjson, application/jsonl, application/json;q=0.9, */*;q=0.5",
  csv: "text/csv, */*;q=0.5"
};
async function* readPages(options, ctx, deps) {
  const groups = splitIds(options, ctx.render("${ids}"), {
    maxIds: options.ids_split.max_ids,
    maxUrlLength: options.ids_split.max_url_length,
    urlLength: (group) => firstUrl(group, ctx, deps.config).length
  });
  if (!groups) {
    yield* readRequest(options, ctx, deps, ctx.limit);
    return;
  }
  if (groups.length > 1)
    ctx.logger.debug(`${groups.length} requests for the ids (ids_split: ${options.ids_split.max_ids} ids, ${options.ids_split.max_url_length} URL characters at most)`);
  let received = 0;
  for (const group of groups) {
    const limit = ctx.limit === void 0 ? void 0 : ctx.limit - received;
    if (limit !== void 0 && limit <= 0)
      return;
    received += yield* readRequest(group, ctx, deps, limit);
  }
}
function prepareRequest(options, ctx, config) {
  const path = String(ctx.render(options.path) ?? "");
  const params = textMap(ctx.render(options.params ?? {}));
  const headers = {
    accept: ACCEPT[options.format],
    "user-agent": "syncengine",
    ...lowerCase(textMap(config.headers ?? {}))
  };
  Object.assign(headers, lowerCase(textMap(ctx.render(options.headers ?? {}))));
  const body = options.method === "POST" ? structuredClone(ctx.render(options.body ?? {})) : void 0;
  if (options.since) {
    const value = sinceValue(options.since, ctx);
    if (value !== void 0 && options.since.in === "query")
      params[options.since.param] = text(value);
    if (value !== void 0 && options.since.in === "body") {
      if (!body || typeof body !== "object" || Array.isArray(body))
        throw new SourceError("since.in: body needs method: POST and a body that is a map");
      writePath(body, options.since.param, value);
    }
  }
  if (body !== void 0)
    headers["content-type"] = "application/json";
  return { path, params, headers, body, streamUrl: joinUrl(config.base_url, path) };
}
function firstUrl(options, ctx, config) {
  const { params, streamUrl } = prepareRequest(options, ctx, config);
  return withQuery(streamUrl, { ...params, ...createPaginator(options.pagination).first().params });
}
function withinLimit(pagination, limit) {
  if (!pagination || limit === void 0 || !("size_param" in pagination) || !pagination.size_param)
    return pagination;
  return "size" in pagination && pagination.size > limit ? { ...pagination, size: limit } : pagination;
}
async function* readRequest(options, ctx, deps, limit) {
  const { config, client, auth, redactor } = deps;
  const paginator = createPaginator(withinLimit(options.pagination, limit));
  const pagination = options.pagination && "max_pages" in options.pagination ? options.pagination : void 0;
  const maxPages = pagination?.max_pages ?? 1;
  const { path, params, headers, body, streamUrl } = prepareRequest(options, ctx, config);
  const urlOf = (next2) => {
    if (next2.url && !sameOrigin(next2.url, config.base_url)) {
      throw new SourceError(redactor.redact(`refusing to follow the next-page URL ${next2.url}: it is not on ${new URL(config.base_url).origin}, and the connection's credentials must not go elsewhere`));
    }
    const base = next2.onlyParams ? Object.fromEntries(Object.entries(params).filter(([k]) => next2.onlyParams.includes(k))) : params;
    return next2.url ?? withQuery(streamUrl, { ...base, ...next2.params });
  };
  const fetchPage = async (url, signal) => {
    const request = { method: options.method, url, headers, ...body !== void 0 ? { body: JSON.stringify(body) } : {} };
    const response = await client.send(request, { signal, logger: ctx.logger, ...auth ? { auth } : {} });
    try {
      return { response, decoded: decodeBody(response, options.format, options.csv_delimiter) };
    } catch (error) {
      if (error instanceof DecodeError)
        throw new SourceError(redactor.redact(`${options.method} ${url}: ${error.message}`), { cause: error });
      throw error;
    }
  };
  const window = createPageWindow(limit === void 0 ? Math.min(ctx.readAhead ?? 1, maxPages) : 1, ctx.signal, fetchPage);
  let next = paginator.first();
  let received = 0;
  try {
    let current = window.start(urlOf(next));
    for (let number = 1; ; number++) {
      for (let k = window.ahead + 1; window.hasRoom(); k++) {
        const request = paginator.peek?.(k);
        if (!request)
          break;
        window.prefetch(urlOf(request));
      }
      const url = current.url;
      const description = redactor.redact(`${options.method} ${shortUrl(url, config.base_url)}`);
      const { response, decoded } = await current.result;
      const records = decoded.records ?? (options.records_path ? readPath(decoded.body, options.records_path) : decoded.body);
      if (!Array.isArray(records)) {
        const where = options.records_path ? `at "${options.records_path}"` : "as the response body";
        throw new SourceError(`${description}: expected a list of records ${where}, got ${describeValue(records)}`);
      }
      ctx.logger.debug(`${description}: ${records.length} records`);
      const total = pagination && "total_path" in pagination && pagination.total_path ? numberAt(decoded.body, pagination.total_path) : void 0;
      yield { records, description, ...total !== void 0 ? { total } : {} };
      received += records.length;
      if (limit !== void 0 && received >= limit)
        return received;
      const step = paginator.next({ number, records, body: decoded.body, headers: response.headers, url: response.url, received });
      const guard = (reason) => {
        if (pagination?.on_guard === "warn") {
          ctx.incomplete(redactor.redact(`${path}: ${reason}`));
          return;
        }
        throw new SourceError(redactor.redact(`${options.method} ${url}: ${reason}; the read stops before the API said it was done (pagination.on_guard: warn accepts that with a warning)`));
      };
      if ("fail" in step)
        throw new SourceError(redactor.redact(`${options.method} ${url}: ${step.fail}`));
      if ("stop" in step) {
        if (step.guard)
          guard(step.stop);
        else
          ctx.logger.debug(`last page of ${path}: ${step.stop}`);
        return received;
      }
      if (number >= maxPages) {
        guard(`max_pages=${maxPages} reached; raise pagination.max_pages if the API really has more`);
        return received;
      }
      next = step.request;
      current = window.take(urlOf(next));
    }
  } finally {
    window.cancel();
  }
}
function createPageWindow(size, signal, fetch) {
  const ahead = [];
  const launch = (url) => {
    const controller = new AbortController();
    const forward = () => controller.abort(signal.reason);
    signal.addEventListener("abort", forward, { once: true });
    const result = fetch(url, controller.signal).finally(() => signal.removeEventListener("abort", forward));
    result.catch(() => void 0);
    return { url, result, cancel: () => controller.abort(new Error("page not needed")) };
  };
  const cancelAhead = () => {
    for (const page of ahead.splice(0))
      page.cancel();
  };
  return {
    /** Pages requested ahead of the current one. */
    get ahead() {
      return ahead.length;
    },
    hasRoom: () => ahead.length < size - 1,
    start: (url) => launch(url),
    prefetch(url) {
      ahead.push(launch(url));
    },
    /** The fetch of `url`, the next page: the first prefetched one when it is that page, else a new request. */
    take(url) {
      const first = ahead[0];
      if (first && first.url === url)
        return ahead.shift();
      cancelAhead();
      return launch(url);
    },
    cancel: cancelAhead
  };
}
function textMap(value) {
  const out = {};
  for (const [key, v] of Object.entries(value ?? {})) {
    if (v !== void 0 && v !== null)
      out[key] = text(v);
  }
  return out;
}
function text(value) {
  if (value instanceof Date)
    return value.toISOString();
  if (typeof value === "object" && value !== null)
    return JSON.stringify(value);
  return String(value);
}
function lowerCase(map) {
  return Object.fromEntries(Object.entries(map).map(([k, v]) => [k.toLowerCase(), v]));
}
function describeValue(value) {
  if (value === void 0)
    return "nothing";
  if (value === null)
    return "null";
  return typeof value;
}

// packages/connectors/dist/http/_write-records.js
import { setTimeout as sleep3 } from "node:timers/promises";
var CONFLICT = /* @__PURE__ */ new Set([409]);
function createHttpWriter(options, ctx, deps) {
  const exclude = new Set(options.exclude ?? []);
  const retryAlso = options.retry_conflicts ? CONFLICT : void 0;
  let sentBefore = false;
  const pause = async () => {
    if (sentBefore && options.delay_ms > 0)
      await sleep3(options.delay_ms, void 0, { signal: deps.signal });
    sentBefore = true;
  };
  const bodyRecord = (record) => {
    if (exclude.size === 0)
      return record;
    const out = {};
    for (const [k, v] of Object.entries(record))
      if (!exclude.has(k))
        out[k] = v;
    return out;
  };
  const request = (method, path, body, scopes) => {
    const params = ctx.render(options.params ?? {}, scopes) ?? {};
    const query = {};
    for (const [k, v] of Object.entries(params))
      if (v !== void 0 && v !== null)
        query[k] = String(v);
    const headers = {
      accept: "application/json",
      "content-type": "application/json",
      ...lowerKeys(deps.config.headers)
    };
    for (const [k, v] of Object.entries(ctx.render(options.headers ?? {}, scopes) ?? {}))
      headers[k.toLowerCase()] = String(v);
    const url = withQuery(joinUrl(deps.config.base_url, path), query);
    return { method, url, headers, ...method === "DELETE" && body === void 0 ? {} : { body: JSON.stringify(body) } };
  };
  const send = (req) => deps.client.send(req, {
    signal: deps.signal,
    logger: ctx.logger,
    ...deps.auth ? { auth: deps.auth } : {},
    ...retryAlso ? { retryAlso } : {},
    ...req.method === "POST" ? { unsafe: true } : {}
  });
  const counted = (n) => options.method === "POST" ? { inserted: n, updated: 0, skipped: 0 } : { inserted: 0, updated: n, skipped: 0 };
  const sendBatch = async (records, offset, refused) => {
    const body = ctx.render(options.body ?? "${records}", { records: records.map(bodyRecord) });
    const text2 = JSON.stringify(body);
    if (options.max_body_bytes !== void 0 && Buffer.byteLength(text2) > options.max_body_bytes && records.length > 1) {
      const half = Math.ceil(records.length / 2);
      await sendBatch(records.slice(0, half), offset, refused);
      await sendBatch(records.slice(half), offset + half, refused);
      return;
    }
    const req = request(options.method, String(ctx.render(options.path)), body, {});
    await pause();
    try {
      await send(req);
      ctx.logger.info(`${options.method} ${shortUrl(req.url, deps.config.base_url)}: ${records.length} records sent`);
    } catch (error) {
      if (error instanceof HttpStatusError && error.status === 413) {
        if (records.length === 1) {
          refused.push({ index: offset, reasons: [`413 Payload Too Large${error.detail ? `: ${error.detail}` : ""} even alone`] });
          return;
        }
        ctx.logger.warn(`${options.method} ${shortUrl(req.url, deps.config.base_url)}: 413 for ${records.length} records; splitting the batch in halves`);
        const half = Math.ceil(records.length / 2);
        await sendBatch(records.slice(0, half), offset, refused);
        await sendBatch(records.slice(half), offset + half, refused);
        return;
      }
      ctx.logger.error(`${options.method} ${shortUrl(req.url, deps.config.base_url)}: ${records.length} records failed`);
      throw error;
    }
  };
  const writeBatches = async (records) => {
    const refused = [];
    for (let i = 0; i < records.length; i += options.batch_size)
      await sendBatch(records.slice(i, i + options.batch_size), i, refused);
    return { ...counted(records.length - refused.length), ...refused.length ? { rejected: refused } : {} };
  };
  const writeEach = async (records) => {
    const cw = options.crosswalk;
    const sourcePath = cw ? compilePath(cw.source_id) : void 0;
    const targetPath = cw ? compilePath(cw.target_id) : void 0;
    const sourceIds = sourcePath ? records.map((r) => getPath(r, sourcePath)) : [];
    const known = cw ? await deps.crosswalk.lookup(cw.kind, sourceIds.filter((v) => v !== void 0 && v !== null).map(String)) : /* @__PURE__ */ new Map();
    const created = [];
    const refused = [];
    const result = { inserted: 0, updated: 0, skipped: 0 };
    for (const [index, record] of records.entries()) {
      const sourceId = sourceIds[index] === void 0 || sourceIds[index] === null ? void 0 : String(sourceIds[index]);
      const targetId = sourceId === void 0 ? void 0 : known.get(sourceId);
      let method = options.method;
      let path = options.path;
      if (targetId !== void 0) {
        if (cw.existing === "skip" || !cw.update) {
          result.skipped += 1;
          continue;
        }
        method = cw.update.method;
        path = cw.update.path;
      }
      const scopes = { record, target_id: targetId ?? null };
      const body = method === "DELETE" && options.body === void 0 ? void 0 : ctx.render(options.body ?? "${record}", { ...scopes, record: bodyRecord(record) });
      const req = request(method, String(ctx.render(path, scopes)), body, scopes);
      await pause();
      try {
        const response = await send(req);
        if (targetId !== void 0)
          result.updated += 1;
        else if (method === "POST")
          result.inserted += 1;
        else
          result.updated += 1;
        if (cw && sourceId !== void 0 && targetId === void 0) {
          const parsed = parseBody(response.body);
          const newId = getPath(parsed, targetPath);
          if (newId === void 0 || newId === null) {
            throw new HttpStatusError(`${method} ${shortUrl(req.url, deps.config.base_url)}: the response has no "${cw.target_id}" to record in the crosswalk`, response.status, "");
          }
          created.push({ sourceId, targetId: String(newId) });
        }
      } catch (error) {
        const status = error instanceof HttpStatusError ? error.status : void 0;
        if (status !== void 0 && status >= 400 && status < 500 && ![401, 403, 408, 425, 429].includes(status) && options.on_record_error === "quarantine") {
          refused.push({ index, reasons: [error.message] });
          continue;
        }
        if (cw && created.length)
          await deps.crosswalk.put(cw.kind, created);
        throw error;
      }
    }
    if (cw && created.length)
      await deps.crosswalk.put(cw.kind, created);
    ctx.logger.info(`${options.method} ${options.path}: ${records.length - result.skipped - refused.length} sent, ${result.skipped} already copied, ${refused.length} refused`);
    return { ...result, ...refused.length ? { rejected: refused } : {} };
  };
  return { write: (records) => options.mode === "record" ? writeEach(records) : writeBatches(records) };
}
function parseBody(text2) {
  try {
    return JSON.parse(text2);
  } catch {
    return void 0;
  }
}
function lowerKeys(headers) {
  const out = {};
  for (const [k, v] of Object.entries(headers ?? {}))
    out[k.toLowerCase()] = String(v);
  return out;
}

// packages/connectors/dist/http/_open-http.js
var CIRCUIT_GAUGE = { closed: 0, half_open: 1, open: 2 };
async function openHttp(config, ctx) {
  const client = createHttpClient({
    baseUrl: config.base_url,
    timeoutMs: config.timeout_ms,
    retry: { retries: config.retries, delayMs: config.retry_delay_ms, maxDelayMs: config.retry_max_delay_ms },
    budget: sharedOrOwnBudget(config, ctx),
    breaker: config.circuit_breaker ? createCircuitBreaker({
      failures: config.circuit_breaker.failures,
      cooldownMs: config.circuit_breaker.cooldown_ms,
      onChange: (state) => {
        ctx.metrics.set("syncengine_http_circuit_state", { connection: ctx.connectionName }, CIRCUIT_GAUGE[state]);
        if (state === "open")
          ctx.logger.warn(`circuit open: requests fail at once for ${config.circuit_breaker.cooldown_ms} ms`);
      }
    }) : void 0,
    redactor: ctx.redactor,
    metrics: ctx.metrics,
    connection: ctx.connectionName
  });
  const auth = createHttpAuth(config.auth, {
    baseUrl: config.base_url,
    client,
    store: ctx.store,
    redactor: ctx.redactor,
    logger: ctx.logger,
    signal: ctx.signal
  });
  return {
    read: (options, readCtx) => readPages(options, readCtx, { config, client, auth, redactor: ctx.redactor }),
    async check() {
      if (!auth)
        return "no auth to test";
      await auth.apply({ method: "GET", url: config.base_url, headers: {} }, ctx.signal);
      return `credentials accepted (${config.auth?.type ?? "none"})`;
    },
    openWriter: async (options, writerCtx) => createHttpWriter(options, writerCtx, { config, client, auth, crosswalk: ctx.crosswalk, signal: ctx.signal })
  };
}
function sharedOrOwnBudget(config, ctx) {
  const limits = config.rate_limit;
  const shared = ctx.rateBudgets && (limits?.requests_per_second || limits?.requests_per_minute);
  const local = createRateBudget({
    intervalMs: limits?.interval_ms,
    perSecond: shared ? void 0 : limits?.requests_per_second,
    perMinute: shared ? void 0 : limits?.requests_per_minute,
    burst: limits?.burst,
    maxConcurrent: limits?.max_concurrent
  });
  if (!shared)
    return local;
  const credential = createHash2("sha256").update(JSON.stringify(config.auth ?? null)).digest("hex").slice(0, 16);
  const key = `${new URL(config.base_url).host}:${credential}`;
  return withSharedBudget(local, ctx.rateBudgets.budget(key, {
    ...limits?.requests_per_second ? { perSecond: limits.requests_per_second } : {},
    ...limits?.requests_per_minute ? { perMinute: limits.requests_per_minute } : {}
  }));
}
export {
  openHttp
};
