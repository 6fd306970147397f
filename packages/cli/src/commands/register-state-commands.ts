import type { CAC } from 'cac';
import type { CliIo } from '../output/cli-io.js';
// The commands load when they run: `--help` stays free of the engine.
import type { RunsCommandOptions } from './runs-command.js';
import type { StateCommandOptions } from './state-command.js';

const STATE_HELP = 'State store: a SQLite file or a postgres:// or mysql:// URL (default: .syncengine/state.db next to the pipeline)';

/** Declares `syncengine runs` and `syncengine state` on the command line. */
export function registerStateCommands(cli: CAC, io: CliIo, exit: (code: number) => void): void {
  cli
    .command('runs <action> <pipeline> [run]', 'Run history: list, show <run-id>')
    .option('--tenant <id>', 'list: only this tenant')
    .option('--job <name>', 'The runs of this SQL job of the pipeline (jobs:) instead of its syncs')
    .option('--status <status>', 'list: only runs that ended so (running, succeeded, failed, aborted, abandoned)')
    .option('--limit <n>', 'list: at most n runs, newest first (default: 20)')
    .option('--state <path-or-url>', STATE_HELP)
    .option('--var <name=value>', 'Set ${vars.name} (repeatable)')
    .option('--json', 'Print JSON')
    .example('syncengine runs list pipelines/shopify-to-db.yaml --status failed')
    .example('syncengine runs show pipelines/shopify-to-db.yaml 20260301T020000Z-3f9c2a')
    .action(async (action: string, file: string, run: string | undefined, options: RunsCommandOptions) => {
      const { runsCommand } = await import('./runs-command.js');
      exit(await runsCommand(action, file, run, options, io));
    });

  cli
    .command(
      'state <action> <pipeline> [...args]',
      'Cursors: show [stream], set <stream> <value>, reset <stream>, history <stream>, rollback <stream> --to <run-id|time>',
    )
    .option('--tenant <id>', 'The cursor of this tenant (multi-tenant pipelines)')
    .option('--partition <value>', 'The cursor of this partition (partitioned streams)')
    .option('--to <run-id|time>', 'rollback: the cursor as this run left it, or as it was at this ISO time')
    .option('--limit <n>', 'history: at most n entries, newest first (default: 20)')
    .option('--state <path-or-url>', STATE_HELP)
    .option('--var <name=value>', 'Set ${vars.name} (repeatable)')
    .option('--json', 'Print JSON')
    .example('syncengine state show pipelines/shopify-to-db.yaml')
    .example('syncengine state history pipelines/shopify-to-db.yaml orders --tenant 42')
    .example('syncengine state rollback pipelines/shopify-to-db.yaml orders --tenant 42 --to 2026-03-01T00:00:00Z')
    .action(async (action: string, file: string, args: string[], options: StateCommandOptions) => {
      const { stateCommand } = await import('./state-command.js');
      exit(await stateCommand(action, file, args, options, io));
    });
}
