import type { CAC } from 'cac';
import type { CliIo } from '../output/cli-io.js';

/** Registers `init` and `test` on the command line; each command module is loaded when it runs. */
export function registerAuthoringCommands(cli: CAC, io: CliIo, done: (exitCode: number) => void): void {
  cli
    .command('init <name>', 'Propose <name>.yaml from one request to a list endpoint, or from an OpenAPI document')
    .option('--url <url>', 'The list endpoint to probe with one GET')
    .option('--header <header>', "A request header, 'Name: value' (repeatable); credentials go to .env")
    .option('--auth <auth>', 'bearer:<token>, basic:<user>:<password>, header:<Header-Name>:<key> or query:<param>:<key>')
    .option('--sink <url>', 'Where records go: sqlite://./file.db (default: ./<name>.db), postgres://... or mysql://...')
    .option('--from-openapi <file>', 'An OpenAPI 3.x document (YAML or JSON) instead of --url')
    .option('--path <path>', 'With --from-openapi: the list operation (default: the first GET that returns a list)')
    .option('--base-url <url>', "With --from-openapi: use this server instead of the document's first one")
    .option('--force', 'Replace an existing <name>.yaml')
    .example('syncengine init stripe --url https://api.stripe.com/v1/customers?limit=100 --auth bearer:sk_test_...')
    .example('syncengine init petstore --from-openapi petstore.yaml --path /pets')
    .action(async (name: string, options) => {
      const { initCommand } = await import('./init-command.js');
      done(await initCommand(name, options, io));
    });

  cli
    .command('test <pipeline>', 'Replay recorded fixtures through a local server and compare the records with the expected file')
    .option('--fixtures <dir>', 'Fixture directory (default: fixtures/<pipeline file name> beside the pipeline)')
    .option('--expected <file>', 'Expected records, JSON lines (default: expected.jsonl in the fixture directory)')
    .option('--update', 'Write the records produced to the expected file')
    .option('--var <name=value>', 'Set ${vars.name} (repeatable)')
    .option('--debug', 'Verbose console output')
    .example('syncengine run examples/stripe-customers/stripe-customers.yaml --record examples/stripe-customers/fixtures/stripe-customers')
    .example('syncengine test examples/stripe-customers/stripe-customers.yaml')
    .action(async (file: string, options) => {
      const { testCommand } = await import('./test-command.js');
      done(await testCommand(file, options, io));
    });
}
