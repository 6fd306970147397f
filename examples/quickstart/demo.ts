/**
 * `npm run demo`: starts the local fake CRM API, runs examples/quickstart/quickstart.yaml into
 * SQLite, edits three customers in the fake, and runs again to show the incremental cursor.
 */
import { spawn } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { startFakeCrm } from './fake-crm-api.js';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));
const pipeline = here('./quickstart.yaml');
const database = here('./quickstart.db');
const builtCli = here('../../packages/cli/dist/bin.js');
const sourceCli = here('../../packages/cli/src/bin.ts');
const token = 'demo-token-7f3a9c';

// A fresh demo every time: forget the previous database, state and logs.
for (const path of [database, `${database}-wal`, `${database}-shm`, here('./.syncengine')]) rmSync(path, { recursive: true, force: true });

const api = await startFakeCrm({ token, customers: 120 });
const cli = existsSync(builtCli) ? [builtCli] : ['--import', 'tsx', '--conditions=source', sourceCli];

const run = (title: string) =>
  new Promise<number>((resolve) => {
    console.log(`\n=== ${title}\n$ syncengine run examples/quickstart/quickstart.yaml --var base_url=${api.url}\n`);
    const child = spawn(process.execPath, [...cli, 'run', pipeline, '--var', `base_url=${api.url}`], {
      stdio: 'inherit',
      env: { ...process.env, QUICKSTART_API_TOKEN: token },
    });
    child.on('exit', (code) => resolve(code ?? 1));
  });

try {
  const first = await run('First run: no cursor yet, every customer is fetched');
  if (first !== 0) process.exit(first);
  const firstRequests = api.requests.length;

  const at = api.touch([7, 42, 99], (c) => {
    c.plan = 'enterprise';
  });
  console.log(`\n(the fake CRM now has 3 customers edited at ${at}: ids 7, 42, 99 moved to the enterprise plan)`);

  const second = await run('Second run: only what changed since the stored cursor');
  if (second !== 0) process.exit(second);

  const db = new Database(database, { readonly: true });
  const { n } = db.prepare('select count(*) as n from customers').get() as { n: number };
  const enterprise = db.prepare('select id from customers where id in (7, 42, 99) and plan = ?').all('enterprise');
  db.close();
  console.log(`\nHTTP requests: ${firstRequests} on the first run, ${api.requests.length - firstRequests} on the second.`);
  console.log(`SQLite ${database}: ${n} customers; ${enterprise.length} of the 3 edited ones updated.`);
} finally {
  await api.close();
}
