import { html } from 'hono/html';
import type { RunView } from '../run-view.js';
import { duration, statusBadge, table, type Html } from './_layout.js';

/** One pipeline on the overview. */
export interface PipelineRow {
  name: string;
  description: string | null;
  schedule: string | null;
  /** The next time a target is due (ISO), `now` when one is due, or why it is unknown. */
  nextDue: string;
  lastRun: RunView | null;
  active: number;
}

/** A run as one table row, linking to its detail. */
export function runRow(run: RunView, options: { pipeline?: boolean } = {}): Html {
  return html`<tr>
    <td><a href="/ui/runs/${encodeURIComponent(run.id)}" class="mono">${run.id.slice(0, 8)}</a></td>
    ${options.pipeline === false ? '' : html`<td><a href="/ui/pipelines/${encodeURIComponent(run.pipeline)}">${run.pipeline}</a></td>`}
    <td>${run.tenant ?? ''}</td>
    <td>${statusBadge(run.status)}</td>
    <td>${run.trigger}${run.strategy ? ` (${run.strategy})` : ''}</td>
    <td>${run.startedAt ?? run.queuedAt ?? ''}</td>
    <td class="num">${duration(run.durationMs)}</td>
    <td class="num">${run.records.read}</td>
    <td class="num">${run.records.written}</td>
    <td class="num">${run.records.rejected}</td>
    <td>${run.error ?? (run.waitingFor ? `waits for ${run.waitingFor}` : '')}</td>
  </tr>`;
}

/** The header of a table of `runRow`s. */
export function runHeader(options: { pipeline?: boolean } = {}): string[] {
  return [
    'Run',
    ...(options.pipeline === false ? [] : ['Pipeline']),
    'Tenant',
    'Status',
    'Trigger',
    'Started',
    'Duration',
    'Read',
    'Written',
    'Rejected',
    'Error',
  ];
}

/** The main page: every served pipeline with its schedule and next due time, and the latest runs. */
export function renderOverview(pipelines: readonly PipelineRow[], runs: readonly RunView[]): Html {
  const rows = pipelines.map(
    (p) =>
      html`<tr>
        <td>
          <a href="/ui/pipelines/${encodeURIComponent(p.name)}">${p.name}</a
          >${p.description ? html`<br /><span class="muted">${p.description}</span>` : ''}
        </td>
        <td>${p.schedule ?? 'not scheduled'}</td>
        <td>${p.nextDue}</td>
        <td>
          ${p.lastRun ? html`${statusBadge(p.lastRun.status)} <a href="/ui/runs/${encodeURIComponent(p.lastRun.id)}">${p.lastRun.startedAt ?? p.lastRun.queuedAt ?? ''}</a>` : 'never ran'}
        </td>
        <td class="num">${p.active}</td>
      </tr>`,
  );
  return html`<h1>Pipelines</h1>
    <section id="pipelines" data-live aria-live="polite">
      ${table('Served pipelines', ['Pipeline', 'Schedule', 'Next due', 'Last run', 'Active runs'], rows, 'No pipelines are served.')}
    </section>
    <h2>Recent runs</h2>
    <section id="runs" data-live aria-live="polite">
      ${table(
        'Latest runs of every pipeline, newest first',
        runHeader(),
        runs.map((r) => runRow(r)),
        'No runs yet.',
      )}
    </section>`;
}
