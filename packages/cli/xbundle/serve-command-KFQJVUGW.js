import {
  SYSTEM_CLOCK,
  createScheduler
} from "./chunk-WVYVQSNU.js";
import {
  OpsConfigError,
  findTargets,
  isScheduled,
  openOpsRuntime,
  untilAborted
} from "./chunk-VMM7LPXO.js";
import "./chunk-JSIGFRPI.js";
import "./chunk-E5RDEU7U.js";
import "./chunk-TW5FLHKL.js";
import "./chunk-DALFLWS2.js";
import "./chunk-LYA7H2TX.js";
import "./chunk-P3UW47MM.js";
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
import {
  parseRollbackTarget,
  rollbackCursor
} from "./chunk-LYI5B7ID.js";
import "./chunk-4UUC4JN3.js";
import {
  compilePath,
  getPath
} from "./chunk-XQSIKRHP.js";
import {
  compileLogic,
  isTruthy
} from "./chunk-GRVIXJDI.js";
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

// packages/cli/dist/commands/serve-command.js
import { serve } from "@hono/node-server";

// packages/cli/dist/ops/control-plane.js
import { Hono } from "hono";
import { bodyLimit } from "hono/body-limit";
import { createConsola } from "consola";

// packages/cli/dist/ops/request-schemas.js
import { Ajv } from "ajv";
var NAMES = { type: "array", items: { type: "string", minLength: 1 }, minItems: 1, uniqueItems: true };
var TRIGGER_RUN_SCHEMA = {
  type: "object",
  additionalProperties: false,
  properties: {
    force: { type: "boolean" },
    tenants: NAMES,
    streams: NAMES,
    strategy: { enum: ["full", "incremental", "ids"] },
    ids: { type: "array", items: { type: ["string", "integer"] }, minItems: 1, maxItems: 1e4 }
  },
  if: { properties: { strategy: { const: "ids" } }, required: ["strategy"] },
  then: { required: ["ids"] },
  else: { not: { required: ["ids"] } }
};
var LIST_RUNS_SCHEMA = {
  type: "object",
  additionalProperties: false,
  properties: {
    pipeline: { type: "string", minLength: 1 },
    tenant: { type: "string" },
    status: { enum: ["queued", "running", "succeeded", "failed", "aborted", "abandoned"] },
    limit: { type: "integer", minimum: 1, maximum: 500 }
  }
};
var ajv = new Ajv({ allErrors: true, strict: true, strictRequired: false, allowUnionTypes: true });
var queryAjv = new Ajv({ allErrors: true, strict: true, coerceTypes: true });
function checker(validate, where) {
  return (value) => validate(value) ? { ok: true, value } : { ok: false, problems: describe(validate.errors ?? [], where) };
}
var checkTriggerRun = checker(ajv.compile(TRIGGER_RUN_SCHEMA), "body");
var checkListRuns = checker(queryAjv.compile(LIST_RUNS_SCHEMA), "query");
function describe(errors, where) {
  const out = /* @__PURE__ */ new Set();
  for (const error of errors) {
    if (error.keyword === "if")
      continue;
    const path = error.instancePath ? `${where}${error.instancePath.replace(/\//g, ".")}` : where;
    const params = error.params;
    if (error.keyword === "additionalProperties")
      out.add(`${where}${error.instancePath.replace(/\//g, ".")}: unknown field "${String(params.additionalProperty)}"`);
    else if (error.keyword === "enum")
      out.add(`${path}: must be one of ${params.allowedValues.join(", ")}`);
    else if (error.keyword === "not" && error.schemaPath.startsWith("#/else"))
      out.add(`${where}.ids: only with strategy "ids"`);
    else if (error.keyword === "required" && error.schemaPath.startsWith("#/then"))
      out.add(`${where}.ids: required with strategy "ids"`);
    else
      out.add(`${path}: ${error.message ?? "is invalid"}`);
  }
  return [...out];
}

// packages/cli/dist/ops/trigger-runs.js
import { randomUUID } from "node:crypto";

// packages/cli/dist/ops/_control-plane-context.js
var BATCHES_KEPT = 500;

// packages/cli/dist/ops/trigger-runs.js
var reply = (body, status) => ({ status, body });
async function triggerRuns(ctx, op, raw2, trigger = "api") {
  const checked = checkTriggerRun(raw2);
  if (!checked.ok)
    return reply({ error: "invalid_request", problems: checked.problems }, 400);
  const body = checked.value;
  const problems = streamProblems(body, op.plan.streams);
  if (body.tenants && !op.plan.tenants)
    problems.push(`body.tenants: ${op.name} has no tenants`);
  if (problems.length)
    return reply({ error: "invalid_request", problems }, 400);
  const force = body.force === true || body.strategy === "ids";
  let targets;
  try {
    targets = await findTargets(op, {
      now: ctx.clock.now(),
      startedAt: ctx.startedAt,
      retryAfterMs: ctx.retryAfterMs,
      ...body.tenants ? { tenants: body.tenants } : {}
    });
  } catch (error) {
    const message = ctx.redact(describeError(error));
    if (/unknown tenant/.test(message))
      return reply({ error: "invalid_request", problems: [`body.tenants: ${message}`] }, 400);
    return reply({ error: "unavailable", message: `cannot list the tenants of ${op.name}: ${message}` }, 503);
  }
  const chosen = force ? targets : targets.filter((t) => t.due);
  const notDue = targets.filter((t) => !chosen.includes(t)).map((t) => ({
    ...t.tenant !== void 0 ? { tenant: t.tenant } : {},
    dueAt: t.dueAt === void 0 ? null : new Date(t.dueAt).toISOString()
  }));
  let runs;
  try {
    runs = chosen.map((t) => {
      const { run, merged } = ctx.queue.submit({
        pipeline: op.name,
        tenant: t.tenant,
        trigger,
        ...body.strategy ? { strategy: body.strategy } : {},
        ...body.ids ? { ids: body.ids } : {},
        ...body.streams ? { streams: body.streams } : {},
        // Chosen because it was due: once it holds its locks it checks again, so a run finished elsewhere meanwhile is not repeated.
        ...force ? {} : {
          recheck: async () => {
            const again = await t.recheck(ctx.clock.now());
            return again.due ? void 0 : `no longer due: it ran meanwhile (last success ${again.lastSuccessAt ?? "never"})`;
          }
        }
      });
      return {
        runId: run.runId,
        ...run.tenant !== void 0 ? { tenant: run.tenant } : {},
        status: run.status,
        ...merged ? { merged: true } : {}
      };
    });
  } catch (error) {
    return reply({ error: "unavailable", message: describeError(error) }, 503);
  }
  if (!runs.length)
    return reply({ runId: null, pipeline: op.name, runs, notDue, message: 'nothing is due; send "force": true to run anyway' }, 200);
  let runId = runs[0].runId;
  if (op.plan.tenants) {
    runId = randomUUID();
    ctx.batches.set(runId, { pipeline: op.name, runIds: runs.map((r) => r.runId) });
    for (const old of ctx.batches.keys())
      if (ctx.batches.size > BATCHES_KEPT)
        ctx.batches.delete(old);
  }
  return reply({ runId, pipeline: op.name, runs, ...notDue.length ? { notDue } : {} }, 202);
}
function streamProblems(body, streams) {
  const problems = [];
  const names = streams.map((s) => s.name);
  for (const name of body.streams ?? [])
    if (!names.includes(name))
      problems.push(`body.streams: unknown stream "${name}"; the pipeline has: ${names.join(", ")}`);
  if (body.strategy === "ids") {
    const chosen = streams.filter((s) => !body.streams || body.streams.includes(s.name));
    for (const s of chosen)
      if (!s.idsSource)
        problems.push(`body.strategy: stream ${s.name} cannot fetch by ids (it declares no strategies.ids); name the streams that can in "streams"`);
  }
  return problems;
}

// packages/cli/dist/ops/run-view.js
function viewRun(record, queued) {
  if (!record && !queued)
    return void 0;
  const streams = record ? record.streams.map((s) => ({
    stream: s.stream,
    status: s.status,
    read: s.recordsRead,
    written: s.recordsWritten,
    rejected: s.recordsRejected,
    ...s.error ? { error: s.error } : {}
  })) : fromResult(queued?.result);
  const startedAt = record?.startedAt ?? queued?.startedAt;
  const finishedAt = record?.finishedAt ?? queued?.finishedAt;
  const error = record?.error ?? queued?.error;
  const tenant = record?.tenant || queued?.tenant;
  return {
    id: record?.id ?? queued?.runId,
    pipeline: record?.pipeline ?? queued?.pipeline,
    ...tenant ? { tenant } : {},
    trigger: String(record?.trigger ?? queued?.trigger),
    // History is the truth once the run has a row; a run that failed before it had one shows the queue's status.
    status: record?.status ?? queued.status,
    ...queued?.strategy ? { strategy: queued.strategy } : {},
    ...queued?.streams ? { only: queued.streams } : {},
    ...queued?.ids ? { ids: queued.ids } : {},
    ...queued ? { queuedAt: queued.queuedAt } : {},
    ...startedAt ? { startedAt } : {},
    ...finishedAt ? { finishedAt } : {},
    ...startedAt && finishedAt ? { durationMs: Date.parse(finishedAt) - Date.parse(startedAt) } : {},
    records: {
      read: streams.reduce((n, s) => n + s.read, 0),
      written: streams.reduce((n, s) => n + s.written, 0),
      rejected: streams.reduce((n, s) => n + s.rejected, 0)
    },
    streams,
    ...queued?.status === "queued" && queued.waitingFor ? { waitingFor: queued.waitingFor } : {},
    ...error ? { error } : {}
  };
}
function fromResult(result) {
  const own = result?.tenants?.[0] ?? result;
  return (own?.streams ?? []).map((s) => ({
    stream: s.stream,
    status: s.status,
    read: s.recordsRead,
    written: s.recordsWritten,
    rejected: s.recordsRejected,
    ...s.error ? { error: s.error } : {}
  }));
}
function batchStatus(runs) {
  if (runs.some((r) => r.status === "running"))
    return "running";
  if (runs.some((r) => r.status === "queued"))
    return runs.every((r) => r.status === "queued") ? "queued" : "running";
  if (runs.some((r) => r.status === "failed"))
    return "failed";
  if (runs.some((r) => r.status === "abandoned"))
    return "abandoned";
  if (runs.some((r) => r.status === "aborted"))
    return "aborted";
  return "succeeded";
}

// packages/cli/dist/ops/runs-routes.js
function registerRunRoutes(app, ctx) {
  app.post("/pipelines/:name/runs", async (c) => {
    const op = ctx.pipelines.get(c.req.param("name"));
    if (!op)
      return c.json({
        error: "not_found",
        message: `no pipeline "${c.req.param("name")}"; serving: ${ctx.pipelines.list.map((p) => p.name).join(", ")}`
      }, 404);
    const text2 = await c.req.text();
    let raw2 = {};
    if (text2.trim()) {
      try {
        raw2 = JSON.parse(text2);
      } catch {
        return c.json({ error: "invalid_request", problems: ["body: is not valid JSON"] }, 400);
      }
    }
    const outcome = await triggerRuns(ctx, op, raw2);
    return c.json(outcome.body, outcome.status);
  });
  app.get("/runs", async (c) => {
    const checked = checkListRuns(c.req.query());
    if (!checked.ok)
      return c.json({ error: "invalid_request", problems: checked.problems }, 400);
    const { pipeline, tenant, status, limit = 50 } = checked.value;
    if (pipeline && !ctx.pipelines.get(pipeline))
      return c.json({ error: "not_found", message: `no pipeline "${pipeline}"` }, 404);
    const queued = ctx.queue.active().filter((r) => r.status === "queued" && (!pipeline || r.pipeline === pipeline) && (tenant === void 0 || (r.tenant ?? "") === tenant) && (!status || status === "queued")).map((r) => viewRun(void 0, r));
    const records = [];
    if (status !== "queued") {
      for (const state of storesOf(ctx, pipeline)) {
        records.push(...await state.listRuns({
          ...pipeline ? { pipeline } : {},
          ...tenant !== void 0 ? { tenant } : {},
          ...status ? { status } : {},
          limit
        }));
      }
    }
    records.sort((a, b) => b.startedAt.localeCompare(a.startedAt));
    const served = new Set(ctx.pipelines.list.map((p) => p.name));
    const runs = [...queued, ...records.filter((r) => served.has(r.pipeline)).map((r) => viewRun(r, ctx.queue.get(r.id)))].slice(0, limit);
    return c.json({ runs });
  });
  app.get("/runs/:id", async (c) => {
    const id = c.req.param("id");
    const batch = ctx.batches.get(id);
    if (batch) {
      const runs = (await Promise.all(batch.runIds.map((runId) => findRun(ctx, runId)))).filter((r) => r !== void 0);
      return c.json({ id, pipeline: batch.pipeline, status: batchStatus(runs), runs });
    }
    const run = await findRun(ctx, id);
    if (!run)
      return c.json({ error: "not_found", message: `no run "${id}"` }, 404);
    return c.json(run);
  });
}
async function findRun(ctx, id) {
  const queued = ctx.queue.get(id);
  if (queued) {
    const op = ctx.pipelines.get(queued.pipeline);
    const record = queued.status === "queued" || !op ? void 0 : await op.state.getRun(id);
    return viewRun(record, queued);
  }
  for (const state of storesOf(ctx, void 0)) {
    const record = await state.getRun(id);
    if (record && ctx.pipelines.get(record.pipeline))
      return viewRun(record, void 0);
  }
  return void 0;
}
function storesOf(ctx, pipeline) {
  const ops = pipeline ? ctx.pipelines.list.filter((p) => p.name === pipeline) : ctx.pipelines.list;
  return [...new Set(ops.map((p) => p.state))];
}

// packages/cli/dist/ops/page/page-auth.js
import { createHmac } from "node:crypto";
import { deleteCookie, getCookie, setCookie } from "hono/cookie";
import { html as html2 } from "hono/html";

// packages/cli/dist/ops/safe-equal.js
import { createHash, timingSafeEqual } from "node:crypto";
function safeEqual(given, expected) {
  const a = createHash("sha256").update(given, "utf8").digest();
  const b = createHash("sha256").update(expected, "utf8").digest();
  return timingSafeEqual(a, b);
}

// packages/cli/dist/ops/page/_layout.js
import { html, raw } from "hono/html";
function layout(title, content, options = {}) {
  const body = typeof content === "string" ? html`<h1>${title}</h1>
          <p>${content}</p>` : content;
  return html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} · syncengine ops</title>
${options.live ? html`<noscript><meta http-equiv="refresh" content="3" /></noscript>` : ""}
<link rel="stylesheet" href="/ui/style.css">
<script src="/ui/app.js" defer></script>
</head>
<body${options.live || options.poll ? raw(" data-live-page") : ""}>
<a class="skip" href="#main">Skip to content</a>
<header>
<nav aria-label="Main"><a href="/" class="brand">syncengine ops</a></nav>
${options.csrf ? html`<form method="post" action="/logout" class="inline">
        <input type="hidden" name="csrf" value="${options.csrf}" /><button type="submit">Log out</button>
      </form>` : ""}
</header>
<main id="main">
${options.notice ? html`<p class="notice ${options.notice.kind}" role="${options.notice.kind === "error" ? "alert" : "status"}">${options.notice.text}</p>` : ""}
${body}
</main>
</body>
</html>`;
}
function statusBadge(status) {
  return html`<span class="status s-${status}">${status}</span>`;
}
function table(caption, header, rows, empty) {
  if (rows.length === 0)
    return html`<p class="empty">${empty}</p>`;
  return html`<div class="scroll" tabindex="0" role="region" aria-label="${caption}">
    <table>
      <caption>
        ${caption}
      </caption>
      <thead>
        <tr>
          ${header.map((h) => html`<th scope="col">${h}</th>`)}
        </tr>
      </thead>
      <tbody>
        ${rows}
      </tbody>
    </table>
  </div>`;
}
function duration(ms) {
  if (ms === void 0 || Number.isNaN(ms))
    return "";
  if (ms < 6e4)
    return `${(ms / 1e3).toFixed(1)}s`;
  const s = Math.round(ms / 1e3);
  return `${Math.floor(s / 60)}m ${String(s % 60).padStart(2, "0")}s`;
}
function cursorText(value) {
  return value === void 0 || value === null ? "(none)" : JSON.stringify(value);
}
var STYLE = `
:root{--fg:#1b1f24;--muted:#57606a;--bg:#fff;--line:#d0d7de;--accent:#0b5cad;--ok:#1a7f37;--bad:#b42318;--warn:#9a6700;--run:#0b5cad}
*{box-sizing:border-box}body{margin:0;font:16px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--fg);background:var(--bg)}
header{display:flex;justify-content:space-between;align-items:center;gap:1rem;padding:.6rem 1rem;border-bottom:1px solid var(--line);background:#f6f8fa}
.brand{font-weight:700;color:var(--fg);text-decoration:none}main{padding:1rem;max-width:80rem;margin:0 auto}
h1{font-size:1.4rem;margin:.2rem 0 1rem}h2{font-size:1.15rem;margin:1.6rem 0 .5rem}
a{color:var(--accent)}a:focus,button:focus,input:focus,select:focus,summary:focus,.scroll:focus{outline:3px solid #f4b400;outline-offset:2px}
.skip{position:absolute;left:-999px}.skip:focus{left:.5rem;top:.5rem;background:#fff;padding:.3rem}
.scroll{overflow-x:auto;border:1px solid var(--line);border-radius:6px}table{border-collapse:collapse;width:100%;font-size:.93rem}
caption{text-align:left;padding:.4rem .6rem;color:var(--muted);font-size:.85rem}
th,td{padding:.4rem .6rem;border-top:1px solid var(--line);text-align:left;vertical-align:top}th{background:#f6f8fa;white-space:nowrap}
td.num{text-align:right;font-variant-numeric:tabular-nums}code,.mono{font-family:ui-monospace,SFMono-Regular,Menlo,monospace;font-size:.88em;word-break:break-all}
.status{font-weight:600}.s-succeeded{color:var(--ok)}.s-failed,.s-abandoned{color:var(--bad)}.s-running,.s-queued{color:var(--run)}.s-aborted,.s-skipped{color:var(--warn)}
.notice{padding:.6rem .8rem;border-radius:6px;border:1px solid var(--line)}.notice.ok{background:#dafbe1}.notice.error{background:#ffebe9}
form.inline{display:inline}fieldset{border:1px solid var(--line);border-radius:6px;margin:.5rem 0;padding:.6rem .8rem}
label{display:inline-block;margin:.2rem .8rem .2rem 0}input[type=text],select{font:inherit;padding:.3rem .4rem;border:1px solid #8c959f;border-radius:4px;max-width:100%}
button{font:inherit;padding:.35rem .8rem;border:1px solid #8c959f;border-radius:6px;background:#f6f8fa;cursor:pointer;min-height:2.2rem}button.primary{background:var(--accent);color:#fff;border-color:var(--accent)}
.empty,.muted{color:var(--muted)}.log{font-family:ui-monospace,Menlo,monospace;font-size:.85rem;white-space:pre-wrap;background:#f6f8fa;border:1px solid var(--line);border-radius:6px;padding:.6rem;max-height:32rem;overflow:auto}
.log .warn{color:var(--warn)}.log .error{color:var(--bad)}dl.facts{display:grid;grid-template-columns:max-content 1fr;gap:.2rem 1rem}dl.facts dt{color:var(--muted)}dl.facts dd{margin:0}
@media (max-width:40rem){main{padding:.6rem}th,td{padding:.35rem .4rem}h1{font-size:1.2rem}}
`;
var SCRIPT = `(() => {
  const live = () => document.body.hasAttribute('data-live-page');
  const tick = async () => {
    if (!live()) return;
    try {
      const response = await fetch(location.href, { credentials: 'same-origin', headers: { accept: 'text/html' } });
      if (response.ok) {
        const next = new DOMParser().parseFromString(await response.text(), 'text/html');
        for (const region of document.querySelectorAll('[data-live]')) {
          const fresh = next.getElementById(region.id);
          // A form being filled in keeps what was typed.
          if (fresh && !region.contains(document.activeElement)) region.innerHTML = fresh.innerHTML;
        }
        if (!next.body.hasAttribute('data-live-page')) document.body.removeAttribute('data-live-page');
      }
    } catch {}
    setTimeout(tick, 2000);
  };
  setTimeout(tick, 2000);
})();
`;

// packages/cli/dist/ops/page/page-auth.js
var SESSION_COOKIE = "syncengine_session";
var NAME_COOKIE = "syncengine_name";
var SESSION_HOURS = 12;
function pageKeys(token) {
  const derive = (purpose) => createHmac("sha256", token).update(purpose).digest("base64url");
  return { session: derive("syncengine ops session v1"), csrf: derive("syncengine ops csrf v1") };
}
function hasSession(c, keys) {
  const value = getCookie(c, SESSION_COOKIE);
  return value !== void 0 && safeEqual(value, keys.session);
}
function loginPage(c, options = {}) {
  const next = options.next && options.next.startsWith("/") && !options.next.startsWith("//") ? options.next : "/";
  const body = html2`<h1>Log in</h1>
    <p>Enter the API token of this <code>syncengine serve</code> (the value of its <code>SYNCENGINE_API_TOKEN</code>).</p>
    <form method="post" action="/login">
      <input type="hidden" name="next" value="${next}" />
      <p>
        <label for="token">API token</label><br /><input
          type="password"
          id="token"
          name="token"
          autocomplete="current-password"
          required
          size="40"
        />
      </p>
      <p>
        <label for="name">Your name (recorded with the changes you make; optional)</label><br /><input
          type="text"
          id="name"
          name="name"
          autocomplete="name"
          maxlength="60"
          size="30"
        />
      </p>
      <p><button type="submit" class="primary">Log in</button></p>
    </form>`;
  return c.html(layout("Log in", body, options.error ? { notice: { kind: "error", text: options.error } } : {}), options.status ?? 200, {
    "WWW-Authenticate": 'Bearer realm="syncengine"'
  });
}
function registerLoginRoutes(app, token, keys) {
  app.get("/login", (c) => loginPage(c, { next: c.req.query("next") ?? "/" }));
  app.post("/login", async (c) => {
    const form = await c.req.parseBody();
    const given = typeof form.token === "string" ? form.token.trim() : "";
    const next = typeof form.next === "string" ? form.next : "/";
    if (!given || !safeEqual(given, token))
      return loginPage(c, { status: 401, error: "That is not the API token.", next });
    const cookie = { httpOnly: true, secure: true, sameSite: "Strict", path: "/", maxAge: SESSION_HOURS * 3600 };
    setCookie(c, SESSION_COOKIE, keys.session, cookie);
    const name = typeof form.name === "string" ? form.name.trim().slice(0, 60) : "";
    if (name)
      setCookie(c, NAME_COOKIE, name, cookie);
    else
      deleteCookie(c, NAME_COOKIE, { path: "/" });
    return c.redirect(next.startsWith("/") && !next.startsWith("//") ? next : "/", 303);
  });
  app.post("/logout", (c) => {
    deleteCookie(c, SESSION_COOKIE, { path: "/", secure: true });
    deleteCookie(c, NAME_COOKIE, { path: "/", secure: true });
    return c.redirect("/login", 303);
  });
}

// packages/cli/dist/ops/page/page-routes.js
import { getCookie as getCookie2 } from "hono/cookie";

// packages/cli/dist/ops/state-actions.js
import { Ajv as Ajv2 } from "ajv";
var ajv2 = new Ajv2({ allErrors: true, strict: true, allowUnionTypes: true });
var text = { type: "string", maxLength: 400 };
var checkCursor = ajv2.compile({
  type: "object",
  additionalProperties: false,
  required: ["stream"],
  properties: {
    stream: { type: "string", minLength: 1 },
    tenant: text,
    partition: text,
    value: {},
    to: { type: "string", minLength: 1 },
    actor: text
  }
});
var NAMES2 = { type: "array", items: { type: "string", minLength: 1 }, minItems: 1, uniqueItems: true };
var checkReplay = ajv2.compile({ type: "object", additionalProperties: false, properties: { ids: NAMES2, streams: NAMES2 } });
var invalid = (problems) => ({ status: 400, body: { error: "invalid_request", problems } });
function problemsOf(errors) {
  return (errors ?? []).map((e) => e.keyword === "additionalProperties" ? `body: unknown field "${String(e.params.additionalProperty)}"` : `body${e.instancePath.replace(/\//g, ".")}: ${e.message ?? "is invalid"}`);
}
function cursorOf(op, raw2) {
  if (!checkCursor(raw2))
    return invalid(problemsOf(checkCursor.errors));
  const body = raw2;
  const names = op.plan.streams.map((s) => s.name);
  if (!names.includes(body.stream))
    return invalid([`body.stream: unknown stream "${body.stream}"; the pipeline has: ${names.join(", ")}`]);
  const key = {
    pipeline: op.name,
    stream: body.stream,
    ...body.tenant ? { tenant: body.tenant } : {},
    ...body.partition ? { partition: body.partition } : {}
  };
  return { key, body };
}
function actorOf(channel, who) {
  const name = who?.trim().replace(/\s+/g, " ").slice(0, 60);
  return name ? `${channel}:${name}` : channel;
}
async function changeCursor(op, action, raw2, channel) {
  const checked = cursorOf(op, raw2);
  if ("status" in checked)
    return checked;
  const { key, body } = checked;
  const actor = actorOf(channel, body.actor);
  const before = await op.state.getCursor(key);
  if (action === "set") {
    if (body.value === void 0 || body.value === null)
      return invalid(["body.value: required for set (use reset to forget a cursor)"]);
    await op.state.setCursor(key, body.value, { actor, action: "set" });
    return { status: 200, body: { ...key, before: before ?? null, value: body.value, actor } };
  }
  if (action === "reset") {
    await op.state.deleteCursor(key, { actor });
    return { status: 200, body: { ...key, before: before ?? null, value: null, actor } };
  }
  if (!body.to)
    return invalid(["body.to: required for rollback: a run id or an ISO time"]);
  try {
    const result = await rollbackCursor(op.state, key, parseRollbackTarget(body.to), actor);
    return { status: 200, body: { ...key, before: before ?? null, value: result.value ?? null, restored: result.restored ?? null, actor } };
  } catch (error) {
    return { status: 409, body: { error: "conflict", message: describeError(error) } };
  }
}
async function replayQuarantine(ctx, op, raw2) {
  if (!checkReplay(raw2))
    return invalid(problemsOf(checkReplay.errors));
  const body = raw2;
  const open = (await op.state.quarantine.list({ pipeline: op.name, status: "open", limit: 1e5, ...body.ids ? { ids: body.ids } : {} })).filter((r) => !body.streams || body.streams.includes(r.stream));
  if (body.ids) {
    const missing = body.ids.filter((id) => !open.some((r) => r.id === id));
    if (missing.length)
      return { status: 404, body: { error: "not_found", message: `no open quarantined record ${missing.join(", ")} in ${op.name}` } };
  }
  if (open.length === 0)
    return { status: 200, body: { runId: null, runs: [], message: `${op.name} has no open quarantined records to replay` } };
  const tenants = [...new Set(open.map((r) => r.tenant))];
  try {
    const runs = tenants.map((tenant) => {
      const records = open.filter((r) => r.tenant === tenant);
      const { run } = ctx.queue.submit({
        pipeline: op.name,
        ...op.plan.tenants && tenant !== void 0 ? { tenant } : {},
        trigger: "replay",
        streams: [...new Set(records.map((r) => r.stream))],
        replay: body.ids ? { ids: records.map((r) => r.id) } : {}
      });
      return { runId: run.runId, ...run.tenant !== void 0 ? { tenant: run.tenant } : {}, status: run.status, records: records.length };
    });
    return { status: 202, body: { runId: runs[0].runId, pipeline: op.name, runs } };
  } catch (error) {
    return { status: 503, body: { error: "unavailable", message: describeError(error) } };
  }
}

// packages/cli/dist/ops/page/render-overview.js
import { html as html3 } from "hono/html";
function runRow(run, options = {}) {
  return html3`<tr>
    <td><a href="/ui/runs/${encodeURIComponent(run.id)}" class="mono">${run.id.slice(0, 8)}</a></td>
    ${options.pipeline === false ? "" : html3`<td><a href="/ui/pipelines/${encodeURIComponent(run.pipeline)}">${run.pipeline}</a></td>`}
    <td>${run.tenant ?? ""}</td>
    <td>${statusBadge(run.status)}</td>
    <td>${run.trigger}${run.strategy ? ` (${run.strategy})` : ""}</td>
    <td>${run.startedAt ?? run.queuedAt ?? ""}</td>
    <td class="num">${duration(run.durationMs)}</td>
    <td class="num">${run.records.read}</td>
    <td class="num">${run.records.written}</td>
    <td class="num">${run.records.rejected}</td>
    <td>${run.error ?? (run.waitingFor ? `waits for ${run.waitingFor}` : "")}</td>
  </tr>`;
}
function runHeader(options = {}) {
  return [
    "Run",
    ...options.pipeline === false ? [] : ["Pipeline"],
    "Tenant",
    "Status",
    "Trigger",
    "Started",
    "Duration",
    "Read",
    "Written",
    "Rejected",
    "Error"
  ];
}
function renderOverview(pipelines, runs) {
  const rows = pipelines.map((p) => html3`<tr>
        <td>
          <a href="/ui/pipelines/${encodeURIComponent(p.name)}">${p.name}</a
          >${p.description ? html3`<br /><span class="muted">${p.description}</span>` : ""}
        </td>
        <td>${p.schedule ?? "not scheduled"}</td>
        <td>${p.nextDue}</td>
        <td>
          ${p.lastRun ? html3`${statusBadge(p.lastRun.status)} <a href="/ui/runs/${encodeURIComponent(p.lastRun.id)}">${p.lastRun.startedAt ?? p.lastRun.queuedAt ?? ""}</a>` : "never ran"}
        </td>
        <td class="num">${p.active}</td>
      </tr>`);
  return html3`<h1>Pipelines</h1>
    <section id="pipelines" data-live aria-live="polite">
      ${table("Served pipelines", ["Pipeline", "Schedule", "Next due", "Last run", "Active runs"], rows, "No pipelines are served.")}
    </section>
    <h2>Recent runs</h2>
    <section id="runs" data-live aria-live="polite">
      ${table("Latest runs of every pipeline, newest first", runHeader(), runs.map((r) => runRow(r)), "No runs yet.")}
    </section>`;
}

// packages/cli/dist/ops/page/render-pipeline.js
import { html as html4 } from "hono/html";
var base = (name) => `/ui/pipelines/${encodeURIComponent(name)}`;
var hidden = (csrf) => html4`<input type="hidden" name="csrf" value="${csrf}" />`;
function triggerForm(d) {
  const tenants = d.targets.filter((t) => t.tenant !== void 0);
  return html4`<form method="post" action="${base(d.name)}/runs" aria-labelledby="trigger-title">
    <h2 id="trigger-title">Run now</h2>
    ${hidden(d.csrf)}
    <fieldset>
      <legend>Streams (none ticked: every stream)</legend>
      ${d.streams.map((s, i) => html4`<label><input type="checkbox" name="streams" value="${s}" id="stream-${i}" /> ${s}</label>`)}
    </fieldset>
    ${d.tenanted ? html4`<fieldset>
            <legend>Tenants (none ticked: every tenant)</legend>
            ${tenants.map((t, i) => html4`<label><input type="checkbox" name="tenants" value="${t.tenant}" id="tenant-${i}" /> ${t.tenant}</label>`)}
            ${tenants.length === 0 ? html4`<label for="tenants-text">Tenant ids, comma-separated</label> <input type="text" id="tenants-text" name="tenants_text" />` : ""}
          </fieldset>` : ""}
    <p>
      <label for="strategy">Strategy</label>
      <select id="strategy" name="strategy">
        <option value="">as configured</option>
        <option value="incremental">incremental</option>
        <option value="full">full (ignore cursors)</option>
        <option value="ids">ids</option>
      </select>
      <label for="ids">Ids (strategy ids; comma-separated)</label> <input type="text" id="ids" name="ids" />
      <label><input type="checkbox" name="force" value="true" checked /> Run even when not due (force)</label>
    </p>
    <p><button type="submit" class="primary">Run</button></p>
  </form>`;
}
function runsTable(d) {
  const rows = d.runs.flatMap((run) => {
    const cells = (stream, status, read, written, rejected, ms, error) => html4`<tr>
        <td><a href="/ui/runs/${encodeURIComponent(run.id)}" class="mono">${run.id.slice(0, 8)}</a></td>
        <td>${run.tenant ?? ""}</td>
        <td>${stream}</td>
        <td>${statusBadge(status)}</td>
        <td>${run.trigger}</td>
        <td>${run.startedAt}</td>
        <td class="num">${duration(ms)}</td>
        <td class="num">${read}</td>
        <td class="num">${written}</td>
        <td class="num">${rejected}</td>
        <td>${error ?? ""}</td>
      </tr>`;
    if (run.streams.length === 0)
      return [cells("", run.status, 0, 0, 0, void 0, run.error)];
    return run.streams.map((s) => cells(s.stream, s.status, s.recordsRead, s.recordsWritten, s.recordsRejected, s.finishedAt ? Date.parse(s.finishedAt) - Date.parse(s.startedAt) : void 0, s.error ?? run.error));
  });
  return table("Recent runs per stream and tenant, newest first", ["Run", "Tenant", "Stream", "Status", "Trigger", "Started", "Duration", "Read", "Written", "Rejected", "Error"], rows, "No runs yet.");
}
function cursorForms(d) {
  const rows = d.cursors.map((c, i) => {
    const key = html4`<input type="hidden" name="stream" value="${c.stream}" /><input
        type="hidden"
        name="tenant"
        value="${c.tenant ?? ""}"
      /><input type="hidden" name="partition" value="${c.partition ?? ""}" />${hidden(d.csrf)}`;
    return html4`<tr>
      <td>${c.stream}</td>
      <td>${c.tenant ?? ""}</td>
      <td>${c.partition ?? ""}</td>
      <td class="mono">${cursorText(c.value)}</td>
      <td>${c.updatedAt}</td>
      <td>
        <form method="post" action="${base(d.name)}/cursors/set" class="inline">
          ${key}<label for="set-${i}">New value (JSON)</label> <input type="text" id="set-${i}" name="value" required size="22" />
          <button type="submit">Set</button>
        </form>
        <form method="post" action="${base(d.name)}/cursors/rollback" class="inline">
          ${key}<label for="to-${i}">Roll back to run id or time</label> <input type="text" id="to-${i}" name="to" required size="22" />
          <button type="submit">Roll back</button>
        </form>
        <form method="post" action="${base(d.name)}/cursors/reset" class="inline">
          ${key}<button type="submit" aria-label="Reset the cursor of ${c.stream}${c.tenant ? ` tenant ${c.tenant}` : ""}">Reset</button>
        </form>
      </td>
    </tr>`;
  });
  return table("Stored cursors per stream, tenant and partition", ["Stream", "Tenant", "Partition", "Cursor", "Updated", "Change"], rows, "No stored cursors: the next run of each incremental stream reads from the start.");
}
function historyTable(d) {
  const rows = d.history.map((e) => html4`<tr>
        <td>${e.at}</td>
        <td>${e.stream}</td>
        <td>${e.tenant ?? ""}</td>
        <td>${e.partition ?? ""}</td>
        <td>${e.action}</td>
        <td class="mono">${cursorText(e.value)}</td>
        <td>${e.runId ? html4`<a href="/ui/runs/${encodeURIComponent(e.runId)}" class="mono">${e.runId.slice(0, 8)}</a>` : ""}</td>
        <td>${e.actor}</td>
        <td>${e.note ?? ""}</td>
      </tr>`);
  return table("Cursor history, newest first", ["At", "Stream", "Tenant", "Partition", "Action", "Cursor", "Run", "By", "Note"], rows, "No cursor changes yet.");
}
function quarantineTable(d) {
  const rows = d.quarantine.map((q) => html4`<tr>
        <td class="mono">${q.id.slice(0, 12)}</td>
        <td>${q.stream}</td>
        <td>${q.tenant ?? ""}</td>
        <td>${q.recordKey}</td>
        <td>
          <ul>
            ${q.reasons.map((r) => html4`<li>${r}</li>`)}
          </ul>
        </td>
        <td>${q.createdAt}</td>
        <td>
          <form method="post" action="${base(d.name)}/quarantine/replay" class="inline">
            ${hidden(d.csrf)}<input type="hidden" name="ids" value="${q.id}" /><button
              type="submit"
              aria-label="Replay record ${q.recordKey} of ${q.stream}"
            >
              Replay
            </button>
          </form>
        </td>
      </tr>`);
  return html4`${table("Open quarantined records, oldest first", ["Id", "Stream", "Tenant", "Key", "Reasons", "Rejected at", "Replay"], rows, "Nothing in quarantine.")}
  ${d.quarantine.length > 1 ? html4`<form method="post" action="${base(d.name)}/quarantine/replay">
          ${hidden(d.csrf)}
          <p><button type="submit">Replay all ${d.quarantine.length} records</button></p>
        </form>` : ""}`;
}
function renderPipeline(d) {
  const targets = d.targets.map((t) => html4`<tr>
        <td>${t.tenant ?? "(the pipeline)"}</td>
        <td>${t.busy ? "running" : t.due ? "due now" : "not due"}</td>
        <td>${t.dueAt ?? ""}</td>
        <td>${t.lastSuccessAt ?? "never"}</td>
      </tr>`);
  return html4`<h1>${d.name}</h1>
    <dl class="facts">
      <dt>File</dt>
      <dd class="mono">${d.file}</dd>
      ${d.description ? html4`<dt>Description</dt>
              <dd>${d.description}</dd>` : ""}
      <dt>Schedule</dt>
      <dd>${d.schedule ?? "not scheduled"}</dd>
      <dt>State</dt>
      <dd class="mono">${d.state}</dd>
    </dl>
    <section id="targets" data-live aria-live="polite">
      <h2>Due</h2>
      ${d.targetsError ? html4`<p class="notice error">${d.targetsError}</p>` : table("When each target is due", ["Target", "Now", "Next due", "Last success"], targets, "Nothing to schedule.")}
    </section>
    ${triggerForm(d)}
    <h2>Runs</h2>
    <section id="runs" data-live aria-live="polite">${runsTable(d)}</section>
    <h2>Cursors</h2>
    <section id="cursors" data-live aria-live="polite">${cursorForms(d)}</section>
    <h2>Cursor history</h2>
    <section id="history" data-live aria-live="polite">${historyTable(d)}</section>
    <h2>Quarantine</h2>
    <section id="quarantine" data-live aria-live="polite">${quarantineTable(d)}</section>`;
}

// packages/cli/dist/ops/page/render-run.js
import { html as html5 } from "hono/html";
function renderRun(run, log) {
  const streams = run.streams.map((s) => html5`<tr>
        <td>${s.stream}</td>
        <td>${statusBadge(s.status)}</td>
        <td class="num">${s.read}</td>
        <td class="num">${s.written}</td>
        <td class="num">${s.rejected}</td>
        <td>${s.error ?? ""}</td>
      </tr>`);
  const lines = log?.lines.map((l) => html5`<span class="${l.level}">${l.at} ${l.level.padEnd(5)} ${l.message}</span> `);
  return html5`<h1>Run <span class="mono">${run.id}</span></h1>
    <section id="run" data-live aria-live="polite">
      <dl class="facts">
        <dt>Pipeline</dt>
        <dd><a href="/ui/pipelines/${encodeURIComponent(run.pipeline)}">${run.pipeline}</a></dd>
        ${run.tenant ? html5`<dt>Tenant</dt>
                <dd>${run.tenant}</dd>` : ""}
        <dt>Status</dt>
        <dd id="run-status">${statusBadge(run.status)}</dd>
        <dt>Trigger</dt>
        <dd>${run.trigger}${run.strategy ? ` (${run.strategy})` : ""}${run.only ? `, streams ${run.only.join(", ")}` : ""}</dd>
        <dt>Started</dt>
        <dd>${run.startedAt ?? `queued at ${run.queuedAt ?? "?"}`}</dd>
        ${run.finishedAt ? html5`<dt>Finished</dt>
                <dd>${run.finishedAt} (${duration(run.durationMs)})</dd>` : ""}
        <dt>Records</dt>
        <dd>${run.records.read} read, ${run.records.written} written, ${run.records.rejected} rejected</dd>
        ${run.error ? html5`<dt>Error</dt>
                <dd>${run.error}</dd>` : ""}
        ${run.waitingFor ? html5`<dt>Waiting for</dt>
                <dd>${run.waitingFor}</dd>` : ""}
      </dl>
      <h2>Streams</h2>
      ${table("Streams of this run", ["Stream", "Status", "Read", "Written", "Rejected", "Error"], streams, "No stream has started yet.")}
      <h2>Log</h2>
      ${log ? html5`${log.dropped ? html5`<p class="muted">${log.dropped} earlier lines are not kept.</p>` : ""}
              <pre class="log" tabindex="0" aria-label="Log lines">${lines}</pre>` : html5`<p class="empty">
              This process did not run it, or no longer remembers its log lines: see the log files of the process that ran it.
            </p>`}
    </section>`;
}
function renderBatch(id, pipeline, status, runs) {
  return html5`<h1>Runs of ${pipeline} <span class="mono">${id.slice(0, 8)}</span></h1>
    <section id="run" data-live aria-live="polite">
      <p>Status: <span id="run-status">${statusBadge(status)}</span></p>
      ${table("One run per tenant", runHeader({ pipeline: false }), runs.map((r) => runRow(r, { pipeline: false })), "No runs.")}
    </section>`;
}

// packages/cli/dist/ops/page/page-routes.js
var LIVE = /* @__PURE__ */ new Set(["queued", "running"]);
function registerPageRoutes(app, ctx, keys) {
  app.get("/ui/style.css", (c) => c.body(STYLE, 200, { "Content-Type": "text/css; charset=utf-8", "Cache-Control": "no-cache" }));
  app.get("/ui/app.js", (c) => c.body(SCRIPT, 200, { "Content-Type": "text/javascript; charset=utf-8", "Cache-Control": "no-cache" }));
  const notice = (c) => {
    const text2 = c.req.query("notice");
    return text2 ? { kind: c.req.query("kind") === "error" ? "error" : "ok", text: text2 } : void 0;
  };
  const options = (c, extra = {}) => {
    const n = notice(c);
    return { csrf: keys.csrf, ...n ? { notice: n } : {}, ...extra };
  };
  app.get("/", async (c) => {
    const rows = await Promise.all(ctx.pipelines.list.map((op) => pipelineRow(ctx, op)));
    const runs = await recentRuns(ctx, 25);
    const live = runs.some((r) => LIVE.has(r.status));
    return c.html(layout("Pipelines", renderOverview(rows, runs), options(c, { live, poll: true })));
  });
  app.get("/ui/pipelines/:name", async (c) => {
    const op = ctx.pipelines.get(c.req.param("name"));
    if (!op)
      return c.html(layout("Not found", `no pipeline "${c.req.param("name")}"`, options(c)), 404);
    return pipelinePage(c, ctx, op, keys, options(c));
  });
  app.get("/ui/runs/:id", async (c) => {
    const id = c.req.param("id");
    const batch = ctx.batches.get(id);
    if (batch) {
      const runs = (await Promise.all(batch.runIds.map((runId) => findRun(ctx, runId)))).filter((r) => r !== void 0);
      const status = batchStatus(runs);
      return c.html(layout(`Runs of ${batch.pipeline}`, renderBatch(id, batch.pipeline, status, runs), options(c, { live: LIVE.has(status) })));
    }
    const run = await findRun(ctx, id);
    if (!run)
      return c.html(layout("Not found", `no run "${id}"`, options(c)), 404);
    return c.html(layout(`Run ${id.slice(0, 8)}`, renderRun(run, ctx.logBook?.get(id)), options(c, { live: LIVE.has(run.status) })));
  });
  const action = (path, handler, done) => app.post(`/ui/pipelines/:name/${path}`, async (c) => {
    const op = ctx.pipelines.get(c.req.param("name"));
    if (!op)
      return c.html(layout("Not found", `no pipeline "${c.req.param("name")}"`, options(c)), 404);
    const form = await c.req.parseBody({ all: true });
    if (form.csrf !== keys.csrf)
      return c.html(layout("Refused", "This form is stale or came from another site: reload the page and try again.", options(c)), 403);
    const outcome = await handler(op, form, getCookie2(c, NAME_COOKIE));
    if (outcome.status >= 400) {
      const problems = outcome.body.problems?.join("; ") ?? String(outcome.body.message ?? outcome.body.error);
      return pipelinePage(c, ctx, op, keys, { csrf: keys.csrf, notice: { kind: "error", text: problems } }, 400);
    }
    return c.redirect(done(op, outcome), 303);
  });
  const back = (op, text2) => `/ui/pipelines/${encodeURIComponent(op.name)}?notice=${encodeURIComponent(text2)}`;
  action("runs", (op, form) => triggerRuns(ctx, op, triggerBody(form), "page"), (op, outcome) => outcome.body.runId ? `/ui/runs/${encodeURIComponent(String(outcome.body.runId))}` : back(op, String(outcome.body.message ?? "nothing to run")));
  for (const change of ["set", "reset", "rollback"]) {
    action(`cursors/${change}`, (op, form, who) => changeCursor(op, change, cursorBody(form, change, who), "page"), (op, outcome) => back(op, `cursor of ${String(outcome.body.stream)}: ${JSON.stringify(outcome.body.before)} -> ${JSON.stringify(outcome.body.value)}`));
  }
  action("quarantine/replay", (op, form) => replayQuarantine(ctx, op, list(form.ids).length ? { ids: list(form.ids) } : {}), (op, outcome) => outcome.body.runId ? `/ui/runs/${encodeURIComponent(String(outcome.body.runId))}` : back(op, String(outcome.body.message)));
}
function list(value) {
  return (Array.isArray(value) ? value : value === void 0 ? [] : [value]).flatMap((v) => v.split(",")).map((v) => v.trim()).filter(Boolean);
}
function triggerBody(form) {
  const streams = list(form.streams);
  const tenants = [.../* @__PURE__ */ new Set([...list(form.tenants), ...list(form.tenants_text)])];
  const strategy = typeof form.strategy === "string" ? form.strategy : "";
  const ids = list(form.ids);
  return {
    ...form.force === "true" ? { force: true } : {},
    ...streams.length ? { streams } : {},
    ...tenants.length ? { tenants } : {},
    ...strategy ? { strategy } : {},
    ...ids.length || strategy === "ids" ? { ids: ids.map((id) => /^\d+$/.test(id) ? Number(id) : id) } : {}
  };
}
function cursorBody(form, change, who) {
  const one = (name) => typeof form[name] === "string" ? form[name] : "";
  let value;
  if (change === "set") {
    try {
      value = JSON.parse(one("value"));
    } catch {
      value = one("value");
    }
  }
  return {
    stream: one("stream"),
    ...one("tenant") ? { tenant: one("tenant") } : {},
    ...one("partition") ? { partition: one("partition") } : {},
    ...change === "set" ? { value } : {},
    ...change === "rollback" ? { to: one("to").trim() } : {},
    ...who ? { actor: who } : {}
  };
}
async function pipelineRow(ctx, op) {
  const [last] = await op.state.listRuns({ pipeline: op.name, limit: 1 });
  let nextDue;
  try {
    const targets = await findTargets(op, { now: ctx.clock.now(), startedAt: ctx.startedAt, retryAfterMs: ctx.retryAfterMs });
    const due = targets.filter((t) => t.due).length;
    const next = targets.map((t) => t.dueAt).filter((t) => t !== void 0 && !Number.isNaN(t)).sort((a, b) => a - b)[0];
    nextDue = due ? `due now${targets.length > 1 ? ` (${due} of ${targets.length})` : ""}` : next !== void 0 ? new Date(next).toISOString() : "";
  } catch (error) {
    nextDue = `unknown: ${ctx.redact(describeError(error))}`;
  }
  return {
    name: op.name,
    description: op.pipeline.definition.description ?? null,
    schedule: op.cadence?.describe ?? null,
    nextDue,
    lastRun: last ? viewRun(last, ctx.queue.get(last.id)) ?? null : null,
    active: ctx.queue.active().filter((r) => r.pipeline === op.name).length
  };
}
async function recentRuns(ctx, limit) {
  const queued = ctx.queue.active().filter((r) => r.status === "queued").map((r) => viewRun(void 0, r));
  const served = new Set(ctx.pipelines.list.map((p) => p.name));
  const records = (await Promise.all(storesOf(ctx, void 0).map((s) => s.listRuns({ limit })))).flat().filter((r) => served.has(r.pipeline));
  records.sort((a, b) => b.startedAt.localeCompare(a.startedAt));
  return [...queued, ...records.map((r) => viewRun(r, ctx.queue.get(r.id)))].slice(0, limit);
}
async function pipelinePage(c, ctx, op, keys, layoutOptions, status = 200) {
  let targets = [];
  let targetsError;
  try {
    targets = await findTargets(op, { now: ctx.clock.now(), startedAt: ctx.startedAt, retryAfterMs: ctx.retryAfterMs });
  } catch (error) {
    targetsError = ctx.redact(describeError(error));
  }
  const [runs, cursors, history, quarantine] = await Promise.all([
    op.state.listRuns({ pipeline: op.name, limit: 20 }),
    op.state.cursors?.list({ pipeline: op.name }) ?? [],
    op.state.cursors?.history({ pipeline: op.name, limit: 30 }) ?? [],
    op.state.quarantine.list({ pipeline: op.name, status: "open", limit: 200 })
  ]);
  const live = runs.some((r) => r.status === "running") || ctx.queue.active().some((r) => r.pipeline === op.name);
  const body = renderPipeline({
    name: op.name,
    file: op.pipeline.file,
    description: op.pipeline.definition.description ?? null,
    schedule: op.cadence?.describe ?? null,
    state: op.stateDescription,
    streams: op.plan.streams.map((s) => s.name),
    tenanted: Boolean(op.plan.tenants),
    targets: targets.map((t) => ({
      ...t.tenant !== void 0 ? { tenant: t.tenant } : {},
      due: t.due,
      dueAt: t.dueAt === void 0 || Number.isNaN(t.dueAt) ? null : new Date(t.dueAt).toISOString(),
      lastSuccessAt: t.lastSuccessAt ?? null,
      busy: ctx.queue.isBusy(op.name, t.tenant)
    })),
    ...targetsError ? { targetsError } : {},
    runs,
    cursors,
    history,
    quarantine: quarantine.map((q) => ({ ...q, record: ctx.redactValue(q.record) })),
    csrf: keys.csrf
  });
  return c.html(layout(op.name, body, { ...layoutOptions, live }), status);
}

// packages/cli/dist/ops/state-routes.js
function registerStateRoutes(app, ctx) {
  const withPipeline = (handler) => async (c) => {
    const op = ctx.pipelines.get(c.req.param("name") ?? "");
    if (!op)
      return c.json({ error: "not_found", message: `no pipeline "${c.req.param("name")}"` }, 404);
    return handler(c, op);
  };
  const send = (c, outcome) => c.json(outcome.body, outcome.status);
  const filter = (c, op) => {
    const q = c.req.query();
    const limit = q.limit === void 0 ? void 0 : Number(q.limit);
    return {
      pipeline: op.name,
      ...q.stream ? { stream: q.stream } : {},
      ...q.tenant !== void 0 ? { tenant: q.tenant } : {},
      ...q.partition !== void 0 ? { partition: q.partition } : {},
      ...limit !== void 0 && Number.isInteger(limit) && limit > 0 ? { limit: Math.min(limit, 1e3) } : {}
    };
  };
  app.get("/pipelines/:name/cursors", withPipeline(async (c, op) => c.json({ cursors: await op.state.cursors.list(filter(c, op)) })));
  app.get("/pipelines/:name/cursors/history", withPipeline(async (c, op) => c.json({ history: await op.state.cursors.history(filter(c, op)) })));
  app.put("/pipelines/:name/cursors", withPipeline(async (c, op) => send(c, await changeCursor(op, "set", await jsonBody(c), "api"))));
  app.delete("/pipelines/:name/cursors", withPipeline(async (c, op) => send(c, await changeCursor(op, "reset", await jsonBody(c), "api"))));
  app.post("/pipelines/:name/cursors/rollback", withPipeline(async (c, op) => send(c, await changeCursor(op, "rollback", await jsonBody(c), "api"))));
  app.get("/pipelines/:name/quarantine", withPipeline(async (c, op) => {
    const status = c.req.query("status") ?? "open";
    if (!["open", "replayed", "all"].includes(status))
      return c.json({ error: "invalid_request", problems: ["query.status: must be one of open, replayed, all"] }, 400);
    const stream = c.req.query("stream");
    const records = await op.state.quarantine.list({ pipeline: op.name, status, ...stream ? { stream } : {}, limit: 1e3 });
    return c.json({ records: records.map((r) => ({ ...r, record: ctx.redactValue(r.record) })) });
  }));
  app.post("/pipelines/:name/quarantine/replay", withPipeline(async (c, op) => send(c, await replayQuarantine(ctx, op, await jsonBody(c)))));
  app.get("/runs/:id/logs", (c) => {
    const log = ctx.logBook?.get(c.req.param("id"));
    if (!log)
      return c.json({ error: "not_found", message: `no log lines for run "${c.req.param("id")}" in this process` }, 404);
    return c.json(log);
  });
}
async function jsonBody(c) {
  const text2 = await c.req.text();
  if (!text2.trim())
    return {};
  try {
    return JSON.parse(text2);
  } catch {
    return { "(body is not valid JSON)": true };
  }
}

// packages/cli/dist/ops/webhook.js
import { createHmac as createHmac2 } from "node:crypto";
function compileWebhooks(pipelines) {
  const plans = /* @__PURE__ */ new Map();
  for (const op of pipelines) {
    for (const [name, hook] of Object.entries(op.pipeline.definition.webhooks ?? {})) {
      const where = `${op.pipeline.file}: webhooks.${name}`;
      const other = plans.get(name);
      if (other)
        throw new OpsConfigError(`${where}: ${other.pipeline.name} already declares a webhook "${name}"; webhook names must be unique across served pipelines`);
      const stream = op.plan.streams.find((s) => s.name === hook.stream);
      if (!stream)
        throw new OpsConfigError(`${where}.stream: unknown stream "${hook.stream}"; ${op.name} has: ${op.plan.streams.map((s) => s.name).join(", ")}`);
      if (!stream.idsSource)
        throw new OpsConfigError(`${where}.stream: stream ${hook.stream} cannot fetch by ids; declare strategies.ids on it`);
      if (op.plan.tenants && !hook.tenant)
        throw new OpsConfigError(`${where}: ${op.name} runs per tenant; set tenant to the payload path of the tenant id`);
      if (!op.plan.tenants && hook.tenant)
        throw new OpsConfigError(`${where}.tenant: ${op.name} has no tenants`);
      const check = hook.hmac ? hmacCheck(hook.hmac, `${where}.hmac`) : hook.secret ? { kind: "secret", header: hook.secret_header ?? "X-Webhook-Secret", secret: hook.secret } : { kind: "none" };
      plans.set(name, {
        name,
        pipeline: op,
        stream: hook.stream,
        idsPath: hook.ids,
        ids: compilePath(hook.ids),
        when: hook.when === void 0 ? void 0 : compileLogic(hook.when),
        tenant: hook.tenant ? compilePath(hook.tenant) : void 0,
        check
      });
    }
  }
  return plans;
}
function hmacCheck(hmac, where) {
  const signed = hmac.signed ?? (hmac.timestamp_header ? "{timestamp}.{body}" : "{body}");
  if (!signed.includes("{body}"))
    throw new OpsConfigError(`${where}.signed: must contain {body}`);
  if (hmac.timestamp_header && !signed.includes("{timestamp}"))
    throw new OpsConfigError(`${where}.signed: must contain {timestamp} when timestamp_header is set (an unsigned timestamp proves nothing)`);
  if (!hmac.timestamp_header && signed.includes("{timestamp}"))
    throw new OpsConfigError(`${where}.signed: {timestamp} needs timestamp_header, the header the sender puts it in`);
  return {
    kind: "hmac",
    header: hmac.header,
    secret: hmac.secret,
    algorithm: hmac.algorithm ?? "sha256",
    encoding: hmac.encoding ?? "hex",
    prefix: hmac.prefix ?? "",
    signed,
    ...hmac.timestamp_header ? { timestamp: { header: hmac.timestamp_header, toleranceMs: (hmac.tolerance_s ?? 300) * 1e3, seen: /* @__PURE__ */ new Map() } } : {}
  };
}
function verifyWebhook(plan, header, rawBody, now) {
  const { check } = plan;
  if (check.kind === "none")
    return "none";
  const given = header(check.header)?.trim();
  if (!given)
    return "missing";
  if (check.kind === "secret")
    return safeEqual(given, check.secret) ? "ok" : "invalid";
  const stamp = check.timestamp ? header(check.timestamp.header)?.trim() : "";
  if (check.timestamp && !stamp)
    return "stale";
  const message = check.signed.replace(/\{(body|timestamp)\}/g, (_, key) => key === "body" ? rawBody : stamp);
  const digest = createHmac2(check.algorithm, check.secret).update(message, "utf8").digest(check.encoding);
  const normalize = (s) => check.encoding === "hex" ? s.toLowerCase() : s;
  if (!safeEqual(normalize(given), normalize(`${check.prefix}${digest}`)))
    return "invalid";
  if (!check.timestamp)
    return "ok";
  const { toleranceMs, seen } = check.timestamp;
  const seconds = /^\d{1,12}$/.test(stamp) ? Number(stamp) : NaN;
  if (!Number.isFinite(seconds) || Math.abs(now - seconds * 1e3) > toleranceMs)
    return "stale";
  for (const [signature, expires] of seen)
    if (expires <= now)
      seen.delete(signature);
  if (seen.has(digest))
    return "replayed";
  seen.set(digest, seconds * 1e3 + toleranceMs);
  return "ok";
}
function mapWebhookPayload(plan, payload) {
  if (plan.when && !isTruthy(plan.when(payload)))
    return { kind: "ignored", reason: "the payload does not match the webhook's when rule" };
  const raw2 = getPath(payload, plan.ids);
  const list2 = (Array.isArray(raw2) ? raw2 : [raw2]).filter((v) => v !== void 0 && v !== null && v !== "");
  if (list2.length === 0)
    return { kind: "invalid", message: `the payload has no id at ${plan.idsPath}` };
  const bad = list2.find((v) => typeof v !== "string" && typeof v !== "number");
  if (bad !== void 0)
    return { kind: "invalid", message: `${plan.idsPath} must be an id or a list of ids, not ${JSON.stringify(bad)}` };
  let tenant;
  if (plan.tenant) {
    const value = getPath(payload, plan.tenant);
    if (typeof value !== "string" && typeof value !== "number")
      return { kind: "invalid", message: `the payload has no tenant id at ${plan.tenant.join(".")}` };
    tenant = String(value);
  }
  return { kind: "run", ids: [...new Set(list2)], tenant };
}

// packages/cli/dist/ops/webhook-route.js
function registerWebhookRoute(app, ctx) {
  app.post("/webhooks/:name", async (c) => {
    const name = c.req.param("name");
    const plan = ctx.webhooks.get(name);
    const count = (outcome2) => ctx.metrics.increment("syncengine_webhooks_total", { webhook: plan ? name : "(unknown)", outcome: outcome2 });
    if (!plan) {
      if (!ctx.authorized(c.req.header("authorization")))
        return unauthorized(c, count);
      count("unknown");
      return c.json({ error: "not_found", message: `no webhook "${name}"` }, 404);
    }
    const raw2 = await c.req.text();
    const verdict = verifyWebhook(plan, (header) => c.req.header(header), raw2, ctx.clock.now());
    if (verdict === "replayed") {
      ctx.logger.warn(`webhook ${name}: refused a replayed delivery (its signature was already accepted)`);
      count("replayed");
      return c.json({ error: "replayed", message: "this delivery was already accepted; a replayed webhook is refused" }, 409);
    }
    if (verdict === "stale") {
      const seconds = plan.check.kind === "hmac" ? (plan.check.timestamp?.toleranceMs ?? 0) / 1e3 : 0;
      ctx.logger.warn(`webhook ${name}: refused a delivery whose signed timestamp is more than ${seconds} s from now`);
      return unauthorized(c, count, `webhook timestamp is missing or more than ${seconds} s from now`);
    }
    if (verdict === "none" ? !ctx.authorized(c.req.header("authorization")) : verdict !== "ok") {
      ctx.logger.warn(`webhook ${name}: rejected a delivery (${verdict === "none" ? "no valid bearer token" : `${verdict} signature`})`);
      return unauthorized(c, count, verdict === "none" ? void 0 : `${verdict} webhook signature`);
    }
    let payload;
    try {
      payload = JSON.parse(raw2);
    } catch {
      count("invalid");
      return c.json({ error: "invalid_request", problems: ["body: is not valid JSON"] }, 400);
    }
    if (!payload || typeof payload !== "object" || Array.isArray(payload)) {
      count("invalid");
      return c.json({ error: "invalid_request", problems: ["body: must be a JSON object"] }, 400);
    }
    const outcome = mapWebhookPayload(plan, payload);
    if (outcome.kind === "invalid") {
      count("invalid");
      return c.json({ error: "invalid_request", problems: [`body: ${outcome.message}`] }, 400);
    }
    if (outcome.kind === "ignored") {
      count("ignored");
      return c.json({ runId: null, ignored: true, reason: outcome.reason }, 202);
    }
    try {
      const { run, merged } = ctx.queue.submit({
        pipeline: plan.pipeline.name,
        ...outcome.tenant !== void 0 ? { tenant: outcome.tenant } : {},
        trigger: "webhook",
        strategy: "ids",
        ids: outcome.ids,
        streams: [plan.stream]
      });
      count("accepted");
      return c.json({
        runId: run.runId,
        pipeline: plan.pipeline.name,
        stream: plan.stream,
        ids: outcome.ids,
        ...run.tenant !== void 0 ? { tenant: run.tenant } : {},
        status: run.status,
        ...merged ? { merged: true } : {}
      }, 202);
    } catch (error) {
      return c.json({ error: "unavailable", message: describeError(error) }, 503);
    }
  });
}
function unauthorized(c, count, message = "send Authorization: Bearer <token>") {
  count("unauthorized");
  c.header("WWW-Authenticate", 'Bearer realm="syncengine"');
  return c.json({ error: "unauthorized", message }, 401);
}

// packages/cli/dist/ops/control-plane.js
var MAX_BODY_BYTES = 1024 * 1024;
function createControlPlane(options) {
  if (!options.token)
    throw new Error("the control plane needs an API token");
  const logger = (options.logger ?? createConsola({ level: -999 })).withTag("serve");
  const clock = options.clock ?? SYSTEM_CLOCK;
  const ctx = {
    pipelines: options.pipelines,
    queue: options.queue,
    metrics: options.metrics,
    webhooks: compileWebhooks(options.pipelines.list),
    authorized: (header) => {
      const match = /^Bearer\s+(.+)$/i.exec(header?.trim() ?? "");
      return match !== null && safeEqual(match[1].trim(), options.token);
    },
    clock,
    startedAt: clock.now(),
    retryAfterMs: options.retryAfterMs ?? 9e5,
    batches: /* @__PURE__ */ new Map(),
    logger,
    redact: (text2) => options.pipelines.list.reduce((out, op) => op.pipeline.redactor.redact(out), text2).split(options.token).join("***"),
    redactValue: (value) => options.pipelines.list.reduce((out, op) => op.pipeline.redactor.redactValue(out), value),
    ...options.logBook ? { logBook: options.logBook } : {}
  };
  const keys = pageKeys(options.token);
  const app = new Hono();
  app.use("*", bodyLimit({
    maxSize: MAX_BODY_BYTES,
    onError: (c) => c.json({ error: "invalid_request", problems: [`body: larger than ${MAX_BODY_BYTES} bytes`] }, 413)
  }));
  app.use("*", async (c, next) => {
    if (c.req.path === "/health" || c.req.path.startsWith("/webhooks/") || c.req.path === "/login")
      return next();
    if (c.req.path.startsWith("/ui/") && c.req.path.endsWith(".css"))
      return next();
    if (!ctx.authorized(c.req.header("authorization")) && !hasSession(c, keys)) {
      if (c.req.method === "GET" && (c.req.path === "/" || c.req.path.startsWith("/ui/")))
        return loginPage(c, { status: 401, next: c.req.path });
      c.header("WWW-Authenticate", 'Bearer realm="syncengine"');
      return c.json({ error: "unauthorized", message: "send Authorization: Bearer <token>" }, 401);
    }
    return next();
  });
  app.get("/health", async (c) => {
    try {
      await Promise.all([...new Set(ctx.pipelines.list.map((p) => p.state))].map((state) => state.listRuns({ limit: 1 })));
      return c.json({
        status: "ok",
        state: "ok",
        pipelines: ctx.pipelines.list.length,
        running: ctx.queue.active().filter((r) => r.status === "running").length
      });
    } catch (error) {
      return c.json({ status: "unavailable", state: ctx.redact(describeError(error)) }, 503);
    }
  });
  const enqueuer = "enqueuer" in ctx.queue ? ctx.queue.enqueuer : void 0;
  app.get("/metrics", async (c) => {
    if (enqueuer) {
      const counts = await enqueuer.counts().catch(() => ({}));
      for (const [state, n] of Object.entries(counts))
        ctx.metrics.set("syncengine_queue_jobs", { state }, n);
    }
    return c.text(ctx.metrics.render(), 200, { "Content-Type": "text/plain; version=0.0.4; charset=utf-8" });
  });
  app.get("/dead-letters", async (c) => {
    if (!enqueuer)
      return c.json({ error: "no queue: start serve with --queue to see dead letters" }, 404);
    return c.json({ deadLetters: (await enqueuer.deadLetters(1e3)).map((l) => ({ ...l, error: ctx.redact(l.error) })) });
  });
  app.post("/dead-letters/:id/retry", async (c) => {
    if (!enqueuer)
      return c.json({ error: "no queue: start serve with --queue to see dead letters" }, 404);
    const id = c.req.param("id");
    return await enqueuer.retryDeadLetter(id) ? c.json({ jobId: id, status: "queued" }, 202) : c.json({ error: `no dead letter ${id}` }, 404);
  });
  app.get("/pipelines", async (c) => c.json({ pipelines: await Promise.all(ctx.pipelines.list.map((op) => summary(ctx, op))) }));
  app.get("/pipelines/:name", async (c) => {
    const op = ctx.pipelines.get(c.req.param("name"));
    if (!op)
      return c.json({ error: "not_found", message: `no pipeline "${c.req.param("name")}"` }, 404);
    let targets;
    let targetsError;
    try {
      targets = (await findTargets(op, { now: clock.now(), startedAt: ctx.startedAt, retryAfterMs: ctx.retryAfterMs })).map((t) => ({
        ...t.tenant !== void 0 ? { tenant: t.tenant } : {},
        due: t.due,
        dueAt: t.dueAt === void 0 ? null : new Date(t.dueAt).toISOString(),
        cadence: t.cadence ?? null,
        lastSuccessAt: t.lastSuccessAt ?? null,
        busy: ctx.queue.isBusy(op.name, t.tenant)
      }));
    } catch (error) {
      targetsError = ctx.redact(describeError(error));
    }
    const recent = await op.state.listRuns({ pipeline: op.name, limit: 10 });
    return c.json({
      ...await summary(ctx, op),
      ...targets ? { targets } : {},
      ...targetsError ? { targetsError } : {},
      recentRuns: recent.map((r) => viewRun(r, ctx.queue.get(r.id)))
    });
  });
  registerLoginRoutes(app, options.token, keys);
  registerPageRoutes(app, ctx, keys);
  registerRunRoutes(app, ctx);
  registerStateRoutes(app, ctx);
  registerWebhookRoute(app, ctx);
  app.notFound((c) => c.json({ error: "not_found", message: `no route ${c.req.method} ${c.req.path}` }, 404));
  app.onError((error, c) => {
    const message = ctx.redact(describeError(error));
    logger.error(`${c.req.method} ${c.req.path}: ${message}`);
    return c.json({ error: "internal", message }, 500);
  });
  return app;
}
async function summary(ctx, op) {
  const [last] = await op.state.listRuns({ pipeline: op.name, limit: 1 });
  return {
    name: op.name,
    file: op.pipeline.file,
    description: op.pipeline.definition.description ?? null,
    streams: op.plan.streams.map((s) => ({ name: s.name, ids: s.idsSource !== void 0 })),
    schedule: op.cadence?.describe ?? null,
    scheduled: isScheduled(op),
    tenants: op.plan.tenants ? { frequencyHours: op.plan.tenants.frequencyHours ?? null, concurrency: op.plan.tenants.concurrency } : null,
    webhooks: [...ctx.webhooks.values()].filter((w) => w.pipeline === op).map((w) => ({ name: w.name, stream: w.stream, signed: w.check.kind !== "none" })),
    state: op.stateDescription,
    active: ctx.queue.active().filter((r) => r.pipeline === op.name).map((r) => ({ runId: r.runId, ...r.tenant !== void 0 ? { tenant: r.tenant } : {}, status: r.status })),
    lastRun: last ? viewRun(last, ctx.queue.get(last.id)) : null
  };
}

// packages/cli/dist/commands/serve-command.js
var DEFAULT_TOKEN_ENV = "SYNCENGINE_API_TOKEN";
async function serveCommand(files, options, io, signal) {
  const tokenEnv = options.tokenEnv ?? DEFAULT_TOKEN_ENV;
  const token = io.env[tokenEnv]?.trim();
  if (!token)
    throw new UsageError(`serve needs an API token: set ${tokenEnv}${options.tokenEnv ? "" : " (or name another variable with --token-env)"}; every endpoint but /health requires it`);
  if (token.length < 16)
    throw new UsageError(`${tokenEnv} is too short: use at least 16 characters (e.g. openssl rand -hex 32)`);
  const port = Number(options.port ?? 8080);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new UsageError(`--port ${String(options.port)}: must be a port number`);
  const host = options.host ?? "127.0.0.1";
  const runtime = await openOpsRuntime(files, options, io);
  if (typeof runtime === "number")
    return runtime;
  const { logger } = runtime;
  runtime.redactor.add(token);
  let app;
  try {
    app = createControlPlane({
      pipelines: runtime.pipelines,
      queue: runtime.queue,
      metrics: runtime.metrics,
      logBook: runtime.logBook,
      token,
      retryAfterMs: runtime.retryAfterMs,
      logger,
      // The CLI's clock (tests pass a fixed one): webhook timestamps and due times are judged by it.
      ...io.now ? { clock: { ...SYSTEM_CLOCK, now: io.now } } : {}
    });
  } catch (error) {
    io.stderr.write(`error ${describeError(error)}
`);
    await runtime.close();
    return error instanceof OpsConfigError ? 2 : 1;
  }
  const server = serve({ fetch: app.fetch, port, hostname: host });
  try {
    await new Promise((resolve, reject) => {
      server.once("listening", resolve);
      server.once("error", reject);
    });
  } catch (error) {
    io.stderr.write(`error cannot listen on ${host}:${port}: ${describeError(error)}
`);
    await runtime.close();
    return 1;
  }
  const address = server.address();
  logger.info(`listening on http://${address.family === "IPv6" ? `[${address.address}]` : address.address}:${address.port} (${runtime.pipelines.list.map((p) => p.name).join(", ")})`);
  const scheduler = options.schedule ? createScheduler({
    pipelines: runtime.pipelines,
    queue: runtime.queue,
    checkEveryMs: runtime.checkEveryMs,
    retryAfterMs: runtime.retryAfterMs,
    logger
  }) : void 0;
  scheduler?.start();
  await untilAborted(signal);
  logger.info("stopping: no new runs; running runs finish their current batch and save their state");
  await scheduler?.stop();
  await runtime.queue.close();
  await new Promise((resolve) => {
    server.close(() => resolve());
    if ("closeAllConnections" in server)
      server.closeAllConnections();
  });
  await runtime.close();
  logger.info("stopped");
  return 0;
}
export {
  DEFAULT_TOKEN_ENV,
  serveCommand
};
