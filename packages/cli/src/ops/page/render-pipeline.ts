import { html } from 'hono/html';
import type { CursorHistoryEntry, QuarantinedRecord, RunRecord, StoredCursor } from '@syncengine/engine';
import { cursorText, duration, statusBadge, table, type Html } from './_layout.js';

/** What the pipeline page shows. */
export interface PipelinePageData {
  name: string;
  file: string;
  description: string | null;
  schedule: string | null;
  state: string;
  streams: readonly string[];
  /** Its tenants and when each is due, or undefined for a single-tenant pipeline. */
  targets: readonly { tenant?: string; due: boolean; dueAt: string | null; lastSuccessAt: string | null; busy: boolean }[];
  targetsError?: string;
  tenanted: boolean;
  runs: readonly RunRecord[];
  cursors: readonly StoredCursor[];
  history: readonly CursorHistoryEntry[];
  quarantine: readonly QuarantinedRecord[];
  csrf: string;
}

const base = (name: string) => `/ui/pipelines/${encodeURIComponent(name)}`;
const hidden = (csrf: string) => html`<input type="hidden" name="csrf" value="${csrf}" />`;

function triggerForm(d: PipelinePageData): Html {
  const tenants = d.targets.filter((t) => t.tenant !== undefined);
  return html`<form method="post" action="${base(d.name)}/runs" aria-labelledby="trigger-title">
    <h2 id="trigger-title">Run now</h2>
    ${hidden(d.csrf)}
    <fieldset>
      <legend>Streams (none ticked: every stream)</legend>
      ${d.streams.map((s, i) => html`<label><input type="checkbox" name="streams" value="${s}" id="stream-${i}" /> ${s}</label>`)}
    </fieldset>
    ${
      d.tenanted
        ? html`<fieldset>
            <legend>Tenants (none ticked: every tenant)</legend>
            ${tenants.map((t, i) => html`<label><input type="checkbox" name="tenants" value="${t.tenant}" id="tenant-${i}" /> ${t.tenant}</label>`)}
            ${tenants.length === 0 ? html`<label for="tenants-text">Tenant ids, comma-separated</label> <input type="text" id="tenants-text" name="tenants_text" />` : ''}
          </fieldset>`
        : ''
    }
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

function runsTable(d: PipelinePageData): Html {
  const rows = d.runs.flatMap((run) => {
    const cells = (
      stream: string,
      status: string,
      read: number,
      written: number,
      rejected: number,
      ms: number | undefined,
      error: string | undefined,
    ) =>
      html`<tr>
        <td><a href="/ui/runs/${encodeURIComponent(run.id)}" class="mono">${run.id.slice(0, 8)}</a></td>
        <td>${run.tenant ?? ''}</td>
        <td>${stream}</td>
        <td>${statusBadge(status)}</td>
        <td>${run.trigger}</td>
        <td>${run.startedAt}</td>
        <td class="num">${duration(ms)}</td>
        <td class="num">${read}</td>
        <td class="num">${written}</td>
        <td class="num">${rejected}</td>
        <td>${error ?? ''}</td>
      </tr>`;
    if (run.streams.length === 0) return [cells('', run.status, 0, 0, 0, undefined, run.error)];
    return run.streams.map((s) =>
      cells(
        s.stream,
        s.status,
        s.recordsRead,
        s.recordsWritten,
        s.recordsRejected,
        s.finishedAt ? Date.parse(s.finishedAt) - Date.parse(s.startedAt) : undefined,
        s.error ?? run.error,
      ),
    );
  });
  return table(
    'Recent runs per stream and tenant, newest first',
    ['Run', 'Tenant', 'Stream', 'Status', 'Trigger', 'Started', 'Duration', 'Read', 'Written', 'Rejected', 'Error'],
    rows,
    'No runs yet.',
  );
}

function cursorForms(d: PipelinePageData): Html {
  const rows = d.cursors.map((c, i) => {
    const key = html`<input type="hidden" name="stream" value="${c.stream}" /><input
        type="hidden"
        name="tenant"
        value="${c.tenant ?? ''}"
      /><input type="hidden" name="partition" value="${c.partition ?? ''}" />${hidden(d.csrf)}`;
    return html`<tr>
      <td>${c.stream}</td>
      <td>${c.tenant ?? ''}</td>
      <td>${c.partition ?? ''}</td>
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
          ${key}<button type="submit" aria-label="Reset the cursor of ${c.stream}${c.tenant ? ` tenant ${c.tenant}` : ''}">Reset</button>
        </form>
      </td>
    </tr>`;
  });
  return table(
    'Stored cursors per stream, tenant and partition',
    ['Stream', 'Tenant', 'Partition', 'Cursor', 'Updated', 'Change'],
    rows,
    'No stored cursors: the next run of each incremental stream reads from the start.',
  );
}

function historyTable(d: PipelinePageData): Html {
  const rows = d.history.map(
    (e) =>
      html`<tr>
        <td>${e.at}</td>
        <td>${e.stream}</td>
        <td>${e.tenant ?? ''}</td>
        <td>${e.partition ?? ''}</td>
        <td>${e.action}</td>
        <td class="mono">${cursorText(e.value)}</td>
        <td>${e.runId ? html`<a href="/ui/runs/${encodeURIComponent(e.runId)}" class="mono">${e.runId.slice(0, 8)}</a>` : ''}</td>
        <td>${e.actor}</td>
        <td>${e.note ?? ''}</td>
      </tr>`,
  );
  return table(
    'Cursor history, newest first',
    ['At', 'Stream', 'Tenant', 'Partition', 'Action', 'Cursor', 'Run', 'By', 'Note'],
    rows,
    'No cursor changes yet.',
  );
}

function quarantineTable(d: PipelinePageData): Html {
  const rows = d.quarantine.map(
    (q) =>
      html`<tr>
        <td class="mono">${q.id.slice(0, 12)}</td>
        <td>${q.stream}</td>
        <td>${q.tenant ?? ''}</td>
        <td>${q.recordKey}</td>
        <td>
          <ul>
            ${q.reasons.map((r) => html`<li>${r}</li>`)}
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
      </tr>`,
  );
  return html`${table('Open quarantined records, oldest first', ['Id', 'Stream', 'Tenant', 'Key', 'Reasons', 'Rejected at', 'Replay'], rows, 'Nothing in quarantine.')}
  ${
    d.quarantine.length > 1
      ? html`<form method="post" action="${base(d.name)}/quarantine/replay">
          ${hidden(d.csrf)}
          <p><button type="submit">Replay all ${d.quarantine.length} records</button></p>
        </form>`
      : ''
  }`;
}

/** A pipeline's page: schedule and due targets, trigger form, runs, cursors and their history, quarantine. */
export function renderPipeline(d: PipelinePageData): Html {
  const targets = d.targets.map(
    (t) =>
      html`<tr>
        <td>${t.tenant ?? '(the pipeline)'}</td>
        <td>${t.busy ? 'running' : t.due ? 'due now' : 'not due'}</td>
        <td>${t.dueAt ?? ''}</td>
        <td>${t.lastSuccessAt ?? 'never'}</td>
      </tr>`,
  );
  return html`<h1>${d.name}</h1>
    <dl class="facts">
      <dt>File</dt>
      <dd class="mono">${d.file}</dd>
      ${
        d.description
          ? html`<dt>Description</dt>
              <dd>${d.description}</dd>`
          : ''
      }
      <dt>Schedule</dt>
      <dd>${d.schedule ?? 'not scheduled'}</dd>
      <dt>State</dt>
      <dd class="mono">${d.state}</dd>
    </dl>
    <section id="targets" data-live aria-live="polite">
      <h2>Due</h2>
      ${d.targetsError ? html`<p class="notice error">${d.targetsError}</p>` : table('When each target is due', ['Target', 'Now', 'Next due', 'Last success'], targets, 'Nothing to schedule.')}
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
