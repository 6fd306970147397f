import {
  RECORDING_FILE,
  createScrubber
} from "./chunk-JWXJW6J5.js";
import {
  createCliLogger
} from "./chunk-E5RDEU7U.js";
import {
  loadOrReport,
  parseVars
} from "./chunk-DALFLWS2.js";
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
import {
  wrapHttpTransport
} from "./chunk-MG6B7KT6.js";
import "./chunk-LYI5B7ID.js";
import {
  createEngine,
  loadEnvironment
} from "./chunk-4UUC4JN3.js";
import "./chunk-XQSIKRHP.js";
import "./chunk-GRVIXJDI.js";
import "./chunk-AXXOOHKV.js";
import "./chunk-UFM4XGWW.js";
import "./chunk-OTMD6KH5.js";
import "./chunk-PM2PRZKI.js";
import {
  describeError
} from "./chunk-RLQ4YVQZ.js";
import "./chunk-XVXQH47A.js";
import "./chunk-Q4FN6NNM.js";
import "./chunk-P2BNM7YI.js";
import "./chunk-PIRHQTI4.js";

// packages/cli/dist/commands/test-command.js
import { existsSync, mkdtempSync, readFileSync as readFileSync2, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, dirname, extname, join as join2, relative, resolve } from "node:path";

// packages/cli/dist/testing/diff-records.js
var SHOWN = 20;
function linesByStream(lines) {
  const out = /* @__PURE__ */ new Map();
  for (const line of lines) {
    const stream = String(JSON.parse(line).stream ?? "");
    out.set(stream, [...out.get(stream) ?? [], line]);
  }
  return out;
}
function diffLines(expected, actual) {
  const n = expected.length;
  const m = actual.length;
  if (n * m > 4e6)
    return [...expected.map((l) => `- ${l}`), ...actual.map((l) => `+ ${l}`)];
  const lcs = Array.from({ length: n + 1 }, () => new Uint32Array(m + 1));
  for (let i2 = n - 1; i2 >= 0; i2--)
    for (let j2 = m - 1; j2 >= 0; j2--)
      lcs[i2][j2] = expected[i2] === actual[j2] ? lcs[i2 + 1][j2 + 1] + 1 : Math.max(lcs[i2 + 1][j2], lcs[i2][j2 + 1]);
  const out = [];
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && expected[i] === actual[j]) {
      out.push(`  ${expected[i++]}`);
      j++;
    } else if (j < m && (i === n || lcs[i][j + 1] >= lcs[i + 1][j]))
      out.push(`+ ${actual[j++]}`);
    else
      out.push(`- ${expected[i++]}`);
  }
  return out;
}
function diffRecords(expected, actual) {
  const want = linesByStream(expected);
  const got = linesByStream(actual);
  const parts = [];
  for (const stream of [.../* @__PURE__ */ new Set([...want.keys(), ...got.keys()])].sort()) {
    const a = want.get(stream) ?? [];
    const b = got.get(stream) ?? [];
    if (a.length === b.length && a.every((line, i) => line === b[i]))
      continue;
    const changed = diffLines(a, b).filter((l) => !l.startsWith("  "));
    const removed = changed.filter((l) => l.startsWith("-")).length;
    parts.push(`stream ${stream}: expected ${a.length} records, got ${b.length} (${removed} expected not produced, ${changed.length - removed} produced not expected)`, ...changed.slice(0, SHOWN).map((l) => `  ${l}`), ...changed.length > SHOWN ? [`  ... and ${changed.length - SHOWN} more changed lines`] : []);
  }
  return parts.join("\n");
}

// packages/cli/dist/testing/fixture-replayer.js
import { createServer } from "node:http";
import { readFileSync } from "node:fs";
import { join } from "node:path";
var ORIGINAL = "x-syncengine-replay-url";
async function startReplay(dir, redactor) {
  const manifest = JSON.parse(readFileSync(join(dir, RECORDING_FILE), "utf8"));
  const scrubber = createScrubber(redactor, manifest.scrub);
  const keyOf = (method, url, body) => `${method} ${url}${body ? `
${body}` : ""}`;
  const pending = /* @__PURE__ */ new Map();
  for (const file of manifest.exchanges) {
    const exchange = JSON.parse(readFileSync(join(dir, file), "utf8"));
    const key = keyOf(exchange.request.method, exchange.request.url, exchange.request.body);
    pending.set(key, [...pending.get(key) ?? [], { file, exchange }]);
  }
  const unmatched = [];
  const server = createServer((req, res) => {
    const chunks = [];
    req.on("data", (c) => chunks.push(c));
    req.on("end", () => {
      const original = String(req.headers[ORIGINAL] ?? "");
      const raw = Buffer.concat(chunks).toString("utf8");
      const url = scrubber.url(original);
      const body = scrubber.body(raw || void 0, String(req.headers["content-type"] ?? ""));
      const queue = pending.get(keyOf(req.method ?? "GET", url, body));
      const hit = queue?.shift();
      if (!hit) {
        unmatched.push(`${req.method} ${url}${body ? ` ${body.slice(0, 200)}` : ""}`);
        res.writeHead(404, { "content-type": "text/plain" }).end(`syncengine test: no fixture for ${req.method} ${url}`);
        return;
      }
      const headers = { ...hit.exchange.response.headers };
      for (const name of ["content-length", "content-encoding", "transfer-encoding", "connection"])
        delete headers[name];
      res.writeHead(hit.exchange.response.status, hit.exchange.response.statusText, headers).end(hit.exchange.response.body);
    });
  });
  await new Promise((resolve2) => server.listen(0, "127.0.0.1", resolve2));
  const { port } = server.address();
  const restore = wrapHttpTransport((next) => async (request, signal, timeoutMs) => {
    const original = new URL(request.url);
    const local = `http://127.0.0.1:${port}${original.pathname}${original.search}`;
    const response = await next({ ...request, url: local, headers: { ...request.headers, [ORIGINAL]: request.url } }, signal, timeoutMs);
    return { ...response, url: request.url };
  });
  return {
    async stop() {
      restore();
      const closed = new Promise((resolve2) => server.close(() => resolve2()));
      server.closeAllConnections();
      await closed;
      const unused = [...pending.values()].flat().map(({ file, exchange }) => `${file} (${exchange.request.method} ${exchange.request.url})`);
      return { unmatched, unused };
    }
  };
}

// packages/cli/dist/commands/test-command.js
function defaultFixtureDir(pipelineFile) {
  return join2(dirname(pipelineFile), "fixtures", basename(pipelineFile, extname(pipelineFile)));
}
function canonical(value) {
  if (Array.isArray(value))
    return value.map(canonical);
  if (value && typeof value === "object")
    return Object.fromEntries(Object.keys(value).sort().map((k) => [k, canonical(value[k])]));
  return value;
}
async function testCommand(file, options, io) {
  const path = resolve(io.cwd, file);
  const fixtures = options.fixtures ? resolve(io.cwd, options.fixtures) : defaultFixtureDir(path);
  if (!existsSync(join2(fixtures, RECORDING_FILE)))
    throw new UsageError(`${relative(io.cwd, fixtures) || "."}: no ${RECORDING_FILE}; record fixtures first with syncengine run ${file} --record ${relative(io.cwd, fixtures)}`);
  const expectedFile = options.expected ? resolve(io.cwd, options.expected) : join2(fixtures, "expected.jsonl");
  const engine = createEngine({ connectors: BUILTIN_CONNECTORS });
  const manifest = JSON.parse(readFileSync2(join2(fixtures, RECORDING_FILE), "utf8"));
  const env = { ...manifest.env, ...loadEnvironment(dirname(path), true, io.env) };
  const text = readFileSync2(path, "utf8");
  for (const match of text.matchAll(/\$\{env\.([A-Za-z_][A-Za-z0-9_]*)\}/g))
    if (env[match[1]] === void 0)
      env[match[1]] = `replay-${match[1].toLowerCase()}`;
  const pipeline = await loadOrReport(engine, path, { vars: parseVars(options.var), env, dotenv: false }, io);
  if (!pipeline)
    return 2;
  const state = mkdtempSync(join2(tmpdir(), "syncengine-test-"));
  const replay = await startReplay(fixtures, pipeline.redactor);
  let output = "";
  const { logger, close } = createCliLogger({ io, redactor: pipeline.redactor, debug: options.debug ?? false, logDir: void 0 });
  let status;
  let error;
  try {
    const result = await engine.run(pipeline, {
      statePath: join2(state, "state.db"),
      logger,
      dryRun: true,
      trigger: "cli",
      output: { write: (t) => output += t }
    });
    status = result.status;
    error = result.error ?? result.streams.find((s) => s.error)?.error;
  } catch (failure) {
    status = "failed";
    error = pipeline.redactor.redact(describeError(failure));
  } finally {
    await close();
    rmSync(state, { recursive: true, force: true });
  }
  const report = await replay.stop();
  const actual = output.split("\n").filter(Boolean).map((line) => JSON.stringify(canonical(JSON.parse(line))));
  const problems = [];
  for (const request of report.unmatched)
    problems.push(`request without a fixture: ${request}`);
  for (const fixture of report.unused)
    problems.push(`fixture never requested: ${fixture}`);
  if (status !== "succeeded")
    problems.push(`the run ${status}${error ? `: ${error}` : ""}`);
  if (options.update) {
    writeFileSync(expectedFile, actual.length ? `${actual.join("\n")}
` : "");
    io.stdout.write(`wrote ${relative(io.cwd, expectedFile)}: ${actual.length} records
`);
  } else if (!existsSync(expectedFile)) {
    problems.push(`${relative(io.cwd, expectedFile)} does not exist; write it with syncengine test ${file} --update`);
  } else {
    const expected = readFileSync2(expectedFile, "utf8").split("\n").filter(Boolean).map((l) => JSON.stringify(canonical(JSON.parse(l))));
    const diff = diffRecords(expected, actual);
    if (diff)
      problems.push(`records differ from ${relative(io.cwd, expectedFile)}:
${diff}`);
  }
  if (problems.length) {
    io.stderr.write(`FAIL ${file}
${problems.map((p) => `  ${p.replace(/\n/g, "\n  ")}`).join("\n")}
`);
    return 1;
  }
  const streams = new Set(actual.map((l) => JSON.parse(l).stream)).size;
  io.stdout.write(`PASS ${file}: ${actual.length} records in ${streams} streams match; every fixture was used
`);
  return 0;
}
export {
  defaultFixtureDir,
  testCommand
};
