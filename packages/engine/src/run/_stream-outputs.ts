import type { ConsolaInstance } from 'consola';
import type { Connection, StreamWriter, SyncRecord, WriteContext, WriteResult } from '../connector/connector.js';
import { describeError, SinkError, SyncError } from '../errors.js';
import type { Redactor } from '../logging/redactor.js';
import type { EndpointPlan, StreamPlan } from '../plan/plan-types.js';
import { prepareSteps, type RecordStep, type StepEnv } from './step-handlers.js';

/** An `also` output: its own steps over the stream's output records, and its own writer. */
export interface ExtraOutput {
  readonly label: string;
  readonly connection: string;
  readonly step: RecordStep;
  readonly writer: StreamWriter;
}

/** What opening a stream's outputs needs. */
export interface OutputsContext {
  readonly dryRun: boolean;
  /** The writers write one partition of a stream another process's run owns (`WriterContext.share`). */
  readonly share?: boolean;
  readonly tenant: string | undefined;
  readonly redactor: Redactor;
  readonly logger: ConsolaInstance;
  readonly output: { write(text: string): unknown };
  readonly env: StepEnv;
  openConnection(endpoint: EndpointPlan): Promise<Connection>;
  render(value: unknown, extra?: Readonly<Record<string, unknown>>): unknown;
}

/**
 * The writers of one stream: its sink and its `also` outputs (or dry-run printers). Writes are
 * serialised: partitions read at the same time take turns, so a sink sees one batch at a time.
 */
export class StreamOutputs {
  readonly extras: ExtraOutput[] = [];
  private main: StreamWriter | undefined;
  private turn: Promise<unknown> = Promise.resolve();

  private constructor(private readonly ctx: OutputsContext) {}

  static async open(plan: StreamPlan, ctx: OutputsContext): Promise<StreamOutputs> {
    const outputs = new StreamOutputs(ctx);
    try {
      outputs.main = ctx.dryRun ? dryRunWriter(plan.name, ctx) : await openWriter(plan.name, plan.sink, ctx);
      for (const [i, extra] of plan.also.entries()) {
        const label = `${plan.name}.also[${i}]`;
        outputs.extras.push({
          label,
          connection: extra.sink.connection,
          step: await prepareSteps(extra.steps, ctx.env),
          writer: ctx.dryRun ? dryRunWriter(label, ctx) : await openWriter(plan.name, extra.sink, ctx),
        });
      }
    } catch (error) {
      await outputs.close();
      throw error;
    }
    return outputs;
  }

  /** Runs `work` once every earlier turn has finished: one batch at a time reaches the sinks. */
  exclusive<T>(work: () => Promise<T>): Promise<T> {
    const run = this.turn.then(work, work);
    this.turn = run.catch(() => undefined);
    return run;
  }

  /** Whether every writer can take a share of the stream in another process (`StreamWriter.shareable`). */
  shareable(): boolean {
    return this.main?.shareable === true && this.extras.every((extra) => extra.writer.shareable === true);
  }

  /** Writes a batch to the main sink. */
  write(records: readonly SyncRecord[], ctx: WriteContext): Promise<WriteResult> {
    return this.main!.write(records, ctx);
  }

  /** Commits deferred work of every writer, main sink first. */
  async finish(): Promise<void> {
    await this.main?.finish?.();
    for (const extra of this.extras) await extra.writer.finish?.();
  }

  /** Releases every writer; failures are logged, never thrown. */
  async close(): Promise<void> {
    const { logger, redactor } = this.ctx;
    for (const extra of this.extras) {
      try {
        await extra.writer.close?.();
      } catch (error) {
        logger.debug(`closing ${extra.label} failed: ${redactor.redact(describeError(error))}`);
      }
    }
    try {
      await this.main?.close?.();
    } catch (error) {
      logger.debug(`closing the writer failed: ${redactor.redact(describeError(error))}`);
    }
  }
}

async function openWriter(stream: string, sink: EndpointPlan, ctx: OutputsContext): Promise<StreamWriter> {
  const connection = await ctx.openConnection(sink);
  if (!connection.openWriter) throw new SyncError('CONFIG_INVALID', `connection "${sink.connection}" cannot be written to`);
  try {
    return await connection.openWriter(sink.options, {
      stream,
      logger: ctx.logger.withTag(`sink:${sink.connection}`),
      render: ctx.render,
      ...(ctx.share ? { share: true } : {}),
    });
  } catch (error) {
    if (error instanceof SyncError) throw error;
    throw new SinkError(`[sink:${sink.connection}] cannot prepare the sink: ${describeError(error)}`, { cause: error });
  }
}

/** A dry run prints each record as one JSON line, secrets masked, and writes nothing. */
function dryRunWriter(stream: string, ctx: OutputsContext): StreamWriter {
  // In a multi-tenant run each line says whose record it is.
  const tenant = ctx.tenant !== undefined ? { tenant: ctx.tenant } : {};
  return {
    async write(records) {
      let text = '';
      for (const record of records) text += `${ctx.redactor.redact(JSON.stringify({ stream, ...tenant, record }))}\n`;
      ctx.output.write(text);
      return { inserted: 0, updated: 0, skipped: records.length };
    },
  };
}
