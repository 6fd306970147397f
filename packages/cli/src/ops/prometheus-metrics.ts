import type { MetricLabels, MetricsRecorder, RunEvent } from '@syncengine/engine';
import type { QueuedRun, RunObserver } from './run-queue.js';

/** Histogram buckets in seconds: from a fast HTTP request to an hour-long run. */
const BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 300, 900, 3600] as const;

type MetricType = 'counter' | 'gauge' | 'histogram';

/**
 * The metrics syncengine itself reports, with their help text. Connectors may report more through
 * `MetricsRecorder`; those appear under their own names.
 */
export const METRICS: Readonly<Record<string, { type: MetricType; help: string }>> = {
  syncengine_runs_total: { type: 'counter', help: 'Runs finished, by pipeline, tenant and status (succeeded, failed, aborted).' },
  syncengine_run_duration_seconds: { type: 'histogram', help: 'Wall time of finished runs, by pipeline.' },
  syncengine_runs_running: { type: 'gauge', help: 'Runs running now, by pipeline.' },
  syncengine_runs_queued: { type: 'gauge', help: 'Runs waiting for their turn or their lock, by pipeline.' },
  syncengine_last_success_timestamp_seconds: {
    type: 'gauge',
    help: 'When the last successful run of a pipeline and tenant finished (Unix seconds).',
  },
  syncengine_records_read_total: { type: 'counter', help: 'Records read from sources, by pipeline and stream.' },
  syncengine_records_written_total: { type: 'counter', help: 'Records committed to sinks, by pipeline and stream.' },
  syncengine_records_rejected_total: { type: 'counter', help: 'Records rejected into quarantine, by pipeline and stream.' },
  syncengine_pages_fetched_total: { type: 'counter', help: 'Source pages fetched, by pipeline and stream.' },
  syncengine_webhooks_total: {
    type: 'counter',
    help: 'Webhook deliveries, by webhook and outcome (accepted, ignored, unauthorized, invalid, replayed).',
  },
  syncengine_http_requests_total: {
    type: 'counter',
    help: 'HTTP requests made by connectors, by pipeline, connection, method and status (a code such as 200 or 429, timeout, network_error).',
  },
  syncengine_http_request_duration_seconds: { type: 'histogram', help: 'HTTP request latency, by pipeline, connection and method.' },
  syncengine_http_retries_total: {
    type: 'counter',
    help: 'HTTP requests retried, by pipeline, connection and reason (429, 503, timeout, ...).',
  },
  syncengine_http_circuit_state: {
    type: 'gauge',
    help: 'Circuit breaker state by pipeline and connection: 0 closed, 1 half-open, 2 open.',
  },
  syncengine_http_cache_hits_total: {
    type: 'counter',
    help: 'Requests answered from the response cache (response_cache) instead of the API, by pipeline and connection.',
  },
  syncengine_http_cache_misses_total: {
    type: 'counter',
    help: 'Requests of streams with a response_cache that found no fresh cached answer and went to the API, by pipeline and connection.',
  },
  syncengine_http_cache_hit_ratio: {
    type: 'gauge',
    help: 'Hits over hits and misses of the response cache since the process started, by pipeline and connection (0 to 1).',
  },
  syncengine_http_cache_invalidated_total: {
    type: 'counter',
    help: 'Cached answers dropped because a webhook named a record they hold, by pipeline and connection.',
  },
  syncengine_stream_records_per_second: {
    type: 'gauge',
    help: 'Records read per second of wall time by the last finished run of a stream, by pipeline and stream.',
  },
  syncengine_query_duration_seconds: { type: 'histogram', help: 'Time to answer a read-only query of queries:, by query.' },
  syncengine_errors_total: {
    type: 'counter',
    help: 'Errors by pipeline, stream and class (network, rate_limit, authentication, server, database, validation, config, other): one per failed stream, and one of class validation per rejected record.',
  },
};

/**
 * A recorder that adds `labels` (e.g. `{ pipeline }`) to everything reported through it, so two
 * pipelines that both name a connection `api` report two series. Its labels win over a reporter's.
 */
export function withMetricLabels(recorder: MetricsRecorder, labels: MetricLabels): MetricsRecorder {
  return {
    increment: (name, own, by) => recorder.increment(name, { ...labels, ...own, ...labels }, by),
    observe: (name, own, value) => recorder.observe(name, { ...labels, ...own, ...labels }, value),
    set: (name, own, value) => recorder.set(name, { ...labels, ...own, ...labels }, value),
  };
}

interface Series {
  labels: MetricLabels;
  value: number;
  /** Histograms: count per bucket (not cumulative), sum and count. */
  buckets?: number[];
  sum?: number;
}

interface Family {
  type: MetricType;
  help: string;
  series: Map<string, Series>;
}

/** A metrics recorder that renders the Prometheus text format and follows a run queue. */
export interface PrometheusMetrics extends MetricsRecorder, RunObserver {
  /** Every metric in the Prometheus text exposition format (version 0.0.4). */
  render(): string;
}

/**
 * Creates the recorder behind `GET /metrics`: connectors report request counts, latencies,
 * retries and circuit states through it, and as a `RunObserver` of the run queue it counts runs
 * and records.
 */
export function createPrometheusMetrics(): PrometheusMetrics {
  const families = new Map<string, Family>();
  /** Records counted so far per run and stream, so the end of a stream adds only the rest. */
  const counted = new Map<string, { read: number; written: number; rejected: number }>();
  for (const [name, meta] of Object.entries(METRICS)) families.set(name, { ...meta, series: new Map() });
  const active = new Map<string, { pipeline: string; status: string }>();

  const seriesOf = (rawName: string, type: MetricType, labels: MetricLabels): Series | undefined => {
    const name = metricName(rawName);
    let family = families.get(name);
    if (!family) {
      family = { type, help: `Reported by a connector (${type}).`, series: new Map() };
      families.set(name, family);
    }
    if (family.type !== type) return undefined;
    const clean = cleanLabels(labels);
    const key = JSON.stringify(Object.entries(clean).sort(([a], [b]) => a.localeCompare(b)));
    let series = family.series.get(key);
    if (!series) {
      series = { labels: clean, value: 0, ...(type === 'histogram' ? { buckets: BUCKETS.map(() => 0), sum: 0 } : {}) };
      family.series.set(key, series);
    }
    return series;
  };

  const recorder: MetricsRecorder = {
    increment(name, labels, by = 1) {
      const series = seriesOf(name, 'counter', labels);
      if (series && Number.isFinite(by) && by >= 0) series.value += by;
    },
    observe(name, labels, value) {
      const series = seriesOf(name, 'histogram', labels);
      if (!series || !Number.isFinite(value)) return;
      series.value += 1;
      series.sum! += value;
      const index = BUCKETS.findIndex((le) => value <= le);
      if (index >= 0) series.buckets![index]! += 1;
    },
    set(name, labels, value) {
      const series = seriesOf(name, 'gauge', labels);
      if (series) series.value = value;
    },
  };

  const countActive = (pipeline: string) => {
    const runs = [...active.values()].filter((r) => r.pipeline === pipeline);
    recorder.set('syncengine_runs_running', { pipeline }, runs.filter((r) => r.status === 'running').length);
    recorder.set('syncengine_runs_queued', { pipeline }, runs.filter((r) => r.status === 'queued').length);
  };

  return {
    ...recorder,
    onRun(run: QueuedRun) {
      if (run.status === 'queued' || run.status === 'running') active.set(run.runId, { pipeline: run.pipeline, status: run.status });
      else {
        active.delete(run.runId);
        recorder.increment('syncengine_runs_total', { pipeline: run.pipeline, tenant: run.tenant ?? '', status: run.status });
        if (run.startedAt && run.finishedAt) {
          recorder.observe(
            'syncengine_run_duration_seconds',
            { pipeline: run.pipeline },
            (Date.parse(run.finishedAt) - Date.parse(run.startedAt)) / 1000,
          );
        }
        if (run.status === 'succeeded' && run.finishedAt) {
          recorder.set(
            'syncengine_last_success_timestamp_seconds',
            { pipeline: run.pipeline, tenant: run.tenant ?? '' },
            Date.parse(run.finishedAt) / 1000,
          );
        }
      }
      countActive(run.pipeline);
    },
    onEvent(run: QueuedRun, event: RunEvent) {
      // Record counters move per page and batch; a stream's end adds what the events did not show (a replay reads no pages).
      const stream = event.type === 'stream_finished' ? event.result.stream : 'stream' in event ? event.stream : undefined;
      if (stream === undefined) return;
      const labels = { pipeline: run.pipeline, stream };
      const key = `${run.runId}\u0000${stream}`;
      const seen = counted.get(key) ?? { read: 0, written: 0, rejected: 0 };
      counted.set(key, seen);
      // A stream's end always touches its three series, so a count of 0 is exported too.
      const add = (what: 'read' | 'written' | 'rejected', n: number) => {
        if (n < 0 || (n === 0 && event.type !== 'stream_finished')) return;
        seen[what] += n;
        recorder.increment(`syncengine_records_${what}_total`, labels, n);
      };
      if (event.type === 'page_fetched') {
        recorder.increment('syncengine_pages_fetched_total', labels);
        add('read', event.records);
      } else if (event.type === 'batch_written') add('written', event.records);
      else if (event.type === 'record_rejected') {
        add('rejected', 1);
        recorder.increment('syncengine_errors_total', { ...labels, class: 'validation' });
      } else if (event.type === 'stream_finished') {
        const r = event.result;
        if (r.status === 'succeeded' && r.durationMs > 0)
          recorder.set('syncengine_stream_records_per_second', labels, Math.round((r.recordsRead / r.durationMs) * 10_000) / 10);
        if (r.status === 'failed') recorder.increment('syncengine_errors_total', { ...labels, class: r.errorClass ?? 'other' });
        add('read', event.result.recordsRead - seen.read);
        add('written', event.result.recordsWritten - seen.written);
        add('rejected', event.result.recordsRejected - seen.rejected);
        counted.delete(key);
      }
    },
    render: () => {
      deriveHitRatios(families, recorder);
      return renderFamilies(families);
    },
  };
}

/** `syncengine_http_cache_hit_ratio` from the hit and miss counters, per label set. */
function deriveHitRatios(families: Map<string, Family>, recorder: MetricsRecorder): void {
  const hits = families.get('syncengine_http_cache_hits_total')?.series ?? new Map<string, Series>();
  const misses = families.get('syncengine_http_cache_misses_total')?.series ?? new Map<string, Series>();
  for (const key of new Set([...hits.keys(), ...misses.keys()])) {
    const hit = hits.get(key)?.value ?? 0;
    const miss = misses.get(key)?.value ?? 0;
    const labels = (hits.get(key) ?? misses.get(key))!.labels;
    if (hit + miss > 0) recorder.set('syncengine_http_cache_hit_ratio', labels, Math.round((hit / (hit + miss)) * 10_000) / 10_000);
  }
}

function renderFamilies(families: Map<string, Family>): string {
  const lines: string[] = [];
  for (const [name, family] of families) {
    lines.push(`# HELP ${name} ${family.help.replace(/\\/g, '\\\\').replace(/\n/g, '\\n')}`, `# TYPE ${name} ${family.type}`);
    for (const series of family.series.values()) {
      if (family.type !== 'histogram') {
        lines.push(`${name}${renderLabels(series.labels)} ${formatNumber(series.value)}`);
        continue;
      }
      let cumulative = 0;
      BUCKETS.forEach((le, i) => {
        cumulative += series.buckets![i]!;
        lines.push(`${name}_bucket${renderLabels(series.labels, { le: String(le) })} ${cumulative}`);
      });
      lines.push(`${name}_bucket${renderLabels(series.labels, { le: '+Inf' })} ${series.value}`);
      lines.push(`${name}_sum${renderLabels(series.labels)} ${formatNumber(series.sum!)}`);
      lines.push(`${name}_count${renderLabels(series.labels)} ${series.value}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

function renderLabels(labels: MetricLabels, extra: MetricLabels = {}): string {
  const all = { ...labels, ...extra };
  const parts = Object.entries(all).map(([k, v]) => `${k}="${v.replace(/\\/g, '\\\\').replace(/\n/g, '\\n').replace(/"/g, '\\"')}"`);
  return parts.length ? `{${parts.join(',')}}` : '';
}

function formatNumber(value: number): string {
  if (Number.isNaN(value)) return 'NaN';
  if (value === Infinity) return '+Inf';
  if (value === -Infinity) return '-Inf';
  return String(value);
}

/** Prometheus names allow letters, digits, `_` and `:`, not starting with a digit. */
function metricName(name: string): string {
  const clean = name.replace(/[^a-zA-Z0-9_:]/g, '_');
  return /^[0-9]/.test(clean) ? `_${clean}` : clean;
}

function cleanLabels(labels: MetricLabels): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(labels)) {
    const key = k.replace(/[^a-zA-Z0-9_]/g, '_').replace(/^(?=[0-9])/, '_');
    if (key === 'le' || key.startsWith('__')) continue;
    out[key] = String(v);
  }
  return out;
}
