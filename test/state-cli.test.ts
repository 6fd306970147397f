import { copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { startFakeCrm, type FakeCrm } from '../examples/quickstart/fake-crm-api.js';
import { runCli } from './_cli.js';

const TOKEN = 'state-cli-token-31';
let api: FakeCrm;
let file: string;

beforeEach(async () => {
  api = await startFakeCrm({ token: TOKEN, customers: 30 });
  const dir = mkdtempSync(join(tmpdir(), 'syncengine-state-cli-'));
  file = join(dir, 'quickstart.yaml');
  copyFileSync(new URL('../examples/quickstart/quickstart.yaml', import.meta.url), file);
});
afterEach(() => api.close());

const env = { QUICKSTART_API_TOKEN: TOKEN };
const run = async () => {
  const result = await runCli(['run', file, '--var', `base_url=${api.url}`], env);
  expect(result.code, result.stderr).toBe(0);
  return /run (\S+) succeeded/.exec(result.stderr)![1]!;
};
/** The `updated_since` of the first request of the last run (undefined: it read from the start). */
const lastSince = () => {
  const firstPages = api.requests.filter((r) => r.query.page === '1' || r.query.page === undefined);
  return firstPages.at(-1)!.query.updated_since;
};

it('lists and shows runs, shows the cursor, and keeps every change to it in the history with who made it', async () => {
  const first = await run();
  const list = await runCli(['runs', 'list', file], env);
  expect(list.code, list.stderr).toBe(0);
  expect(list.stdout).toMatch(
    new RegExp(`^run\\s+status\\s+trigger.*\\n${first}\\s+succeeded\\s+cli\\s+\\S+\\s+\\S+\\s+30\\s+30\\s+0`, 'm'),
  );
  const show = await runCli(['runs', 'show', file, first, '--json'], env);
  const detail = JSON.parse(show.stdout) as { id: string; streams: { stream: string; recordsWritten: number; cursorAfter: string }[] };
  expect(detail).toMatchObject({ id: first, status: 'succeeded', streams: [{ stream: 'customers', recordsWritten: 30 }] });
  const cursor = detail.streams[0]!.cursorAfter;

  const state = await runCli(['state', 'show', file], env);
  expect(state.stdout).toMatch(new RegExp(`^customers\\s+"${cursor}"\\s+\\S+$`, 'm'));

  const set = await runCli(['state', 'set', file, 'customers', '2020-01-01T00:00:00.000Z'], env);
  expect(set.code, set.stderr).toBe(0);
  expect(set.stdout).toBe(`cursor of customers: "${cursor}" -> "2020-01-01T00:00:00.000Z"\n`);
  const history = await runCli(['state', 'history', file, 'customers', '--json'], env);
  const entries = JSON.parse(history.stdout) as { action: string; value: unknown; runId?: string; actor: string }[];
  expect(entries.map((e) => [e.action, e.value, e.runId])).toEqual([
    ['set', '2020-01-01T00:00:00.000Z', undefined],
    ['commit', cursor, first],
  ]);
  expect(entries[0]!.actor).toMatch(/^cli(:.+)?$/);
  expect(entries[1]!.actor).toBe('run:cli');

  await run();
  expect(lastSince()).toBe('2020-01-01T00:00:00.000Z');
});

it('rolls the cursor back to a run, so the next run reads again from there; reset reads from the start', async () => {
  const first = await run();
  const firstCursor = (JSON.parse((await runCli(['state', 'show', file, '--json'], env)).stdout) as { value: string }[])[0]!.value;
  const changed = api.touch([3, 4], (c) => (c.plan = 'pro'));
  await run();
  expect(lastSince()).toBe(firstCursor);

  const back = await runCli(['state', 'rollback', file, 'customers', '--to', first], env);
  expect(back.code, back.stderr).toBe(0);
  expect(back.stdout).toContain(`cursor of customers: "${changed}" -> "${firstCursor}" (as committed at `);
  await run();
  expect(lastSince()).toBe(firstCursor);

  const reset = await runCli(['state', 'reset', file, 'customers'], env);
  expect(reset.stdout).toContain('cursor of customers reset');
  await run();
  expect(lastSince()).toBeUndefined();

  const history = await runCli(['state', 'history', file, 'customers'], env);
  expect(history.stdout.split('\n')[1]).toMatch(/^\S+\s+commit\s+/);
  expect(history.stdout).toMatch(/\sreset\s+\(none\)\s/);
  expect(history.stdout).toMatch(new RegExp(`\\srollback\\s+"${firstCursor}"\\s.*to run ${first}`));
});

it('says what is wrong: an unknown stream, a run the history does not have, a bad retention setting', async () => {
  await run();
  const stream = await runCli(['state', 'history', file, 'orders'], env);
  expect(stream.code).toBe(2);
  expect(stream.stderr).toBe('error quickstart has no stream orders; its streams: customers\n');
  const missing = await runCli(['state', 'rollback', file, 'customers', '--to', 'no-such-run'], env);
  expect(missing.code).toBe(1);
  expect(missing.stderr).toContain('the cursor history of customers has no commit by run no-such-run');
  const noTo = await runCli(['state', 'rollback', file, 'customers'], env);
  expect(noTo).toMatchObject({ code: 2, stderr: 'error state rollback: say where to with --to <run-id|time>\n' });
  const bad = await runCli(['state', 'show', file], { ...env, SYNCENGINE_STATE_HISTORY: '0' });
  expect(bad).toMatchObject({ code: 2, stderr: 'error SYNCENGINE_STATE_HISTORY=0: write a whole number of at least 1\n' });
});

it('keeps SYNCENGINE_STATE_HISTORY entries per cursor', async () => {
  const small = { ...env, SYNCENGINE_STATE_HISTORY: '2' };
  for (const value of ['1', '2', '3']) await runCli(['state', 'set', file, 'customers', value], small);
  const history = JSON.parse((await runCli(['state', 'history', file, 'customers', '--json'], small)).stdout) as { value: number }[];
  expect(history.map((e) => e.value)).toEqual([3, 2]);
});
