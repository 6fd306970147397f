#!/usr/bin/env node
import {
  UsageError
} from "./chunk-JGRDHK3I.js";
import "./chunk-PIRHQTI4.js";

// packages/cli/dist/bin.js
import { setFlagsFromString } from "node:v8";

// packages/cli/dist/main.js
import { readFileSync } from "node:fs";
import { cac } from "cac";

// packages/cli/dist/commands/register-state-commands.js
var STATE_HELP = "State store: a SQLite file or a postgres:// or mysql:// URL (default: .syncengine/state.db next to the pipeline)";
function registerStateCommands(cli, io, exit) {
  cli.command("runs <action> <pipeline> [run]", "Run history: list, show <run-id>").option("--tenant <id>", "list: only this tenant").option("--status <status>", "list: only runs that ended so (running, succeeded, failed, aborted, abandoned)").option("--limit <n>", "list: at most n runs, newest first (default: 20)").option("--state <path-or-url>", STATE_HELP).option("--var <name=value>", "Set ${vars.name} (repeatable)").option("--json", "Print JSON").example("syncengine runs list pipelines/shopify-to-db.yaml --status failed").example("syncengine runs show pipelines/shopify-to-db.yaml 20260301T020000Z-3f9c2a").action(async (action, file, run, options) => {
    const { runsCommand } = await import("./runs-command-BVADQSUS.js");
    exit(await runsCommand(action, file, run, options, io));
  });
  cli.command("state <action> <pipeline> [...args]", "Cursors: show [stream], set <stream> <value>, reset <stream>, history <stream>, rollback <stream> --to <run-id|time>").option("--tenant <id>", "The cursor of this tenant (multi-tenant pipelines)").option("--partition <value>", "The cursor of this partition (partitioned streams)").option("--to <run-id|time>", "rollback: the cursor as this run left it, or as it was at this ISO time").option("--limit <n>", "history: at most n entries, newest first (default: 20)").option("--state <path-or-url>", STATE_HELP).option("--var <name=value>", "Set ${vars.name} (repeatable)").option("--json", "Print JSON").example("syncengine state show pipelines/shopify-to-db.yaml").example("syncengine state history pipelines/shopify-to-db.yaml orders --tenant 42").example("syncengine state rollback pipelines/shopify-to-db.yaml orders --tenant 42 --to 2026-03-01T00:00:00Z").action(async (action, file, args, options) => {
    const { stateCommand } = await import("./state-command-JCNQRQKK.js");
    exit(await stateCommand(action, file, args, options, io));
  });
}

// packages/cli/dist/commands/authoring-commands.js
function registerAuthoringCommands(cli, io, done) {
  cli.command("init <name>", "Propose <name>.yaml from one request to a list endpoint, or from an OpenAPI document").option("--url <url>", "The list endpoint to probe with one GET").option("--header <header>", "A request header, 'Name: value' (repeatable); credentials go to .env").option("--auth <auth>", "bearer:<token>, basic:<user>:<password>, header:<Header-Name>:<key> or query:<param>:<key>").option("--sink <url>", "Where records go: sqlite://./file.db (default: ./<name>.db), postgres://... or mysql://...").option("--from-openapi <file>", "An OpenAPI 3.x document (YAML or JSON) instead of --url").option("--path <path>", "With --from-openapi: the list operation (default: the first GET that returns a list)").option("--base-url <url>", "With --from-openapi: use this server instead of the document's first one").option("--force", "Replace an existing <name>.yaml").example("syncengine init stripe --url https://api.stripe.com/v1/customers?limit=100 --auth bearer:sk_test_...").example("syncengine init petstore --from-openapi petstore.yaml --path /pets").action(async (name, options) => {
    const { initCommand } = await import("./init-command-ALSUDKCF.js");
    done(await initCommand(name, options, io));
  });
  cli.command("test <pipeline>", "Replay recorded fixtures through a local server and compare the records with the expected file").option("--fixtures <dir>", "Fixture directory (default: fixtures/<pipeline file name> beside the pipeline)").option("--expected <file>", "Expected records, JSON lines (default: expected.jsonl in the fixture directory)").option("--update", "Write the records produced to the expected file").option("--var <name=value>", "Set ${vars.name} (repeatable)").option("--debug", "Verbose console output").example("syncengine run examples/stripe-customers/stripe-customers.yaml --record examples/stripe-customers/fixtures/stripe-customers").example("syncengine test examples/stripe-customers/stripe-customers.yaml").action(async (file, options) => {
    const { testCommand } = await import("./test-command-53MDO6YR.js");
    done(await testCommand(file, options, io));
  });
}

// packages/cli/dist/output/cli-io.js
function processIo() {
  return {
    stdout: process.stdout,
    stderr: process.stderr,
    cwd: process.cwd(),
    env: process.env,
    color: Boolean(process.stderr.isTTY) && !("NO_COLOR" in process.env),
    isTTY: Boolean(process.stderr.isTTY)
  };
}

// packages/cli/dist/main.js
var EXIT = { ok: 0, failed: 1, usage: 2 };
var VERSION = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")).version;
async function main(argv, io = processIo(), signal) {
  const cli = cac("syncengine");
  let exitCode = EXIT.ok;
  cli.command("run <pipeline>", "Run a pipeline file").option("--stream <name>", "Run only this stream (repeat or comma-separate for several)").option("--dry-run", "Read and transform, print records as JSON lines, write nothing, save no state").option("--limit <n>", "Read at most n records per stream").option("--since <cursor>", "Start incremental streams from this cursor (an ISO date or a number) for this run only; the stored cursor never moves back").option("--strategy <name>", "incremental (default), full (ignore stored cursors) or ids (fetch --ids only)").option("--ids <ids>", "Comma-separated ids for --strategy ids").option("--tenant <id>", "Multi-tenant pipelines: run only this tenant (repeat or comma-separate for several)").option("--wait", "If another process runs a stream of this pipeline and tenant, wait for it instead of exiting 1").option("--lock-ttl <duration>", "How long a run lock lasts unless renewed; a killed run frees it after this (default: 60s)").option("--var <name=value>", "Set ${vars.name} (repeatable)").option("--state <path-or-url>", "State store: a SQLite file or a postgres:// or mysql:// URL (default: .syncengine/state.db next to the pipeline)").option("--log-dir <dir>", "Directory of sync_info.log and sync_debug.log (default: .syncengine/logs next to the pipeline; a dry run writes them only when given)").option("--logs", "Write the log files in a dry run too").option("--no-logs", "Do not write the log files").option("--debug", "Verbose console output").option("--record <dir>", "Save every HTTP request and response to fixtures in <dir>, secrets scrubbed (see syncengine test)").option("--scrub <fields>", "With --record: also scrub the values of these fields (comma-separated)").option("--json", "Print one JSON result on stdout (status, per-stream counts, cursors, errors); records and the summary go to stderr").option("--verbose", "Print a line per committed batch (by default a live progress line per stream counts them)").option("--log-format <format>", "text (default) or json: one JSON object per line on stderr and in the log files").example("syncengine run examples/quickstart/quickstart.yaml --var base_url=http://127.0.0.1:4010").example("syncengine run pipelines/shopify-to-db.yaml --tenant 42 --stream orders --since 2024-01-01 --dry-run --limit 5").action(async (file, options) => {
    const { runCommand } = await import("./run-command-XPEXNK25.js");
    exitCode = await runCommand(file, options, io, signal);
  });
  cli.command("check <pipeline>", "Test every connection: credentials, then one call per source; writes nothing").option("--var <name=value>", "Set ${vars.name} (repeatable)").option("--state <path-or-url>", "State store (for stored tokens; default: .syncengine/state.db next to the pipeline)").option("--json", "Print one JSON result on stdout").example("syncengine check pipelines/servicetitan-prod-to-integration.yaml").action(async (file, options) => {
    const { checkCommand } = await import("./check-command-XY6VR6AF.js");
    exitCode = await checkCommand(file, options, io);
  });
  cli.command("validate <...pipelines>", "Check pipeline files without running them").option("--var <name=value>", "Set ${vars.name} (repeatable)").option("--require-env", "Fail on unset ${env.*} variables (by default each is a warning with its position)").option("--json", "Print one JSON result on stdout: per file, its status, streams, errors and warnings with file:line:column").option("--print-expanded", "Print the streams as YAML after templates are expanded and defaults applied").example("syncengine validate pipelines/*.yaml examples/quickstart/quickstart.yaml").action(async (files, options) => {
    const { validateCommand } = await import("./validate-command-AMJY5ARU.js");
    exitCode = await validateCommand(files, options, io);
  });
  cli.command("schema", "Print the JSON Schema of pipeline files, for editors (see docs/editor.md)").action(async () => {
    exitCode = await (await import("./schema-command-GV73E4TB.js")).schemaCommand(io);
  });
  cli.command("quarantine <action> <pipeline> [...ids]", "Inspect and replay rejected records: list, show <ids>, replay [ids]").option("--stream <name>", "Only this stream (repeat or comma-separate for several)").option("--status <status>", "list: open (default), replayed or all").option("--state <path-or-url>", "State store: a SQLite file or a postgres:// or mysql:// URL (default: .syncengine/state.db next to the pipeline)").option("--var <name=value>", "Set ${vars.name} (repeatable)").option("--json", "Print records as JSON").option("--debug", "Verbose console output (replay)").example("syncengine quarantine list pipelines/catsy-to-sparklayer.yaml").example("syncengine quarantine show pipelines/catsy-to-sparklayer.yaml 3f9c2a1b7d04").example("syncengine quarantine replay pipelines/catsy-to-sparklayer.yaml --stream prices").action(async (action, file, ids, options) => {
    const { quarantineCommand } = await import("./quarantine-command-K5VY27U3.js");
    exitCode = await quarantineCommand(action, file, ids, options, io);
  });
  registerStateCommands(cli, io, (code) => exitCode = code);
  const opsOptions = (command) => command.option("--state <path-or-url>", "One state store for every pipeline (default: .syncengine/state.db next to each pipeline)").option("--var <name=value>", "Set ${vars.name} (repeatable)").option("--lock-ttl <duration>", "How long a run lock lasts unless renewed; a dead process frees it after this (default: 60s)").option("--check-every <duration>", "Longest wait between two schedule checks (default: 60s)").option("--retry-after <duration>", "Wait after a failed scheduled run before trying again (default: 15m)").option("--log-dir <dir>", "Directory of sync_info.log and sync_debug.log (default: .syncengine/logs next to the first pipeline)").option("--no-logs", "Do not write log files").option("--debug", "Verbose console output").option("--queue <redis-url>", "Hand due units to the workers of this BullMQ queue (redis://host:port) instead of running them here").option("--queue-prefix <prefix>", "Key prefix of the queue in Redis (default: syncengine)");
  opsOptions(cli.command("schedule <...pipelines>", "Run pipelines and tenants when they are due, until SIGINT or SIGTERM")).example("syncengine schedule pipelines/shopify-to-db.yaml pipelines/ploomes-to-postgres.yaml").action(async (files, options) => {
    const { scheduleCommand } = await import("./schedule-command-II4JXEOC.js");
    exitCode = await scheduleCommand(files, options, io, signal);
  });
  opsOptions(cli.command("serve <...pipelines>", "HTTP control plane: trigger runs, run status, health, metrics, webhooks")).option("--port <port>", "Port to listen on (default: 8080)").option("--host <host>", "Address to listen on (default: 127.0.0.1)").option("--schedule", "Also run the scheduler in this process").option("--token-env <name>", "Environment variable with the API token (default: SYNCENGINE_API_TOKEN)").example("SYNCENGINE_API_TOKEN=$(openssl rand -hex 32) syncengine serve pipelines/*.yaml --schedule --port 8080").action(async (files, options) => {
    const { serveCommand } = await import("./serve-command-KFQJVUGW.js");
    exitCode = await serveCommand(files, options, io, signal);
  });
  registerAuthoringCommands(cli, io, (code) => exitCode = code);
  opsOptions(cli.command("worker <...pipelines>", "Take units of work from --queue and run them, until SIGINT or SIGTERM")).option("--concurrency <n>", "Units run at once (default: 1)").option("--metrics-port <port>", "Serve Prometheus metrics on this port at /metrics").example("syncengine worker pipelines/*.yaml --queue redis://127.0.0.1:6379 --state postgres://... --concurrency 4").action(async (files, options) => {
    exitCode = await (await import("./worker-command-WGPNORBK.js")).workerCommand(files, options, io, signal);
  });
  cli.command("dead-letters <action> [...ids]", "Units that failed their last attempt on --queue: list, retry <job ids>").option("--queue <redis-url>", "The BullMQ queue (redis://host:port)").option("--queue-prefix <prefix>", "Key prefix of the queue in Redis (default: syncengine)").option("--json", "Print as JSON").action(async (action, ids, options) => {
    exitCode = await (await import("./dead-letters-command-LFADVNVD.js")).deadLettersCommand(action, ids, options, io);
  });
  for (const command of cli.commands)
    flagsWithoutDefault(command);
  cli.help();
  cli.version(VERSION);
  try {
    cli.parse(["node", "syncengine", ...withBooleanFlags(cli, argv)], { run: false });
    const helpOrVersion = cli.options.help || cli.options.version;
    if (!cli.matchedCommand) {
      if (helpOrVersion)
        return EXIT.ok;
      const name = cli.args[0];
      io.stderr.write(name ? `error unknown command "${name}"; run syncengine --help
` : `error a command is required; run syncengine --help
`);
      if (!name)
        cli.outputHelp();
      return EXIT.usage;
    }
    if (helpOrVersion)
      return EXIT.ok;
    await cli.runMatchedCommand();
    return exitCode;
  } catch (error) {
    if (error instanceof UsageError || error?.name === "CACError") {
      io.stderr.write(`error ${error.message}
`);
      return EXIT.usage;
    }
    const { describeError } = await import("./errors-LFUZRZL7.js");
    io.stderr.write(`error ${describeError(error)}
`);
    return EXIT.failed;
  }
}
function flagsWithoutDefault(command) {
  for (const option of command.options)
    if (option.negated)
      option.config.default = void 0;
}
function withBooleanFlags(cli, argv) {
  const flags = /* @__PURE__ */ new Map();
  for (const command of [cli.globalCommand, ...cli.commands]) {
    for (const option of command.options) {
      if (!option.isBoolean || option.negated || !/^--[a-z]+(-[a-z]+)+$/.test(option.rawName))
        continue;
      flags.set(option.rawName, `--${option.name}`);
    }
  }
  const end = argv.indexOf("--");
  return argv.map((arg, i) => (end === -1 || i < end) && flags.get(arg) || arg);
}

// packages/cli/dist/bin.js
if (!process.execArgv.some((arg) => arg.startsWith("--heap-growing-percent")))
  setFlagsFromString("--heap-growing-percent=40");
var controller = new AbortController();
var interrupts = 0;
var stop = (signal) => {
  interrupts += 1;
  if (interrupts > 1)
    process.exit(130);
  process.stderr.write(`
${signal}: finishing the current batch and saving state (press Ctrl-C again to quit at once)
`);
  controller.abort();
};
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
process.exitCode = await main(process.argv.slice(2), void 0, controller.signal);
