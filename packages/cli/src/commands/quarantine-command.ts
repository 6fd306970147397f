import {
  createEngine,
  createStateStore,
  defaultStatePath,
  describeError,
  type QuarantinedRecord,
  type StateStore,
} from '@syncengine/engine';
import { BUILTIN_CONNECTORS } from '@syncengine/connectors';
import type { CliIo } from '../output/cli-io.js';
import { createCliLogger } from '../output/cli-logger.js';
import { renderSummary } from '../output/render-summary.js';
import { loadOrReport } from './load-or-report.js';
import { parseVars } from './parse-vars.js';
import { UsageError } from './usage-error.js';

/** Options of `syncengine quarantine`. */
export interface QuarantineCommandOptions {
  stream?: string | string[];
  status?: string;
  state?: string;
  var?: string | string[];
  debug?: boolean;
  json?: boolean;
}

const ACTIONS = ['list', 'show', 'replay'] as const;

/**
 * `syncengine quarantine list|show|replay <pipeline> [ids...]`: inspect the records a pipeline
 * rejected, and send them through the (fixed) transforms and sinks again.
 */
export async function quarantineCommand(
  action: string,
  file: string,
  ids: string[],
  options: QuarantineCommandOptions,
  io: CliIo,
): Promise<number> {
  if (!(ACTIONS as readonly string[]).includes(action))
    throw new UsageError(`quarantine ${action}: the action must be one of ${ACTIONS.join(', ')}`);
  const streams = (Array.isArray(options.stream) ? options.stream : options.stream ? [options.stream] : []).flatMap((s) =>
    String(s).split(','),
  );
  const status = options.status ?? 'open';
  if (!['open', 'replayed', 'all'].includes(status)) throw new UsageError(`--status ${status}: must be one of open, replayed, all`);
  if (action === 'show' && ids.length === 0)
    throw new UsageError('quarantine show: give the id of at least one record (see quarantine list)');

  const engine = createEngine({ connectors: BUILTIN_CONNECTORS });
  const pipeline = await loadOrReport(engine, file, { vars: parseVars(options.var), env: io.env }, io);
  if (!pipeline) return 2;
  const stateLocation = options.state ?? io.env.SYNCENGINE_STATE ?? defaultStatePath(pipeline);
  let state: StateStore;
  try {
    state = await createStateStore(stateLocation, { baseDir: io.cwd });
  } catch (error) {
    io.stderr.write(`error ${pipeline.redactor.redact(describeError(error))}\n`);
    return 1;
  }
  try {
    const filter = { pipeline: pipeline.name, status: action === 'replay' ? ('open' as const) : (status as 'open' | 'replayed' | 'all') };
    // Ids may be given as printed by `list` (the first 12 characters) or whole.
    const matches = (id: string) => ids.length === 0 || ids.some((given) => id.startsWith(given));
    const entries = (await state.quarantine.list({ ...filter, limit: 100_000 })).filter(
      (e) => (streams.length === 0 || streams.includes(e.stream)) && matches(e.id),
    );
    const ambiguous = ids.filter((given) => entries.filter((e) => e.id.startsWith(given)).length > 1 && given.length < 32);
    if (action === 'show' && ambiguous.length) {
      io.stderr.write(`error id ${ambiguous.join(', ')} matches several records; give more characters\n`);
      return 2;
    }
    const fullIds = entries.map((e) => e.id);

    if (action === 'list') {
      if (options.json) io.stdout.write(`${JSON.stringify(entries, null, 2)}\n`);
      else io.stdout.write(renderList(entries, status));
      return 0;
    }
    if (action === 'show') {
      if (entries.length === 0) {
        io.stderr.write(`error no quarantined record with id ${ids.join(', ')} in ${pipeline.name}\n`);
        return 1;
      }
      io.stdout.write(options.json ? `${JSON.stringify(entries, null, 2)}\n` : entries.map(renderEntry).join('\n'));
      return 0;
    }

    if (entries.length === 0) {
      io.stdout.write(
        `nothing to replay: ${pipeline.name} has no open quarantined records${streams.length ? ` in ${streams.join(', ')}` : ''}\n`,
      );
      return 0;
    }
    const toReplay = [...new Set(entries.map((e) => e.stream))];
    const { logger, close } = createCliLogger({ io, redactor: pipeline.redactor, debug: options.debug ?? false, logDir: undefined });
    try {
      const result = await engine.run(pipeline, {
        state,
        logger,
        streams: toReplay,
        trigger: 'replay',
        replay: ids.length ? { ids: fullIds } : {},
        output: io.stdout,
      });
      io.stdout.write(`\n${pipeline.redactor.redact(renderSummary(result))}`);
      return result.status === 'succeeded' ? 0 : 1;
    } finally {
      await close();
    }
  } finally {
    await state.close();
  }
}

function renderList(entries: QuarantinedRecord[], status: string): string {
  if (entries.length === 0) return `no ${status === 'all' ? '' : `${status} `}quarantined records\n`;
  const header = ['id', 'stream', 'key', 'status', 'rejected at', 'reason'];
  const rows = entries.map((e) => [e.id.slice(0, 12), e.stream, e.recordKey, e.status, e.createdAt, truncate(e.reasons.join('; '), 80)]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => c.padEnd(widths[i]!))
      .join('  ')
      .trimEnd();
  return `${[line(header), ...rows.map(line)].join('\n')}\n${entries.length} record${entries.length === 1 ? '' : 's'}\n`;
}

function renderEntry(e: QuarantinedRecord): string {
  return [
    `id:       ${e.id}`,
    `stream:   ${e.stream}`,
    `key:      ${e.recordKey}`,
    `status:   ${e.status}${e.resolvedRunId ? ` (by run ${e.resolvedRunId} at ${e.resolvedAt ?? '?'})` : ''}`,
    `run:      ${e.runId} at ${e.createdAt}`,
    'reasons:',
    ...e.reasons.map((r) => `  - ${r}`),
    'record:',
    JSON.stringify(e.record, null, 2).replace(/^/gm, '  '),
    '',
  ].join('\n');
}

function truncate(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
