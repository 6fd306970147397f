import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { startFakeCrm, type FakeCrm } from '../examples/quickstart/fake-crm-api.js';
import { runCli } from './_cli.js';

const TOKEN = 'quarantine-token-77';
let api: FakeCrm;
let dir: string;
let file: string;

beforeEach(async () => {
  api = await startFakeCrm({ token: TOKEN, customers: 30 });
  dir = mkdtempSync(join(tmpdir(), 'syncengine-qcli-'));
  file = join(dir, 'quickstart.yaml');
  // The quickstart, plus a rule that only free and pro plans are valid.
  const yaml = readFileSync(new URL('../examples/quickstart/quickstart.yaml', import.meta.url), 'utf8').replace(
    '    sink:\n      connection: warehouse',
    '      - validate:\n          schema:\n            properties:\n              plan: { enum: [free, pro] }\n    sink:\n      connection: warehouse',
  );
  writeFileSync(file, yaml);
});
afterEach(() => api.close());

const env = { QUICKSTART_API_TOKEN: TOKEN };
const ids = () => {
  const db = new Database(join(dir, 'quickstart.db'), { readonly: true });
  try {
    return (db.prepare('select id from customers order by id').all() as { id: number }[]).map((r) => r.id);
  } finally {
    db.close();
  }
};

it('quarantines invalid records, lists and shows them, and replays them after the pipeline is fixed', async () => {
  const enterprise = [...api.customers.values()].filter((c) => c.plan === 'enterprise').map((c) => c.id);
  const valid = [...api.customers.values()].filter((c) => c.plan !== 'enterprise').map((c) => c.id);

  const run = await runCli(['run', file, '--var', `base_url=${api.url}`], env);
  expect(run.code, run.stderr).toBe(0);
  expect(run.stdout).toMatch(
    new RegExp(`customers\\s+succeeded\\s+30\\s+${valid.length}\\s+${valid.length}\\s+0\\s+0\\s+${enterprise.length}`),
  );
  expect(run.stderr).toContain(`record ${enterprise[0]} rejected: plan: must be one of: free, pro (got "enterprise")`);
  expect(ids()).toEqual(valid);

  const list = await runCli(['quarantine', 'list', file], env);
  expect(list.code).toBe(0);
  const lines = list.stdout.trim().split('\n');
  expect(lines[0]).toMatch(/^id\s+stream\s+key\s+status\s+rejected at\s+reason$/);
  expect(lines.slice(1, -1).map((l) => l.split(/\s{2,}/)[2])).toEqual(enterprise.map(String));
  expect(lines.at(-1)).toBe(`${enterprise.length} records`);

  const firstId = lines[1]!.split(/\s+/)[0]!;
  const json = await runCli(['quarantine', 'list', file, '--json'], env);
  const fullId = (JSON.parse(json.stdout) as { id: string }[]).find((e) => e.id.startsWith(firstId))!.id;
  const show = await runCli(['quarantine', 'show', file, fullId], env);
  expect(show.code).toBe(0);
  expect(show.stdout).toContain(`key:      ${enterprise[0]}`);
  expect(show.stdout).toContain('  - plan: must be one of: free, pro (got "enterprise")');
  expect(show.stdout).toContain(`"email": "${api.customers.get(enterprise[0]!)!.email}"`);

  // Replaying before the fix writes nothing and keeps them open.
  const early = await runCli(['quarantine', 'replay', file], env);
  expect(early.code).toBe(0);
  expect(early.stdout).toMatch(new RegExp(`customers\\s+succeeded\\s+${enterprise.length}\\s+0\\s+0\\s+0\\s+0\\s+${enterprise.length}`));

  writeFileSync(file, readFileSync(file, 'utf8').replace('enum: [free, pro]', 'enum: [free, pro, enterprise]'));
  api.requests.length = 0;
  const replay = await runCli(['quarantine', 'replay', file], env);
  expect(replay.code, replay.stderr).toBe(0);
  expect(api.requests).toHaveLength(0);
  expect(replay.stdout).toMatch(
    new RegExp(`customers\\s+succeeded\\s+${enterprise.length}\\s+${enterprise.length}\\s+${enterprise.length}\\s+0`),
  );
  expect(ids()).toEqual([...api.customers.keys()]);
  expect((await runCli(['quarantine', 'list', file], env)).stdout).toBe('no open quarantined records\n');
  const history = await runCli(['quarantine', 'list', file, '--status', 'replayed'], env);
  expect(history.stdout.trim().split('\n').at(-1)).toBe(`${enterprise.length} records`);
});

it('names a bad action or a missing id', async () => {
  expect(await runCli(['quarantine', 'purge', file], env)).toMatchObject({
    code: 2,
    stderr: 'error quarantine purge: the action must be one of list, show, replay\n',
  });
  expect(await runCli(['quarantine', 'show', file], env)).toMatchObject({
    code: 2,
    stderr: 'error quarantine show: give the id of at least one record (see quarantine list)\n',
  });
});
