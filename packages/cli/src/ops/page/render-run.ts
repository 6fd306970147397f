import { html } from 'hono/html';
import type { RunView } from '../run-view.js';
import type { RunLog } from '../run-log-book.js';
import { duration, statusBadge, table, type Html } from './_layout.js';
import { runHeader, runRow } from './render-overview.js';

/** A run's detail: what it did per stream, and its log lines while this process remembers them. */
export function renderRun(run: RunView, log: RunLog | undefined): Html {
  const streams = run.streams.map(
    (s) =>
      html`<tr>
        <td>${s.stream}</td>
        <td>${statusBadge(s.status)}</td>
        <td class="num">${s.read}</td>
        <td class="num">${s.written}</td>
        <td class="num">${s.rejected}</td>
        <td>${s.error ?? ''}</td>
      </tr>`,
  );
  const lines = log?.lines.map((l) => html`<span class="${l.level}">${l.at} ${l.level.padEnd(5)} ${l.message}</span> `);
  return html`<h1>Run <span class="mono">${run.id}</span></h1>
    <section id="run" data-live aria-live="polite">
      <dl class="facts">
        <dt>Pipeline</dt>
        <dd><a href="/ui/pipelines/${encodeURIComponent(run.pipeline)}">${run.pipeline}</a></dd>
        ${
          run.tenant
            ? html`<dt>Tenant</dt>
                <dd>${run.tenant}</dd>`
            : ''
        }
        <dt>Status</dt>
        <dd id="run-status">${statusBadge(run.status)}</dd>
        <dt>Trigger</dt>
        <dd>${run.trigger}${run.strategy ? ` (${run.strategy})` : ''}${run.only ? `, streams ${run.only.join(', ')}` : ''}</dd>
        <dt>Started</dt>
        <dd>${run.startedAt ?? `queued at ${run.queuedAt ?? '?'}`}</dd>
        ${
          run.finishedAt
            ? html`<dt>Finished</dt>
                <dd>${run.finishedAt} (${duration(run.durationMs)})</dd>`
            : ''
        }
        <dt>Records</dt>
        <dd>${run.records.read} read, ${run.records.written} written, ${run.records.rejected} rejected</dd>
        ${
          run.error
            ? html`<dt>Error</dt>
                <dd>${run.error}</dd>`
            : ''
        }
        ${
          run.waitingFor
            ? html`<dt>Waiting for</dt>
                <dd>${run.waitingFor}</dd>`
            : ''
        }
      </dl>
      <h2>Streams</h2>
      ${table('Streams of this run', ['Stream', 'Status', 'Read', 'Written', 'Rejected', 'Error'], streams, 'No stream has started yet.')}
      <h2>Log</h2>
      ${
        log
          ? html`${log.dropped ? html`<p class="muted">${log.dropped} earlier lines are not kept.</p>` : ''}
              <pre class="log" tabindex="0" aria-label="Log lines">${lines}</pre>`
          : html`<p class="empty">
              This process did not run it, or no longer remembers its log lines: see the log files of the process that ran it.
            </p>`
      }
    </section>`;
}

/** A batch of tenant runs that one request started. */
export function renderBatch(id: string, pipeline: string, status: string, runs: readonly RunView[]): Html {
  return html`<h1>Runs of ${pipeline} <span class="mono">${id.slice(0, 8)}</span></h1>
    <section id="run" data-live aria-live="polite">
      <p>Status: <span id="run-status">${statusBadge(status)}</span></p>
      ${table(
        'One run per tenant',
        runHeader({ pipeline: false }),
        runs.map((r) => runRow(r, { pipeline: false })),
        'No runs.',
      )}
    </section>`;
}
