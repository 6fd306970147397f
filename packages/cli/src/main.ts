import { readFileSync } from 'node:fs';
import { cac, type Command } from 'cac';
// Commands are imported when they run (start-up: `--help` loads no engine, driver or server code).
import type { RunCommandOptions } from './commands/run-command.js';
import type { CheckCommandOptions } from './commands/check-command.js';
import type { QuarantineCommandOptions } from './commands/quarantine-command.js';
import type { ScheduleCommandOptions } from './commands/schedule-command.js';
import type { ServeCommandOptions } from './commands/serve-command.js';
import { registerStateCommands } from './commands/register-state-commands.js';
import { UsageError } from './commands/usage-error.js';
import { registerAuthoringCommands } from './commands/authoring-commands.js';
import type { ValidateCommandOptions } from './commands/validate-command.js';
import { processIo, type CliIo } from './output/cli-io.js';

/** Exit codes of the CLI. */
export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;

const VERSION = (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }).version;

/**
 * Runs the `syncengine` command line with `argv` (without `node` and the script) and resolves
 * with the exit code. `io` lets tests and embedders capture output.
 */
export async function main(argv: readonly string[], io: CliIo = processIo(), signal?: AbortSignal): Promise<number> {
  const cli = cac('syncengine');
  let exitCode: number = EXIT.ok;

  cli
    .command('run <pipeline>', 'Run a pipeline file')
    .option('--stream <name>', 'Run only this stream (repeat or comma-separate for several)')
    .option('--dry-run', 'Read and transform, print records as JSON lines, write nothing, save no state')
    .option('--limit <n>', 'Read at most n records per stream (0: no limit; reference streams not named in --stream are read whole)')
    .option(
      '--since <cursor>',
      'Start incremental streams from this cursor (an ISO date or a number) for this run only; the stored cursor never moves back',
    )
    .option('--strategy <name>', 'incremental (default), full (ignore stored cursors) or ids (fetch --ids only)')
    .option('--ids <ids>', 'Comma-separated ids for --strategy ids')
    .option('--select <name>', 'Run only a selection of the pipeline (its selections: block), e.g. one category, in full, moving no cursor')
    .option('--tenant <id>', 'Multi-tenant pipelines: run only this tenant (repeat or comma-separate for several)')
    .option('--wait', 'If another process runs a stream of this pipeline and tenant, wait for it instead of exiting 1')
    .option('--lock-ttl <duration>', 'How long a run lock lasts unless renewed; a killed run frees it after this (default: 60s)')
    .option('--var <name=value>', 'Set ${vars.name} (repeatable)')
    .option(
      '--state <path-or-url>',
      'State store: a SQLite file or a postgres:// or mysql:// URL (default: .syncengine/state.db next to the pipeline)',
    )
    .option(
      '--log-dir <dir>',
      'Directory of sync_info.log and sync_debug.log (default: .syncengine/logs next to the pipeline; a dry run writes them only when given)',
    )
    .option('--logs', 'Write the log files in a dry run too')
    .option('--no-logs', 'Do not write the log files')
    .option('--debug', 'Verbose console output')
    .option('--record <dir>', 'Save every HTTP request and response to fixtures in <dir>, secrets scrubbed (see syncengine test)')
    .option('--scrub <fields>', 'With --record: also scrub the values of these fields (comma-separated)')
    .option('--json', 'Print one JSON result on stdout (status, per-stream counts, cursors, errors); records and the summary go to stderr')
    .option('--verbose', 'Print a line per committed batch (by default a live progress line per stream counts them)')
    .option('--log-format <format>', 'text (default) or json: one JSON object per line on stderr and in the log files')
    .example('syncengine run examples/quickstart/quickstart.yaml --var base_url=http://127.0.0.1:4010')
    .example('syncengine run pipelines/shopify-to-db.yaml --tenant 42 --stream orders --since 2024-01-01 --dry-run --limit 5')
    .action(async (file: string, options: RunCommandOptions) => {
      const { runCommand } = await import('./commands/run-command.js');
      exitCode = await runCommand(file, options, io, signal);
    });

  cli
    .command('job <pipeline> <job>', "Run one of the pipeline's SQL jobs (jobs:) now; recorded in run history as <pipeline>/<job>")
    .option('--tenant <id>', 'for_each_tenant jobs: only this tenant (repeat or comma-separate for several)')
    .option('--var <name=value>', 'Set ${vars.name} (repeatable)')
    .option(
      '--state <path-or-url>',
      'State store: a SQLite file or a postgres:// or mysql:// URL (default: .syncengine/state.db next to the pipeline)',
    )
    .option('--log-dir <dir>', 'Directory of sync_info.log and sync_debug.log (default: .syncengine/logs next to the pipeline)')
    .option('--no-logs', 'Do not write the log files')
    .option('--debug', 'Verbose console output')
    .option('--json', 'Print the result as JSON')
    .example('syncengine job pipelines/shopify-to-db.yaml sku_analysis')
    .action(async (file: string, job: string, options: import('./commands/job-command.js').JobCommandOptions) => {
      exitCode = await (await import('./commands/job-command.js')).jobCommand(file, job, options, io, signal);
    });

  cli
    .command('check <pipeline>', 'Test every connection: credentials, then one call per source; writes nothing')
    .option('--var <name=value>', 'Set ${vars.name} (repeatable)')
    .option('--state <path-or-url>', 'State store (for stored tokens; default: .syncengine/state.db next to the pipeline)')
    .option('--json', 'Print one JSON result on stdout')
    .example('syncengine check pipelines/servicetitan-prod-to-integration.yaml')
    .action(async (file: string, options: CheckCommandOptions) => {
      const { checkCommand } = await import('./commands/check-command.js');
      exitCode = await checkCommand(file, options, io);
    });

  cli
    .command('validate <...pipelines>', 'Check pipeline files without running them')
    .option('--var <name=value>', 'Set ${vars.name} (repeatable)')
    .option('--require-env', 'Fail on unset ${env.*} variables (by default each is a warning with its position)')
    .option('--json', 'Print one JSON result on stdout: per file, its status, streams, errors and warnings with file:line:column')
    .option('--print-expanded', 'Print the streams as YAML after templates are expanded and defaults applied')
    .example('syncengine validate pipelines/*.yaml examples/quickstart/quickstart.yaml')
    .action(async (files: string[], options: ValidateCommandOptions) => {
      const { validateCommand } = await import('./commands/validate-command.js');
      exitCode = await validateCommand(files, options, io);
    });

  cli.command('schema', 'Print the JSON Schema of pipeline files, for editors (see docs/editor.md)').action(async () => {
    exitCode = await (await import('./commands/schema-command.js')).schemaCommand(io);
  });

  cli
    .command('quarantine <action> <pipeline> [...ids]', 'Inspect and replay rejected records: list, show <ids>, replay [ids]')
    .option('--stream <name>', 'Only this stream (repeat or comma-separate for several)')
    .option('--status <status>', 'list: open (default), replayed or all')
    .option(
      '--state <path-or-url>',
      'State store: a SQLite file or a postgres:// or mysql:// URL (default: .syncengine/state.db next to the pipeline)',
    )
    .option('--var <name=value>', 'Set ${vars.name} (repeatable)')
    .option('--json', 'Print records as JSON')
    .option('--debug', 'Verbose console output (replay)')
    .example('syncengine quarantine list pipelines/catsy-to-sparklayer.yaml')
    .example('syncengine quarantine show pipelines/catsy-to-sparklayer.yaml 3f9c2a1b7d04')
    .example('syncengine quarantine replay pipelines/catsy-to-sparklayer.yaml --stream prices')
    .action(async (action: string, file: string, ids: string[], options: QuarantineCommandOptions) => {
      const { quarantineCommand } = await import('./commands/quarantine-command.js');
      exitCode = await quarantineCommand(action, file, ids, options, io);
    });

  registerStateCommands(cli, io, (code) => (exitCode = code));

  const opsOptions = <T extends ReturnType<typeof cli.command>>(command: T): T =>
    command
      .option('--state <path-or-url>', 'One state store for every pipeline (default: .syncengine/state.db next to each pipeline)')
      .option('--var <name=value>', 'Set ${vars.name} (repeatable)')
      .option('--lock-ttl <duration>', 'How long a run lock lasts unless renewed; a dead process frees it after this (default: 60s)')
      .option('--check-every <duration>', 'Longest wait between two schedule checks (default: 60s)')
      .option('--retry-after <duration>', 'Wait after a failed scheduled run before trying again (default: 15m)')
      .option('--log-dir <dir>', 'Directory of sync_info.log and sync_debug.log (default: .syncengine/logs next to the first pipeline)')
      .option('--no-logs', 'Do not write log files')
      .option('--debug', 'Verbose console output')
      .option('--queue <redis-url>', 'Hand due units to the workers of this BullMQ queue (redis://host:port) instead of running them here')
      .option('--queue-prefix <prefix>', 'Key prefix of the queue in Redis (default: syncengine)') as T;

  opsOptions(cli.command('schedule <...pipelines>', 'Run pipelines and tenants when they are due, until SIGINT or SIGTERM'))
    .example('syncengine schedule pipelines/shopify-to-db.yaml pipelines/ploomes-to-postgres.yaml')
    .action(async (files: string[], options: ScheduleCommandOptions) => {
      const { scheduleCommand } = await import('./commands/schedule-command.js');
      exitCode = await scheduleCommand(files, options, io, signal);
    });

  opsOptions(cli.command('serve <...pipelines>', 'HTTP control plane: trigger runs, run status, health, metrics, webhooks'))
    .option('--port <port>', 'Port to listen on (default: 8080)')
    .option('--host <host>', 'Address to listen on (default: 127.0.0.1)')
    .option('--schedule', 'Also run the scheduler in this process')
    .option('--token-env <name>', 'Environment variable with the API token (default: SYNCENGINE_API_TOKEN)')
    .example('SYNCENGINE_API_TOKEN=$(openssl rand -hex 32) syncengine serve pipelines/*.yaml --schedule --port 8080')
    .action(async (files: string[], options: ServeCommandOptions) => {
      const { serveCommand } = await import('./commands/serve-command.js');
      exitCode = await serveCommand(files, options, io, signal);
    });

  registerAuthoringCommands(cli, io, (code) => (exitCode = code));

  opsOptions(cli.command('worker <...pipelines>', 'Take units of work from --queue and run them, until SIGINT or SIGTERM'))
    .option('--concurrency <n>', 'Units run at once (default: 1)')
    .option('--metrics-port <port>', 'Serve Prometheus metrics on this port at /metrics')
    .example('syncengine worker pipelines/*.yaml --queue redis://127.0.0.1:6379 --state postgres://... --concurrency 4')
    .action(async (files: string[], options: import('./commands/worker-command.js').WorkerCommandOptions) => {
      exitCode = await (await import('./commands/worker-command.js')).workerCommand(files, options, io, signal);
    });

  cli
    .command('dead-letters <action> [...ids]', 'Units that failed their last attempt on --queue: list, retry <job ids>, delete <job ids>')
    .option('--queue <redis-url>', 'The BullMQ queue (redis://host:port)')
    .option('--queue-prefix <prefix>', 'Key prefix of the queue in Redis (default: syncengine)')
    .option('--json', 'Print as JSON')
    .action(async (action: string, ids: string[], options: import('./commands/dead-letters-command.js').DeadLettersCommandOptions) => {
      exitCode = await (await import('./commands/dead-letters-command.js')).deadLettersCommand(action, ids, options, io);
    });

  for (const command of cli.commands) flagsWithoutDefault(command);
  cli.help();
  cli.version(VERSION);

  try {
    cli.parse(['node', 'syncengine', ...withBooleanFlags(cli, argv)], { run: false });
    const helpOrVersion = cli.options.help || cli.options.version;
    if (!cli.matchedCommand) {
      if (helpOrVersion) return EXIT.ok;
      const name = cli.args[0];
      io.stderr.write(
        name ? `error unknown command "${name}"; run syncengine --help\n` : `error a command is required; run syncengine --help\n`,
      );
      if (!name) cli.outputHelp();
      return EXIT.usage;
    }
    if (helpOrVersion) return EXIT.ok;
    await cli.runMatchedCommand();
    return exitCode;
  } catch (error) {
    if (error instanceof UsageError || (error as Error)?.name === 'CACError') {
      io.stderr.write(`error ${(error as Error).message}\n`);
      return EXIT.usage;
    }
    const { describeError } = await import('@syncengine/engine/errors');
    io.stderr.write(`error ${describeError(error)}\n`);
    return EXIT.failed;
  }
}

/**
 * cac gives every `--no-x` flag the default `true`, which `--help` prints as "(default: true)" after
 * "Do not ...". Here a flag not given stays undefined, so the help reads right and a command can tell
 * "not given" from `--x`.
 */
function flagsWithoutDefault(command: Command): void {
  for (const option of command.options) if (option.negated) option.config.default = undefined;
}

/**
 * cac declares a kebab-case flag such as `--require-env` boolean under its camel-case name only,
 * so written before a file it would take the file as its value: pass those flags camel-cased.
 */
function withBooleanFlags(cli: ReturnType<typeof cac>, argv: readonly string[]): string[] {
  const flags = new Map<string, string>();
  for (const command of [cli.globalCommand, ...cli.commands]) {
    for (const option of command.options) {
      if (!option.isBoolean || option.negated || !/^--[a-z]+(-[a-z]+)+$/.test(option.rawName)) continue;
      flags.set(option.rawName, `--${option.name}`);
    }
  }
  const end = argv.indexOf('--');
  return argv.map((arg, i) => ((end === -1 || i < end) && flags.get(arg)) || arg);
}
