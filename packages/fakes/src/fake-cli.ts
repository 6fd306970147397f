import { FAKE_CATALOG, type StartedFake } from './_fake-catalog.js';

/** Where the fake CLI prints. */
export interface FakeCliIo {
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
}

const USAGE = `usage: npm run fake -- <fake> [<fake> ...] [--port <n>]

Starts local fakes of the seed APIs on 127.0.0.1 until Ctrl-C, and prints their URLs, the
credentials they accept and the environment a pipeline needs to use them. --port gives the first
server its port and the next ones the ports after it (default: any free port).

fakes:
${Object.entries(FAKE_CATALOG)
  .map(([name, entry]) => `  ${name.padEnd(13)}${entry.describe}${entry.pipeline ? `; for ${entry.pipeline}` : ''}`)
  .join('\n')}
`;

/** Shell-quotes a value for an `export` line when it needs it. */
function quote(value: string): string {
  return /^[\w@%+=:,./-]*$/.test(value) ? value : `'${value.replace(/'/g, `'\\''`)}'`;
}

/** What one started fake prints. */
function describeStarted(name: string, fake: StartedFake): string {
  const lines = fake.servers.map((s) => `${s.label.padEnd(26)}${s.url}`);
  lines.push(...fake.notes.map((note) => `  ${note}`));
  const pipeline = FAKE_CATALOG[name]?.pipeline;
  const env = Object.entries(fake.env);
  if (env.length || fake.vars) lines.push(`  to run ${pipeline ?? 'a pipeline'} against it:`);
  for (const [key, value] of env) lines.push(`    export ${key}=${quote(value)}`);
  for (const [key, value] of Object.entries(fake.vars ?? {})) lines.push(`    --var ${key}=${quote(value)}`);
  return `${lines.join('\n')}\n`;
}

/**
 * `npm run fake -- <fake...> [--port n]`: starts the named fakes and keeps them up until `signal`
 * aborts (SIGINT or SIGTERM in `bin.ts`); 0 then, 2 for a usage error, 1 when a fake cannot start.
 *
 * @example
 * ```sh
 * npm run fake -- catsy sparklayer --port 8080
 * ```
 */
export async function fakeCli(args: readonly string[], io: FakeCliIo, signal: AbortSignal): Promise<number> {
  const names: string[] = [];
  let port = 0;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--help' || arg === '-h') {
      io.stdout.write(USAGE);
      return 0;
    }
    if (arg === '--port' || arg.startsWith('--port=')) {
      const raw = arg === '--port' ? args[++i] : arg.slice('--port='.length);
      port = Number(raw);
      if (!Number.isInteger(port) || port < 0 || port > 65535) {
        io.stderr.write(`error --port ${raw ?? ''}: must be a port number\n`);
        return 2;
      }
      continue;
    }
    if (!FAKE_CATALOG[arg]) {
      io.stderr.write(`error unknown fake "${arg}"; known: ${Object.keys(FAKE_CATALOG).join(', ')}\n`);
      return 2;
    }
    names.push(arg);
  }
  if (!names.length) {
    io.stderr.write(USAGE);
    return 2;
  }

  const started: StartedFake[] = [];
  try {
    let next = port;
    for (const name of names) {
      const entry = FAKE_CATALOG[name]!;
      const fake = await entry.start(next);
      if (next) next += entry.ports;
      started.push(fake);
      io.stdout.write(describeStarted(name, fake));
    }
  } catch (error) {
    io.stderr.write(`error cannot start the fakes: ${(error as Error).message}\n`);
    await Promise.all(started.map((f) => f.close()));
    return 1;
  }
  io.stdout.write('ready: the fakes answer until Ctrl-C\n');
  await new Promise<void>((resolve) => {
    if (signal.aborted) return resolve();
    signal.addEventListener('abort', () => resolve(), { once: true });
  });
  await Promise.all(started.map((f) => f.close()));
  return 0;
}
