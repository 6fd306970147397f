import { randomUUID } from 'node:crypto';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { enqueue } from '../packages/cli/src/index.js';
import { runCli } from './_cli.js';
import { at, checkServices, cleanupList, fleetApi, REDIS_URL, setupFleet, startCli, tenantId, until, writeFleetPipeline } from './_scale-out-fixture.js';

/**
 * Issue 15: units that fail their last attempt become dead letters, listed, retried and deleted
 * through `serve --queue`'s API and the `dead-letters` command; worker metrics count them.
 */
const services = await checkServices();
const cleanups = cleanupList();
afterEach(() => cleanups.run());
const TOKEN = 't'.repeat(32);

describe.skipIf(!services.run)('dead letters on BullMQ', () => {
  beforeAll(() => services.require());

  it('a unit that fails every attempt is retried with backoff, then a dead letter on serve’s API and the CLI: listed, retried, deleted; worker metrics count it; SIGTERM exits 0', async () => {
    const items = (tenant: string) => [{ id: 1, updated_at: at(1), label: `${tenant}-1` }];
    const api = await fleetApi(items, { failTenant: tenantId(2) });
    const { env, file, common, queue, worker } = await setupFleet(2, api, cleanups, (dir) => writeFleetPipeline(dir, { page: 5 }));
    const w = worker('--metrics-port', '0');
    const serve = startCli(['serve', file, ...common, ...queue, '--port', '0'], { SYNCENGINE_API_TOKEN: TOKEN });
    cleanups.add(async () => {
      if (serve.child.exitCode === null && serve.child.signalCode === null) serve.child.kill('SIGKILL');
      await serve.exit;
    });
    await until(() => /metrics on http:\/\/127\.0\.0\.1:\d+/.test(w.output()), 'the worker to start');
    await until(() => /listening on http:\/\/127\.0\.0\.1:\d+/.test(serve.output()), 'serve to listen');
    const base = `http://127.0.0.1:${/listening on http:\/\/127\.0\.0\.1:(\d+)/.exec(serve.output())![1]}`;
    const call = async (method: string, path: string, token = TOKEN) => {
      const response = await fetch(`${base}${path}`, { method, headers: { authorization: `Bearer ${token}` } });
      return { status: response.status, body: (await response.json()) as Record<string, unknown> };
    };
    const letters = async () => (await call('GET', '/dead-letters')).body.deadLetters as { jobId: string; [k: string]: unknown }[];

    const [good, bad] = await enqueue(
      { url: REDIS_URL, prefix: env.prefix, attempts: 2, backoffMs: 200 },
      [1, 2].map((i) => ({ data: { pipeline: 'fleet', tenant: tenantId(i), trigger: 'api', runId: randomUUID() } })),
    );
    await until(async () => (await letters()).some((l) => l.jobId === bad), 'the dead letter on serve’s API', 30_000);

    // serve's API: the list (the token is required), with the last error and the attempts.
    expect((await call('GET', '/dead-letters', 'wrong'.repeat(7))).status).toBe(401);
    const listed = await letters();
    expect(listed).toEqual([
      expect.objectContaining({ jobId: bad, pipeline: 'fleet', tenant: tenantId(2), trigger: 'api', attempts: 2, error: expect.stringContaining('400') }),
    ]);
    expect(String(listed[0]!.error)).toContain('this account is suspended');
    expect(api.runs(tenantId(2))).toBe(2);
    expect(await (await fetch(`${base}/metrics`, { headers: { authorization: `Bearer ${TOKEN}` } })).text()).toMatch(
      /syncengine_queue_jobs\{state="failed"\} 1/,
    );
    // The CLI lists the same.
    const cli = (...args: string[]) => runCli(['dead-letters', ...args, '--queue', REDIS_URL, '--queue-prefix', env.prefix]);
    const list = await cli('list');
    expect(list.code).toBe(0);
    expect(list.stdout).toContain(`${bad}\tfleet\t${tenantId(2)}\tapi\t2 attempts`);
    expect(list.stdout).not.toContain(good!);

    // The worker's metrics: one unit succeeded, two attempts failed, one retried, one dead letter on the queue.
    const port = /metrics on http:\/\/127\.0\.0\.1:(\d+)/.exec(w.output())![1];
    const metrics = await (await fetch(`http://127.0.0.1:${port}/metrics`)).text();
    expect(metrics).toMatch(/syncengine_worker_units_total\{worker="[^"]+",status="succeeded"\} 1/);
    expect(metrics).toMatch(/syncengine_worker_units_total\{worker="[^"]+",status="failed"\} 2/);
    expect(metrics).toMatch(/syncengine_worker_units_retried_total\{worker="[^"]+"\} 1/);
    expect(metrics).toMatch(/syncengine_queue_jobs\{worker="[^"]+",state="failed"\} 1/);

    // Retried through serve: it runs its two attempts again (the account is still suspended) and comes back.
    const id = encodeURIComponent(bad!);
    expect(await call('POST', `/dead-letters/${id}/retry`)).toEqual({ status: 202, body: { jobId: bad, status: 'queued' } });
    await until(() => api.runs(tenantId(2)) === 4, 'the retried unit to run its two attempts', 30_000);
    await until(async () => (await letters()).some((l) => l.jobId === bad), 'the dead letter to be back', 30_000);
    // Deleted through serve: gone from the API and the CLI; a second delete or a retry finds nothing.
    expect(await call('DELETE', `/dead-letters/${id}`)).toEqual({ status: 200, body: { jobId: bad, status: 'deleted' } });
    expect(await letters()).toEqual([]);
    expect((await cli('list')).stdout).toBe('no dead letters\n');
    expect((await call('DELETE', `/dead-letters/${id}`)).status).toBe(404);
    expect((await call('POST', `/dead-letters/${id}/retry`)).status).toBe(404);
    // The CLI's delete and retry say so for an id that is no dead letter.
    const missing = await cli('delete', bad!);
    expect({ code: missing.code, stderr: missing.stderr }).toEqual({ code: 1, stderr: `error ${bad}: no such dead letter\n` });
    expect(api.runs(tenantId(2))).toBe(4);

    w.child.kill('SIGTERM');
    serve.child.kill('SIGTERM');
    expect((await w.exit).code, w.output()).toBe(0);
    expect((await serve.exit).code, serve.output()).toBe(0);
  }, 90_000);
});
