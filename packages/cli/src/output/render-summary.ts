import type { RunResult } from '@syncengine/engine';

/** The one-screen summary printed after a run: one line per stream. */
export function renderSummary(result: RunResult): string {
  const header = ['stream', 'status', 'read', 'written', 'inserted', 'updated', 'unchanged', 'rejected', 'cursor'];
  const rows = result.streams.map((s) => [
    s.stream,
    s.status,
    String(s.recordsRead),
    String(s.recordsWritten),
    String(s.inserted),
    String(s.updated),
    String(s.skipped),
    String(s.recordsRejected),
    formatCursor(s.cursorBefore, s.cursorAfter),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (i >= 2 && i <= 7 ? c.padStart(widths[i]!) : c.padEnd(widths[i]!)))
      .join('  ')
      .trimEnd();
  const seconds = (result.durationMs / 1000).toFixed(1);
  const title = `${result.dryRun ? 'Dry run' : 'Run'} ${result.runId} of ${result.pipeline}: ${result.status} in ${seconds}s`;
  const out = [title, '', line(header), ...rows.map(line)];
  const errors = result.streams.filter((s) => s.error);
  if (errors.length) {
    out.push('');
    for (const s of errors) out.push(`${s.stream}: ${s.error}`);
  }
  if (result.dryRun) out.push('', 'Dry run: nothing was written and no cursor was saved.');
  return `${out.join('\n')}\n`;
}

function formatCursor(before: unknown, after: unknown): string {
  if (before === undefined && after === undefined) return '-';
  const show = (v: unknown) => (v === undefined || v === null ? '(start)' : typeof v === 'string' ? v : JSON.stringify(v));
  return JSON.stringify(before) === JSON.stringify(after) ? `${show(after)} (unchanged)` : `${show(before)} -> ${show(after)}`;
}
