import {
  wrapHttpTransport
} from "./chunk-MG6B7KT6.js";
import {
  loadEnvironment
} from "./chunk-4UUC4JN3.js";

// packages/cli/dist/testing/http-recorder.js
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";

// packages/cli/dist/testing/scrub-exchange.js
var SCRUBBED = "***";
var DEFAULT_SCRUB_FIELDS = [
  "access_token",
  "refresh_token",
  "id_token",
  "client_secret",
  "password",
  "api_key",
  "apikey",
  "token",
  "secret",
  "session",
  "session_id",
  "sessionid",
  "signature",
  "sig"
];
var SECRET_HEADER = /^(authorization|proxy-authorization|cookie|set-cookie)$|auth|token|key|secret|session|signature|password|credential/i;
function createScrubber(redactor, fields) {
  const sensitive = new Set([...DEFAULT_SCRUB_FIELDS, ...fields].map((f) => f.toLowerCase()));
  const isSensitive = (key) => sensitive.has(key.toLowerCase());
  const scrubJson = (value) => {
    if (Array.isArray(value))
      return value.map(scrubJson);
    if (value && typeof value === "object") {
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, isSensitive(k) && v !== null && v !== "" ? SCRUBBED : scrubJson(v)]));
    }
    return value;
  };
  const scrubForm = (text) => {
    const params = new URLSearchParams(text);
    for (const key of [...params.keys()])
      if (isSensitive(key))
        params.set(key, SCRUBBED);
    return params.toString();
  };
  const scrubber = {
    url(raw) {
      let url;
      try {
        url = new URL(raw);
      } catch {
        return redactor.redact(raw);
      }
      for (const key of [...url.searchParams.keys()])
        if (isSensitive(key))
          url.searchParams.set(key, SCRUBBED);
      return redactor.redact(url.href);
    },
    headers(headers) {
      const out = {};
      for (const [name, value] of Object.entries(headers)) {
        const lower = name.toLowerCase();
        out[lower] = SECRET_HEADER.test(lower) || isSensitive(lower) ? SCRUBBED : redactor.redact(value);
        if (lower === "link")
          out[lower] = value.replace(/<([^>]*)>/g, (_, u) => `<${scrubber.url(u)}>`);
      }
      return out;
    },
    body(body, contentType = "") {
      if (body === void 0 || body === "")
        return body;
      const text = body.trim();
      if (/^[[{]/.test(text)) {
        try {
          return redactor.redact(JSON.stringify(scrubJson(JSON.parse(text))));
        } catch {
        }
      }
      if (contentType.includes("x-www-form-urlencoded") || /^[\w.%-]+=[^\s]*(&[\w.%-]+=[^\s]*)*$/.test(text))
        return redactor.redact(scrubForm(text));
      return redactor.redact(body);
    },
    exchange({ request, response }) {
      const requestBody = scrubber.body(request.body, request.headers["content-type"]);
      return {
        request: {
          method: request.method,
          url: scrubber.url(request.url),
          headers: scrubber.headers(request.headers),
          ...requestBody !== void 0 ? { body: requestBody } : {}
        },
        response: {
          status: response.status,
          statusText: response.statusText,
          headers: scrubber.headers(response.headers),
          body: scrubber.body(response.body, response.headers["content-type"]) ?? ""
        }
      };
    }
  };
  return scrubber;
}

// packages/cli/dist/testing/http-recorder.js
var RECORDING_FILE = "recording.json";
var TRANSIENT_HEADERS = /* @__PURE__ */ new Set(["connection", "keep-alive", "transfer-encoding", "content-length", "content-encoding", "date"]);
var slug = (url) => {
  const { pathname } = new URL(url);
  return pathname.replace(/[^A-Za-z0-9]+/g, "-").replace(/^-+|-+$/g, "").slice(-40) || "root";
};
function startRecording(dir, pipeline, env, scrub) {
  const { redactor } = pipeline;
  const exchanges = [];
  const restore = wrapHttpTransport((next) => async (request, signal, timeoutMs) => {
    const response = await next(request, signal, timeoutMs);
    const headers = {};
    response.headers.forEach((value, name) => {
      if (!TRANSIENT_HEADERS.has(name))
        headers[name] = value;
    });
    exchanges.push({
      request: {
        method: request.method,
        url: request.url,
        headers: request.headers,
        ...request.body !== void 0 ? { body: request.body } : {}
      },
      response: { status: response.status, statusText: response.statusText, headers, body: response.body }
    });
    return response;
  });
  return {
    stop() {
      restore();
      mkdirSync(dir, { recursive: true });
      for (const file of readdirSync(dir))
        if (/^\d{3,}-.*\.json$/.test(file))
          rmSync(join(dir, file));
      const scrubber = createScrubber(redactor, scrub);
      const width = Math.max(3, String(exchanges.length).length);
      const names = exchanges.map((exchange, i) => {
        const name = `${String(i + 1).padStart(width, "0")}-${exchange.request.method}-${slug(exchange.request.url)}.json`;
        writeFileSync(join(dir, name), `${JSON.stringify(scrubber.exchange(exchange), null, 2)}
`);
        return name;
      });
      const manifest = {
        pipeline: pipeline.name,
        scrub: [...scrub],
        env: plainVariables(pipeline, env),
        exchanges: names
      };
      writeFileSync(join(dir, RECORDING_FILE), `${JSON.stringify(manifest, null, 2)}
`);
      return names.length;
    }
  };
}
function plainVariables(pipeline, base) {
  const env = loadEnvironment(pipeline.baseDir, true, base);
  const text = readFileSync(join(pipeline.baseDir, basename(pipeline.file)), "utf8");
  const out = {};
  for (const [, name] of text.matchAll(/\$\{env\.([A-Za-z_][A-Za-z0-9_]*)\}/g)) {
    const value = env[name];
    if (value !== void 0 && value !== "" && pipeline.redactor.redact(value) === value && !/token|secret|passw|key|auth/i.test(name))
      out[name] = value;
  }
  return out;
}

export {
  createScrubber,
  RECORDING_FILE,
  startRecording
};
