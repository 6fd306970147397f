import { utimesSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createSqliteStateStore, type RunRecord } from '@syncengine/engine';
import { main } from '../../packages/cli/src/main.js';
import { waitFor } from '../_wait.js';
import { expectedPrices, startSeed000, type Seed000Scenario } from './seed000-scenario.js';

/**
 * Seed 000's "daily or automated runs": the shipped pipeline's `schedule:` (06:00 UTC every day),
 * honoured by `syncengine schedule` on the CLI's clock, which the test sets to fixed instants.
 */
let scenario: Seed000Scenario | undefined;
let stop: (() => Promise<number>) | undefined;
afterEach(async () => {
  await stop?.();
  stop = undefined;
  await scenario?.close();
  scenario = undefined;
});

const SMALL = ['--var', 'CATSY_LIMIT=25', '--var', 'CATSY_DELAY_MS=20', '--var', 'BATCH_SIZE=50', '--var', 'BATCH_DELAY_MS=20'];
const at = (iso: string) => Date.parse(iso);

/** `syncengine schedule <pipeline>` in-process, on a clock the test moves; `stop()` sends the SIGTERM. */
function startSchedule(s: Seed000Scenario, clock: { now: number }, ...args: string[]) {
  let stderr = '';
  const controller = new AbortController();
  const exit = main(
    ['schedule', s.pipeline, '--var', `catsy_url=${s.catsy.url}`, ...SMALL, '--check-every', '1s', ...args],
    {
      stdout: { write: () => true },
      stderr: { write: (t: string) => (stderr += t) },
      cwd: s.dir,
      env: s.env,
      color: false,
      now: () => clock.now,
    },
    controller.signal,
  );
  stop = () => {
    controller.abort();
    return exit;
  };
  return { stderr: () => stderr, stop: stop };
}

/** Finished runs of the pipeline in its state store, oldest first. */
async function runs(s: Seed000Scenario): Promise<RunRecord[]> {
  const state = await createSqliteStateStore({ path: join(s.dir, '.syncengine', 'state.db') });
  try {
    return (await state.listRuns({ pipeline: 'catsy-to-sparklayer' })).filter((r) => r.finishedAt).reverse();
  } finally {
    await state.close();
  }
}

describe('catsy-to-sparklayer: the daily schedule', () => {
  it('runs at 06:00 UTC each day by the clock syncengine schedule is given, reading Catsy on every daily run', async () => {
    const s = (scenario = await startSeed000());
    const clock = { now: at('2026-03-02T05:59:30Z') };
    const schedule = startSchedule(s, clock);
    await waitFor(() => schedule.stderr().includes('catsy-to-sparklayer: cron 0 6 * * * (UTC)'), 'the scheduler to start', 20_000);

    // 05:59:30: not due. At 06:00:05 the run starts, on the schedule's clock.
    await new Promise((resolve) => setTimeout(resolve, 1_300));
    expect(s.catsy.requests).toHaveLength(0);
    clock.now = at('2026-03-02T06:00:05Z');
    await waitFor(async () => (await runs(s)).length === 1, 'the first daily run', 20_000);
    const [first] = await runs(s);
    expect(first).toMatchObject({ trigger: 'schedule', status: 'succeeded', startedAt: '2026-03-02T06:00:05.000Z' });
    expect(s.spark.store.pricesFor('wholesale')).toEqual(expectedPrices(s.catsy.store.products));
    expect(schedule.stderr()).toContain('reading the source: no cache file yet');

    // Later that day: not due again (the cache written at 06:00 would still be fresh).
    utimesSync(s.cacheFile, new Date(clock.now), new Date(clock.now));
    clock.now = at('2026-03-02T18:30:00Z');
    await new Promise((resolve) => setTimeout(resolve, 1_300));
    const catsyCalls = s.catsy.requests.length;

    // The next day at 06:00 it runs again, and reads Catsy (the day-old cache is past max_age), so a
    // price changed overnight reaches SparkLayer.
    const changed = s.catsy.store.products.find((p) => expectedPrices([p]).size === 1)!;
    changed.price_trade = '77.70';
    clock.now = at('2026-03-03T06:00:10Z');
    await waitFor(async () => (await runs(s)).length === 2, 'the second daily run', 20_000);
    const history = await runs(s);
    expect(history.map((r) => [r.startedAt, r.trigger, r.status])).toEqual([
      ['2026-03-02T06:00:05.000Z', 'schedule', 'succeeded'],
      ['2026-03-03T06:00:10.000Z', 'schedule', 'succeeded'],
    ]);
    expect(s.catsy.requests.length).toBeGreaterThan(catsyCalls);
    expect(schedule.stderr()).toContain('reading the source: the cache is older than max_age');
    expect(s.spark.store.pricesFor('wholesale').get(changed.sku.trim())).toBe(77.7);

    expect(await schedule.stop()).toBe(0);
    stop = undefined;
  }, 60_000);

  it('SYNC_CRON and SYNC_TIMEZONE move the daily run: 06:00 in Chicago is 12:00 UTC in March', async () => {
    const s = (scenario = await startSeed000());
    const clock = { now: at('2026-03-02T11:59:00Z') };
    const schedule = startSchedule(s, clock, '--var', 'SYNC_TIMEZONE=America/Chicago');
    await waitFor(() => schedule.stderr().includes('cron 0 6 * * * (America/Chicago)'), 'the scheduler to start', 20_000);
    clock.now = at('2026-03-02T12:00:01Z');
    await waitFor(async () => (await runs(s)).length === 1, 'the run at 06:00 Chicago time', 20_000);
    expect((await runs(s))[0]).toMatchObject({ trigger: 'schedule', startedAt: '2026-03-02T12:00:01.000Z' });
    expect(await schedule.stop()).toBe(0);
    stop = undefined;
  }, 60_000);
});
