import type { RunEvent } from '@syncengine/engine';

/** Options of `createRunProgress`. */
export interface RunProgressOptions {
  /** Where progress goes (stderr). */
  out: { write(text: string): unknown };
  /** A terminal: one line per stream, updated in place. Otherwise plain lines every `intervalMs`. */
  tty: boolean;
  /** The clock, ms since the epoch. @default Date.now */
  now?: () => number;
  /** How often plain (non-TTY) progress lines are written. @default 5000 */
  intervalMs?: number;
  /** Least time between two redraws on a terminal. @default 100 */
  redrawMs?: number;
  /** Schedules the periodic check (so a silent source still gets lines); tests pass their own. @default setInterval, unref'd */
  every?: (fn: () => void, ms: number) => () => void;
}

/** Live progress of a run, fed with its events. */
export interface RunProgress {
  /** Takes in a run event. */
  onEvent(event: RunEvent): void;
  /** A writer for other output (log lines): on a terminal it clears the progress lines, writes, and draws them again. */
  readonly stderr: { write(text: string): unknown };
  /** Draws a last time and stops the timer. */
  stop(): void;
}

interface StreamProgress {
  stream: string;
  read: number;
  written: number;
  total: number | undefined;
  startedAt: number;
  finishedAt: number | undefined;
  status: string;
}

/** `1234567` as `1,234,567`. */
const count = (n: number) => n.toLocaleString('en-US');

/** One stream's progress as a line: records read and written, rate, elapsed time and, with a total, an estimate. */
export function progressLine(p: StreamProgress, now: number): string {
  const elapsedMs = Math.max((p.finishedAt ?? now) - p.startedAt, 1);
  const rate = Math.round((p.read * 1000) / elapsedMs);
  const parts = [
    `${count(p.read)}${p.total !== undefined ? `/${count(p.total)}` : ''} read`,
    `${count(p.written)} written`,
    `${count(rate)}/s`,
    `${(elapsedMs / 1000).toFixed(1)}s`,
  ];
  if (p.total !== undefined && p.finishedAt === undefined && rate > 0 && p.total > p.read)
    parts.push(`~${Math.ceil((p.total - p.read) / rate)}s left`);
  return `${p.stream} ${p.finishedAt === undefined ? 'running' : p.status}: ${parts.join(', ')}`;
}

/**
 * Creates the live progress of `syncengine run`. On a terminal it keeps one line per stream, redrawn
 * in place as pages and batches arrive; otherwise it writes a `progress` line per running stream
 * every `intervalMs`, also while the source is silent.
 */
export function createRunProgress(options: RunProgressOptions): RunProgress {
  const now = options.now ?? Date.now;
  const intervalMs = options.intervalMs ?? 5000;
  const redrawMs = options.redrawMs ?? 100;
  const streams = new Map<string, StreamProgress>();
  let drawn = 0;
  let lastDraw = Number.NEGATIVE_INFINITY;
  let lastPlain = now();

  const clear = () => {
    if (drawn > 0) options.out.write(`\u001b[${drawn}A\r\u001b[J`);
    drawn = 0;
  };
  const draw = () => {
    clear();
    const t = now();
    const lines = [...streams.values()].map((p) => progressLine(p, t));
    if (lines.length) options.out.write(`${lines.join('\n')}\n`);
    drawn = lines.length;
    lastDraw = t;
  };
  const plain = (force: boolean) => {
    const t = now();
    if (!force && t - lastPlain < intervalMs) return;
    lastPlain = t;
    for (const p of streams.values()) if (p.finishedAt === undefined) options.out.write(`progress ${progressLine(p, t)}\n`);
  };
  const tick = () => (options.tty ? draw() : plain(false));
  const every =
    options.every ??
    ((fn: () => void, ms: number) => {
      const timer = setInterval(fn, ms);
      timer.unref();
      return () => clearInterval(timer);
    });
  const cancel = every(tick, options.tty ? Math.max(redrawMs, 250) : Math.min(intervalMs, 1000));

  const of = (stream: string) => {
    let p = streams.get(stream);
    if (!p) {
      p = { stream, read: 0, written: 0, total: undefined, startedAt: now(), finishedAt: undefined, status: 'running' };
      streams.set(stream, p);
    }
    return p;
  };

  return {
    onEvent(event) {
      if (event.type === 'stream_started') of(event.stream);
      else if (event.type === 'page_fetched') {
        const p = of(event.stream);
        p.read += event.records;
        if (event.total !== undefined) p.total = event.total;
      } else if (event.type === 'batch_written') of(event.stream).written += event.records;
      else if (event.type === 'stream_finished') {
        const p = of(event.result.stream);
        Object.assign(p, {
          read: event.result.recordsRead,
          written: event.result.recordsWritten,
          finishedAt: now(),
          status: event.result.status,
        });
        if (options.tty) draw();
        return;
      } else return;
      if (options.tty) {
        if (now() - lastDraw >= redrawMs) draw();
      } else plain(false);
    },
    stderr: {
      write(text: string) {
        if (!options.tty || drawn === 0) return options.out.write(text);
        clear();
        options.out.write(text);
        draw();
        return true;
      },
    },
    stop() {
      cancel();
      if (options.tty) draw();
    },
  };
}
